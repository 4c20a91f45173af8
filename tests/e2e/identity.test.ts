// One real entity, one node, on a graph of many articles (the held-out
// identity corpus: Zhejiang, Jiangxi and Hong Kong): each province's 省委 is
// its own node, shown with its jurisdiction and found by its full name; a
// joined node says why; a person kept apart from a namesake says so; and two
// provinces' officials are no longer linked through one shared 省委.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openExplorer, screenshot } from "./browser";

let browser: Browser;
let page: Page;
const QUERY = "?graph=fixtures/identity-b.json";

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openExplorer(browser, inject("baseUrl"), `${QUERY}&node=${encodeURIComponent("official:金伟")}`, { locale: "zh-TW" });
});
afterAll(async () => browser?.close());

const details = () => page.getByRole("region", { name: "詳情" });

async function select(query: string, heading: string | RegExp) {
  const box = page.getByRole("combobox", { name: "搜尋節點" });
  await box.fill(query);
  await page.getByRole("option").first().waitFor();
  await page.keyboard.press("Enter");
  await details().getByRole("heading", { name: heading }).waitFor();
}

describe("identity across articles", () => {
  it("no longer connects two provinces' officials through one 省委", async () => {
    await details().getByRole("heading", { name: "金伟" }).waitFor();
    await page.getByRole("button", { name: "由此找路徑" }).click();
    await select("刘国平", "刘国平");
    await page.getByRole("button", { name: "路徑到此" }).click();
    const panel = page.getByRole("region", { name: "路徑" });
    await panel.waitFor();
    const path = await page.evaluate(() => window.__explorers![0].store.getState().computed?.path ?? null);
    const provincesOf = await page.evaluate((nodes: string[]) => {
      const { store } = window.__explorers![0];
      const { graph, sourceById } = store.getState().loaded!;
      return nodes.map((n) => {
        const a = graph.getNodeAttributes(n);
        const docs = new Set(a.mentions.map((m) => m.doc));
        return { node: n, label: a.label, provinces: [...new Set([...docs].map((d) => sourceById.get(d)?.region?.names[0]))] };
      });
    }, path?.nodes ?? []);
    // Either no connection at all, or one that runs through no 省委 or 省政府 holding both provinces.
    if (path === null) expect(await panel.textContent()).toContain("之間沒有連接");
    for (const n of provincesOf) if (/^[省]/.test(n.label)) expect(n.provinces, n.node).toHaveLength(1);
    const both = await page.evaluate(() => {
      const { graph } = window.__explorers![0].store.getState().loaded!;
      return graph.nodes().filter((n) => n.startsWith("agency:省委@"));
    });
    expect(both.sort()).toEqual(["agency:省委@江西省", "agency:省委@浙江省"]);
    await screenshot(page, "30-identity-no-shared-provincial-committee");
  });

  it("shows a relative name with its jurisdiction, finds it by the full name and says why articles were joined", async () => {
    // A provincial inspection team only ever written 省…督导组: the province is shown beside it and its full name finds it.
    await select("江西省中小学春季开学第三督导组", /^省中小学春季开学第三督导组/);
    const heading = await details().getByRole("heading", { name: /^省中小学春季开学第三督导组/ }).textContent();
    expect(heading).toBe("省中小学春季开学第三督导组 · 江西省");
    const text = await details().textContent();
    expect(text).toContain("轄區");
    expect(text).toContain("為何合為一個節點");
    expect(text).toContain("同一機構在同一次工作中的同一工作組");
  });

  it("names another person of the same name kept apart, with the reason", async () => {
    const kept = await page.evaluate(() => {
      const { graph } = window.__explorers![0].store.getState().loaded!;
      return (graph.getAttribute("candidates") as { a: string; b: string }[] | undefined)?.[0] ?? null;
    });
    expect(kept).not.toBeNull();
    await page.evaluate((node: string) => window.__explorers![0].store.getState().select(node), kept!.a);
    const list = details().locator(".identity-candidates");
    await list.waitFor();
    expect(await details().textContent()).toContain("另有同名者");
    expect(await list.textContent()).toMatch(/未合併/);
  });
});
