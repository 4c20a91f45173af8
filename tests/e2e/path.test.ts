// How two officials connect: pick one end, then the other; the shortest
// path is drawn on the map and listed hop by hop with its evidence.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { currentParams, launchBrowser, openExplorer, screenshot } from "./browser";
import { bfs, GOLD_QUERY, readGold } from "./gold";

let browser: Browser;
let page: Page;
const gold = readGold();
const FROM = "official:陳垠亭";
const TO = "official:尹弘";

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openExplorer(browser, inject("baseUrl"), `${GOLD_QUERY}&node=${encodeURIComponent(FROM)}`, { locale: "zh-TW" });
});
afterAll(async () => browser?.close());

describe("path", () => {
  it("finds the shortest path between two officials, hop by hop with evidence", async () => {
    await page.getByRole("button", { name: "由此找路徑" }).click();
    const box = page.getByRole("combobox", { name: "搜尋節點" });
    await box.fill("尹弘");
    await page.getByRole("option").first().waitFor();
    await page.keyboard.press("Enter");
    await page.getByRole("region", { name: "詳情" }).getByRole("heading", { name: "尹弘" }).waitFor();
    await page.getByRole("button", { name: "路徑到此" }).click();

    const panel = page.getByRole("region", { name: "路徑" });
    const hops = panel.getByRole("listitem").filter({ has: page.locator(".sentence") });
    const distance = bfs(gold, FROM, 10).get(TO)!;
    expect(distance).toBeGreaterThan(1);
    await hops.first().waitFor();
    expect(await hops.count()).toBe(distance);
    expect(await panel.textContent()).toContain(`${distance} 步`);
    for (let i = 0; i < distance; i++) expect(await hops.nth(i).locator("mark").count()).toBeGreaterThan(0);
    expect(await hops.first().textContent()).toContain("陳垠亭");
    expect(await hops.last().textContent()).toContain("尹弘");
    expect(currentParams(page).getAll("path")).toEqual([FROM, TO]);

    // On the map: the path's edges drawn thick, everything else faded.
    const map = await page.evaluate(() => {
      const { sigma, store } = window.__explorers![0];
      const path = store.getState().computed!.path!;
      return {
        thick: path.edges.every((e) => sigma.getEdgeDisplayData(e)!.size === 3),
        faded: sigma.getGraph().nodes().filter((n) => !path.nodes.includes(n) && sigma.getNodeDisplayData(n)!.color === "#E2E5E9").length,
        others: sigma.getGraph().order - path.nodes.length,
      };
    });
    expect(map.thick).toBe(true);
    expect(map.faded).toBe(map.others);
    // The camera frames the whole path.
    await page.waitForTimeout(600);
    const outside = await page.evaluate(() => {
      const { sigma, store } = window.__explorers![0];
      const { width, height } = sigma.getDimensions();
      return store.getState().computed!.path!.nodes.filter((n) => {
        const a = sigma.getGraph().getNodeAttributes(n);
        const p = sigma.graphToViewport({ x: a.x as number, y: a.y as number });
        return p.x < 0 || p.y < 0 || p.x > width || p.y > height;
      });
    });
    expect(outside).toEqual([]);
    await screenshot(page, "12-path");
  });

  it("clears the path", async () => {
    await page.getByRole("button", { name: "清除路徑" }).click();
    expect(await page.getByRole("region", { name: "路徑" }).count()).toBe(0);
    expect(currentParams(page).getAll("path")).toEqual([]);
  });
});
