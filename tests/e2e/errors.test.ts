// A graph file that is missing, not JSON, off the contract or empty: the
// page says what is wrong and how to rebuild it, never a blank screen.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openExplorer, screenshot } from "./browser";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function alertText(file: string, locale = "zh-TW", shot?: string) {
  const page = await openExplorer(browser, inject("baseUrl"), `?graph=${file}`, { locale, ready: false });
  const alert = page.getByRole("alert");
  await alert.waitFor();
  if (shot) await screenshot(page, shot);
  const text = (await alert.textContent())!;
  await page.close();
  return text;
}

describe("a graph that cannot be shown", () => {
  it("a malformed file: says it is not JSON, with the parser's reason and how to rebuild", async () => {
    const text = await alertText("fixtures/malformed.json", "zh-TW", "13-error-malformed");
    expect(text).toContain("圖譜檔案不是有效的 JSON");
    expect(text).toContain("JSON");
    expect(text).toContain("fixtures/malformed.json");
    expect(text).toContain("npm run build-graph");
  });

  it("a missing file: says it was not found (HTTP 404)", async () => {
    const text = await alertText("fixtures/no-such-graph.json", "en-US", "14-error-missing");
    expect(text).toContain("The graph file was not found.");
    expect(text).toContain("HTTP 404");
    expect(text).toContain("npm run build-graph");
  });

  it("a file off the contract: names the field and the node", async () => {
    const text = await alertText("fixtures/off-contract.json", "en-US");
    expect(text).toContain("does not follow the graph contract");
    expect(text).toContain('nodes[0].attributes.type (node "official:甲")');
  });

  it("an empty graph: says so and how to add articles", async () => {
    const text = await alertText("fixtures/empty.json", "en-US");
    expect(text).toContain("The graph is empty");
    expect(text).toContain("graph-data/articles");
  });
});
