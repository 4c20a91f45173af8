// Reaching everything: a phone-sized screen with the panels stacked under the
// map, the keyboard (`/` from any control, Enter on a neighbour keeps focus in
// the details), dragging a node, and the export dialog starting on the
// selection with a PNG of the neighbourhood or the whole view.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { clickNode, currentParams, drawnNodes, launchBrowser, nodePoint, openExplorer, pageErrors, screenshot, waitReady } from "./browser";
import { GOLD_QUERY, readGold } from "./gold";

let browser: Browser;
const gold = readGold();
const ZHENG = "official:鄭邦山";

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe("a phone-sized screen", () => {
  let page: Page;
  beforeAll(async () => {
    const context = await browser.newContext({ locale: "zh-TW", viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    page = await context.newPage();
    await page.goto(`${inject("baseUrl")}/${GOLD_QUERY}`);
    await waitReady(page);
  });

  it("shows the map first, full width, and stacks the panels under it", async () => {
    const map = await page.locator(".map").boundingBox();
    expect(map!.width).toBeGreaterThan(370);
    expect(map!.height).toBeGreaterThan(300);
    const legend = await page.locator(".legend").boundingBox();
    const details = await page.locator(".details").boundingBox();
    expect(legend!.y).toBeGreaterThanOrEqual(map!.y + map!.height - 1);
    expect(details!.y).toBeGreaterThan(legend!.y);
    // Nothing sticks out sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, "40-phone");
  });

  it("reaches every control: 'only' in the legend, the timeline, the table", async () => {
    await page.getByRole("button", { name: "只顯示印發" }).click();
    await page.waitForTimeout(300);
    expect(currentParams(page).get("rels")).toBe("issued");
    await page.getByRole("button", { name: "全部顯示" }).click();
    const slider = page.getByRole("slider", { name: "截至" });
    await slider.scrollIntoViewIfNeeded();
    await slider.focus();
    await page.keyboard.press("Home");
    await page.waitForTimeout(200);
    expect(currentParams(page).get("to")).not.toBeNull();
    await page.getByRole("button", { name: "全部日期" }).click();
    await page.getByRole("button", { name: "表格" }).click();
    const table = page.getByRole("region", { name: "表格" });
    await table.getByRole("combobox", { name: "篩選關係" }).selectOption("issued");
    const row = table.locator("tbody tr").first();
    await row.scrollIntoViewIfNeeded();
    await row.click();
    await page.waitForTimeout(300);
    expect(currentParams(page).get("node")).not.toBeNull();
    await page.getByRole("button", { name: "表格" }).click();
    expect(pageErrors(page)).toEqual([]);
  });

  it("selects a node with a tap on the map", async () => {
    await page.locator(".map").scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const p = await nodePoint(page, ZHENG);
    await page.touchscreen.tap(p.x, p.y);
    await page.waitForFunction((z) => new URL(location.href).searchParams.get("node") === z, ZHENG);
  });
});

describe("the keyboard", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openExplorer(browser, inject("baseUrl"), `${GOLD_QUERY}&node=${encodeURIComponent(ZHENG)}`);
  });

  it("`/` goes to search from a slider and from a button", async () => {
    const box = page.getByRole("combobox", { name: "搜尋節點" });
    await page.getByRole("slider", { name: "截至" }).focus();
    await page.keyboard.press("/");
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole("button", { name: "表格" }).focus();
    await page.keyboard.press("/");
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await box.inputValue()).toBe("");
  });

  it("Enter on a neighbour link shows it and keeps focus in the details panel", async () => {
    const details = page.getByRole("region", { name: "詳情" });
    const link = details.locator(".relation a.node-link").first();
    const target = (await link.getAttribute("data-node"))!;
    await link.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((n) => new URL(location.href).searchParams.get("node") === n, target);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest(".details")))).toBe(true);
    // Tab goes on inside the panel, to the new node's controls.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest(".details")))).toBe(true);
  });

  it("reaches map nodes as a list: the table of nodes, Enter selects", async () => {
    await page.getByRole("button", { name: "表格" }).click();
    const table = page.getByRole("region", { name: "表格" });
    await table.getByRole("button", { name: "節點", exact: true }).click();
    await expect(table.locator("tbody tr").count()).resolves.toBe((await drawnNodes(page)).length);
    const row = table.locator("tbody tr").nth(3);
    const key = await row.getAttribute("data-key");
    await row.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((n) => new URL(location.href).searchParams.get("node") === n, key);
    await page.getByRole("button", { name: "表格" }).click();
  });
});

describe("the map by mouse", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openExplorer(browser, inject("baseUrl"), GOLD_QUERY);
  });

  it("drags a node: it moves with the pointer, the camera stays", async () => {
    const before = await page.evaluate((k) => window.__explorers![0].sigma.getGraph().getNodeAttributes(k), ZHENG);
    const camera = await page.evaluate(() => window.__explorers![0].sigma.getCamera().getState());
    const p = await nodePoint(page, ZHENG);
    await page.mouse.move(p.x, p.y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(p.x + i * 16, p.y + i * 10);
    await page.mouse.up();
    await page.waitForTimeout(200);
    const after = await page.evaluate((k) => window.__explorers![0].sigma.getGraph().getNodeAttributes(k), ZHENG);
    expect(after.x).not.toBe(before.x);
    expect(after.y).not.toBe(before.y);
    const moved = await nodePoint(page, ZHENG);
    expect(Math.abs(moved.x - (p.x + 80))).toBeLessThan(3);
    expect(Math.abs(moved.y - (p.y + 50))).toBeLessThan(3);
    expect(await page.evaluate(() => window.__explorers![0].sigma.getCamera().getState())).toEqual(camera);
  });

  it("the export dialog starts on the selection; a PNG of the neighbourhood or the whole view", async () => {
    await clickNode(page, ZHENG);
    await page.getByRole("button", { name: "匯出…" }).click();
    const dialog = page.getByRole("dialog", { name: "匯出" });
    await dialog.waitFor();
    expect(await dialog.getByRole("radio", { name: "鄭邦山 的鄰近節點" }).isChecked()).toBe(true);
    await dialog.getByRole("radio", { name: "PNG 圖譜圖片" }).check();
    expect(await dialog.getByRole("radio", { name: "鄭邦山 的鄰近節點" }).isDisabled()).toBe(false);
    const [file] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "下載" }).click()]);
    expect(file.suggestedFilename()).toMatch(/neighbourhood.*\.png$/);
    await dialog.getByRole("radio", { name: /^目前的檢視/ }).check();
    const [whole] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "下載" }).click()]);
    expect(whole.suggestedFilename()).toBe("graph-view.png");
    expect(pageErrors(page)).toEqual([]);
  });
});
