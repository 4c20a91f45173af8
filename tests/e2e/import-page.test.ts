// A saved government page dropped on the explorer takes the build's path in
// the browser's worker: a county portal saved in GBK (declared gb2312, table
// layout) is decoded, its furniture dropped, its metadata read, its article
// extracted and merged into the graph on screen.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openExplorer, pageErrors, screenshot } from "./browser";
import { dropFiles } from "./drop";
import { GOLD_QUERY } from "./gold";

let browser: Browser;
let page: Page;
const GBK_PAGE = readFileSync(join(import.meta.dirname, "../fixtures/pages/gushi-county.html"));

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openExplorer(browser, inject("baseUrl"), GOLD_QUERY, { locale: "en-US" });
});
afterAll(async () => browser?.close());

describe("a dropped web page", () => {
  it("reads a GBK county page in the browser as the build does: headline, metadata, no furniture", async () => {
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(GBK_PAGE)).toThrow();
    await dropFiles(page, [{ name: "gushi-county.html", bytes: [...GBK_PAGE] }]);
    const panel = page.getByRole("region", { name: "Import" });
    await panel.getByRole("listitem").filter({ hasText: "gushi-county.html" }).filter({ hasText: /\d+ entit/ }).waitFor();
    await page.waitForFunction(() => window.__explorers![0].store.getState().loaded!.sources.some((s) => s.id === "gushi-county"));
    const source = await page.evaluate(() => window.__explorers![0].store.getState().loaded!.sources.find((s) => s.id === "gushi-county"));
    expect(source).toMatchObject({ title: "县政府召开全县防汛工作部署会", date: "2021-06-18", publisher: "县政府办公室", site: "固始县人民政府" });
    expect(source!.text.split("\n")[0]).toBe("县政府召开全县防汛工作部署会");
    expect(source!.text).toContain("县长陈志强主持会议并讲话");
    expect(source!.text).not.toMatch(/网站首页|您现在的位置|浏览次数|打印本页|ICP备/);

    const box = page.getByRole("combobox", { name: "Search nodes" });
    await box.fill("陈志强");
    await page.getByRole("listbox").getByRole("option").filter({ hasText: "陈志强" }).first().waitFor();
    await screenshot(page, "31-gbk-page-dropped");
    expect(pageErrors(page)).toEqual([]);
  });
});
