// Labels and article text are data: markup in them is shown, never run.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openExplorer, pageErrors, screenshot } from "./browser";
import { HOSTILE_LABEL } from "./fixtures";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openExplorer(browser, inject("baseUrl"), `?graph=fixtures/hostile.json&node=${encodeURIComponent(`agency:${HOSTILE_LABEL}`)}`, { locale: "en-US" });
});
afterAll(async () => browser?.close());

describe("markup in labels and articles", () => {
  it("shows a label with <img onerror> as text in the details, the search and the article", async () => {
    const details = page.getByRole("region", { name: "Details" });
    expect(await details.locator("h3.node-title").textContent()).toBe(HOSTILE_LABEL);
    const article = page.getByRole("region", { name: "Article" });
    const text = (await article.locator(".article-text").textContent())!;
    expect(text).toContain("<script>window.__xss=2</script>");
    expect(text).toContain(HOSTILE_LABEL);
    expect(await article.locator("h3").textContent()).toBe("<b>標題</b><img src=x onerror=window.__xss=3>");
    await page.getByRole("combobox", { name: "Search nodes" }).fill("img src");
    await page.getByRole("option").first().waitFor();
    expect(await page.getByRole("option").first().textContent()).toContain(HOSTILE_LABEL);
    await screenshot(page, "15-markup-as-text");
  });

  it("runs none of it", async () => {
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"], script:not([src]):not([type="module"])').count()).toBe(0);
    expect(await page.locator(".explorer b").count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it("marks an inferred relation as inferred", async () => {
    const relation = page.getByRole("region", { name: "Details" }).locator(".relation").first();
    expect(await relation.locator(".inferred").textContent()).toBe("inferred");
  });
});
