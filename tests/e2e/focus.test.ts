// Focus: only the selected node's neighbourhood, 1, 2 or 3 steps out, and
// the legend counts what is shown.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { currentParams, drawnNodes, launchBrowser, openExplorer, screenshot } from "./browser";
import { bfs, GOLD_QUERY, readGold } from "./gold";

let browser: Browser;
let page: Page;
const gold = readGold();
const NODE = "official:陳垠亭";

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openExplorer(browser, inject("baseUrl"), `${GOLD_QUERY}&node=${encodeURIComponent(NODE)}`, { locale: "zh-TW" });
});
afterAll(async () => browser?.close());

describe("focus", () => {
  it("shows the neighbourhood 1, 2 and 3 steps out, and the whole graph again", async () => {
    expect((await drawnNodes(page)).length).toBe(gold.nodes.length);
    let previous = 0;
    for (const depth of [1, 2, 3]) {
      await page.getByRole("radio", { name: `${depth} 步` }).check();
      await page.waitForTimeout(250);
      const expected = [...bfs(gold, NODE, depth).keys()].sort();
      expect((await drawnNodes(page)).sort()).toEqual(expected);
      expect(expected.length).toBeGreaterThan(previous);
      previous = expected.length;
      expect(currentParams(page).get("depth")).toBe(String(depth));
      if (depth === 2) await screenshot(page, "11-focus-depth2");
    }
    // The legend counts what is shown against the total.
    const officials = gold.nodes.filter((n) => n.attributes.type === "official");
    const shown = officials.filter((n) => bfs(gold, NODE, 3).has(n.key)).length;
    expect(await page.locator('button[data-type="official"] .legend-count').textContent()).toBe(`${shown}/${officials.length}`);
    await page.getByRole("radio", { name: "整個圖譜" }).check();
    await page.waitForTimeout(250);
    expect((await drawnNodes(page)).length).toBe(gold.nodes.length);
  });

  it("hides and shows a type from the legend", async () => {
    const button = page.locator('button[data-type="meeting"]');
    await button.click();
    await page.waitForTimeout(250);
    expect(await button.getAttribute("aria-pressed")).toBe("false");
    const meetings = new Set(gold.nodes.filter((n) => n.attributes.type === "meeting").map((n) => n.key));
    const drawn = await drawnNodes(page);
    expect(drawn.filter((n) => meetings.has(n))).toEqual([]);
    expect(drawn.length).toBe(gold.nodes.length - meetings.size);
    expect(await button.locator(".legend-count").textContent()).toBe(`0/${meetings.size}`);
    await button.click();
    await page.waitForTimeout(250);
    expect((await drawnNodes(page)).length).toBe(gold.nodes.length);
  });
});
