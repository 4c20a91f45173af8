// Search as a person uses it: `/` to focus, type in either script or pinyin,
// arrows and Enter to choose; the details panel and the URL follow.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { currentParams, launchBrowser, openExplorer, pageErrors, pageRequests, screenshot } from "./browser";
import { GOLD_QUERY } from "./gold";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openExplorer(browser, inject("baseUrl"), GOLD_QUERY, { locale: "zh-TW" });
});
afterAll(async () => browser?.close());

const box = () => page.getByRole("combobox", { name: "搜尋節點" });

describe("search", () => {
  it("opens with the map drawn and the interface in Chinese for a Chinese browser", async () => {
    await screenshot(page, "01-main-view");
    await expect(page.getByRole("region", { name: "詳情" }).isVisible()).resolves.toBe(true);
    const drawn = await page.evaluate(() => window.__explorers![0].sigma.getGraph().order);
    expect(drawn).toBeGreaterThan(100);
    expect(pageErrors(page)).toEqual([]);
    // The graph carries its search keys: the converters are not loaded.
    expect(pageRequests(page).filter((u) => /\/assets\/search-keys-/.test(u))).toEqual([]);
  });

  it("focuses the box with `/`, finds 鄭邦山 from Simplified 郑邦山 and selects it with Enter", async () => {
    await page.locator("body").click({ position: { x: 5, y: 790 } });
    await page.keyboard.press("/");
    await expect(box().evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type("郑邦山");
    const option = page.getByRole("listbox").getByRole("option").first();
    await option.waitFor();
    expect(await option.textContent()).toContain("鄭邦山");
    expect(await box().getAttribute("aria-expanded")).toBe("true");
    expect(await box().getAttribute("aria-activedescendant")).toBe(await option.getAttribute("id"));
    await screenshot(page, "02-search-suggestions");
    await page.keyboard.press("Enter");
    const details = page.getByRole("region", { name: "詳情" });
    await details.getByRole("heading", { name: "鄭邦山" }).waitFor();
    expect(currentParams(page).get("node")).toBe("official:鄭邦山");
    expect(await box().getAttribute("aria-expanded")).toBe("false");
    // The camera moved in on the chosen node: it sits in the middle of the map.
    await page.waitForTimeout(700);
    const view = await page.evaluate(() => {
      const { sigma } = window.__explorers![0];
      const a = sigma.getGraph().getNodeAttributes("official:鄭邦山");
      return { at: sigma.graphToViewport({ x: a.x as number, y: a.y as number }), size: sigma.getDimensions(), ratio: sigma.getCamera().ratio };
    });
    expect(view.ratio).toBeLessThan(0.5);
    expect(Math.abs(view.at.x - view.size.width / 2)).toBeLessThan(5);
    expect(Math.abs(view.at.y - view.size.height / 2)).toBeLessThan(5);
    await screenshot(page, "03-details-after-search");
  });

  it("finds the same person by full pinyin and by initials, and moves through results with the arrows", async () => {
    await box().fill("zheng bangshan");
    await page.getByRole("option").first().waitFor();
    expect(await page.getByRole("option").first().textContent()).toContain("鄭邦山");
    await box().fill("zbs");
    await page.getByRole("option").first().waitFor();
    expect(await page.getByRole("option").first().textContent()).toContain("鄭邦山");
    // A query with several results: ArrowDown moves the active option.
    await box().fill("河南");
    await page.getByRole("option").nth(1).waitFor();
    await page.keyboard.press("ArrowDown");
    const second = page.getByRole("option").nth(1);
    expect(await second.getAttribute("aria-selected")).toBe("true");
    const label = (await second.locator(".result-label").textContent())!;
    await page.keyboard.press("Enter");
    await page.getByRole("region", { name: "詳情" }).getByRole("heading", { name: label, exact: true }).waitFor();
  });

  it("switches labels to Simplified and back, on the map and in the panel", async () => {
    await page.goto(`${inject("baseUrl")}/${GOLD_QUERY}&node=${encodeURIComponent("official:鄭邦山")}`);
    await page.waitForFunction(() => window.__explorers?.[0]?.store.getState().status.kind === "ready");
    const mapLabel = () => page.evaluate(() => window.__explorers![0].sigma.getNodeDisplayData("official:鄭邦山")!.label);
    await page.getByRole("combobox", { name: "標籤字體" }).selectOption("hans");
    await page.getByRole("region", { name: "詳情" }).getByRole("heading", { name: "郑邦山" }).waitFor();
    expect(currentParams(page).get("script")).toBe("hans");
    await page.waitForTimeout(200);
    expect(await mapLabel()).toBe("郑邦山");
    expect(await page.getByRole("region", { name: "詳情" }).textContent()).toContain("河南省教育厅");
    await screenshot(page, "03b-labels-simplified");
    await page.getByRole("combobox", { name: "標籤字體" }).selectOption("source");
    await page.getByRole("region", { name: "詳情" }).getByRole("heading", { name: "鄭邦山" }).waitFor();
    await page.waitForTimeout(200);
    expect(await mapLabel()).toBe("鄭邦山");
  });

  it("computes the keys in the browser, loading the converters then, for a graph without them", async () => {
    const bare = await openExplorer(browser, inject("baseUrl"), "?graph=fixtures/gold-without-search-keys.json", { locale: "zh-TW" });
    expect(pageRequests(bare).filter((u) => /\/assets\/search-keys-/.test(u))).toHaveLength(1);
    await bare.getByRole("combobox", { name: "搜尋節點" }).fill("郑邦山");
    await bare.getByRole("option").first().waitFor();
    expect(await bare.getByRole("option").first().textContent()).toContain("鄭邦山");
    await bare.getByRole("combobox", { name: "搜尋節點" }).fill("zbs");
    await bare.getByRole("option").first().waitFor();
    expect(await bare.getByRole("option").first().textContent()).toContain("鄭邦山");
    await bare.close();
  });

  it("closes the suggestions with Esc, then clears the box with a second Esc", async () => {
    await box().fill("省");
    await page.getByRole("option").first().waitFor();
    await page.keyboard.press("Escape");
    expect(await box().getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Escape");
    expect(await box().inputValue()).toBe("");
  });
});
