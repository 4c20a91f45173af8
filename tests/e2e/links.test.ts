// The view lives in the URL: a link restores it, Back and Forward walk the
// history, "copy link" copies it; the interface follows the browser's
// language or the link's.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { currentParams, drawnNodes, launchBrowser, openExplorer, screenshot } from "./browser";
import { bfs, GOLD_QUERY, readGold } from "./gold";

let browser: Browser;
const gold = readGold();
const ZHENG = "official:鄭邦山";

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe("links", () => {
  let page: Page;

  it("opens a ?node= link on that node, with its focus depth", async () => {
    page = await openExplorer(browser, inject("baseUrl"), `${GOLD_QUERY}&node=${encodeURIComponent(ZHENG)}&depth=1`);
    const details = page.getByRole("region", { name: "詳情" });
    await details.getByRole("heading", { name: "鄭邦山" }).waitFor();
    expect(await page.getByRole("radio", { name: "1 步" }).isChecked()).toBe(true);
    expect((await drawnNodes(page)).sort()).toEqual([...bfs(gold, ZHENG, 1).keys()].sort());
    await screenshot(page, "08-link-node-depth1");
  });

  it("walks the history with Back and Forward", async () => {
    const details = page.getByRole("region", { name: "詳情" });
    await details.locator(".relation a.node-link").first().click();
    await page.waitForFunction((z) => new URL(location.href).searchParams.get("node") !== z, ZHENG);
    const neighbour = currentParams(page).get("node")!;
    await page.goBack();
    await details.getByRole("heading", { name: "鄭邦山" }).waitFor();
    expect(currentParams(page).get("node")).toBe(ZHENG);
    await page.goForward();
    await page.waitForFunction((n) => new URL(location.href).searchParams.get("node") === n, neighbour);
    const label = gold.nodes.find((n) => n.key === neighbour)!.attributes.label;
    await details.getByRole("heading", { name: label, exact: true }).waitFor();
  });

  it("copies the link of the current view", async () => {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "複製連結" }).click();
    await page.getByRole("status").filter({ hasText: "已複製連結" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  it("restores filters, window and search text from a link, in English when the link says so", async () => {
    const p = await openExplorer(browser, inject("baseUrl"), `${GOLD_QUERY}&types=official,meeting&to=2020-01-24&q=zbs&lang=en`, { locale: "zh-TW" });
    await p.getByRole("region", { name: "Details" }).waitFor();
    expect(await p.getByRole("button", { name: /^agency/ }).getAttribute("aria-pressed")).toBe("false");
    expect(await p.getByRole("combobox", { name: "Search nodes" }).inputValue()).toBe("zbs");
    const drawn = await drawnNodes(p);
    const allowed = new Set(gold.nodes.filter((n) => ["official", "meeting"].includes(n.attributes.type)).map((n) => n.key));
    expect(drawn.length).toBeGreaterThan(0);
    for (const n of drawn) expect(allowed.has(n)).toBe(true);
    expect(drawn).not.toContain("meeting:2020-01-25:疫情研判會");
    await screenshot(p, "09-link-filters-english");
    await p.close();
  });

  it("speaks English to a browser that prefers English", async () => {
    const p = await openExplorer(browser, inject("baseUrl"), GOLD_QUERY, { locale: "en-US" });
    await p.getByRole("region", { name: "Details" }).waitFor();
    expect(await p.getByRole("heading", { level: 1 }).textContent()).toMatch(/government news graph/);
    await p.close();
  });
});
