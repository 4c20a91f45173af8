// The map and the panels together: hover a node, click it on the canvas,
// read the details and the evidence, follow a neighbour link (by keyboard),
// and go from the article's highlights to the map and back.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { clickNode, currentParams, launchBrowser, nodePoint, openExplorer, pageErrors, screenshot } from "./browser";
import { bfs, GOLD_QUERY, readGold } from "./gold";

let browser: Browser;
let page: Page;
const gold = readGold();
const ZHENG = "official:鄭邦山";
const AGENCY = "agency:河南省教育廳";

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openExplorer(browser, inject("baseUrl"), GOLD_QUERY, { locale: "zh-TW" });
});
afterAll(async () => browser?.close());

const details = () => page.getByRole("region", { name: "詳情" });

describe("map and details", () => {
  it("fades all but a hovered node's neighbours", async () => {
    const point = await nodePoint(page, ZHENG);
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(300);
    const colours = await page.evaluate(() => {
      const { sigma } = window.__explorers![0];
      return Object.fromEntries(sigma.getGraph().nodes().map((n) => [n, sigma.getNodeDisplayData(n)!.color]));
    });
    const near = bfs(gold, ZHENG, 1);
    const faded = Object.entries(colours).filter(([, c]) => c === "#E2E5E9").map(([n]) => n);
    expect(faded.length).toBe(gold.nodes.length - near.size);
    for (const n of near.keys()) expect(faded).not.toContain(n);
    await screenshot(page, "04-hover");
    await page.mouse.move(5, 790);
  });

  it("clicking a node on the canvas shows its details: type, posts, degree and relations as sentences", async () => {
    await clickNode(page, ZHENG);
    await details().getByRole("heading", { name: "鄭邦山" }).waitFor();
    expect(currentParams(page).get("node")).toBe(ZHENG);
    const text = (await details().textContent())!;
    expect(text).toContain("人物");
    expect(text).toContain("廳長");
    const degree = gold.edges.filter((e) => e.source === ZHENG || e.target === ZHENG).length;
    expect(text).toContain(`${degree}（發出 ${degree}，收到 0）`);
    // Relations written as sentences: "任河南省教育廳廳黨組書記、廳長", "主持…".
    expect(text).toContain("任河南省教育廳");
    expect(text).toMatch(/主持\S+（2020-01-\d\d）/);
    await screenshot(page, "05-details-canvas-click");
  });

  it("shows each relation's evidence: the exact words of the article highlighted", async () => {
    const edge = gold.edges.find((e) => e.source === ZHENG && e.target === AGENCY)! as unknown as { attributes: { evidence: { doc: string; start: number; end: number }[] } };
    const span = edge.attributes.evidence[0];
    const doc = (JSON.parse(JSON.stringify(gold)) as { attributes: { sources: { id: string; text: string; title: string }[] } }).attributes.sources.find((s) => s.id === span.doc)!;
    const first = details().locator(".relation").first();
    expect(await first.locator("mark").first().textContent()).toBe(doc.text.slice(span.start, span.end));
    expect(await first.locator("footer").textContent()).toContain(doc.title);
  });

  it("follows a neighbour link with the keyboard alone", async () => {
    const link = details().locator(".relation a.node-link", { hasText: "河南省教育廳" }).first();
    await link.focus();
    await page.keyboard.press("Enter");
    await details().getByRole("heading", { name: "河南省教育廳", exact: true }).waitFor();
    expect(currentParams(page).get("node")).toBe(AGENCY);
    // The agency's page writes the same edge from its end.
    expect(await details().textContent()).toContain("廳黨組書記、廳長鄭邦山");
    await screenshot(page, "06-neighbour-followed");
  });

  it("highlights the selected node in the article and scrolls to it; a highlight selects its node", async () => {
    const article = page.getByRole("region", { name: "文章" });
    const current = article.locator("a.mention.current").first();
    expect(await current.textContent()).toMatch(/教育廳/);
    const inView = await current.evaluate((el) => {
      const body = el.closest(".source-body")!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return r.top >= body.top && r.bottom <= body.bottom;
    });
    expect(inView).toBe(true);
    const mention = article.locator('a.mention[data-node="official:尹弘"]').first();
    await mention.click();
    await details().getByRole("heading", { name: "尹弘" }).waitFor();
    expect(currentParams(page).get("node")).toBe("official:尹弘");
    expect(await mention.getAttribute("class")).toContain("current");
    await screenshot(page, "07-article-highlight");
    expect(pageErrors(page)).toEqual([]);
  });
});
