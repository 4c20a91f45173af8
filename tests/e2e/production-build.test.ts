// The page under test is the production build people get from `npm run
// build` (vitest sets NODE_ENV=test, which would make vite bundle React's
// development build), and it marks its first drawn frame for the benchmark.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { FIRST_FRAME_MARK } from "../../src/app/sigma/first-frame";
import { launchBrowser, openExplorer, pageRequests } from "./browser";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe("the built page", () => {
  it("bundles React's production build", async () => {
    const baseUrl = inject("baseUrl");
    const page = await openExplorer(browser, baseUrl, "?graph=fixtures/gold.json");
    const scripts = pageRequests(page).filter((u) => u.startsWith(baseUrl) && u.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    const code = (await Promise.all(scripts.map(async (u) => (await fetch(u)).text()))).join("\n");
    // Production React reports errors by number; the development build spells them out.
    // (booleans, so a failure does not print the whole bundle)
    expect(code.includes("Minified React error"), "React's production error codes").toBe(true);
    expect(code.includes("This is a bug in React"), "React's development messages").toBe(false);
    await page.close();
  });

  it("leaves one first-frame mark once the map is drawn, after the graph file arrived", async () => {
    const page = await openExplorer(browser, inject("baseUrl"), "?graph=fixtures/gold.json");
    const timing = await page.evaluate((name) => {
      const marks = performance.getEntriesByName(name, "mark");
      const graph = performance.getEntriesByType("resource").find((r) => r.name.endsWith("/fixtures/gold.json")) as PerformanceResourceTiming | undefined;
      return { marks: marks.length, at: marks[0]?.startTime ?? -1, graphArrived: graph?.responseEnd ?? -1 };
    }, FIRST_FRAME_MARK);
    expect(timing.marks).toBe(1);
    expect(timing.graphArrived).toBeGreaterThan(0);
    expect(timing.at).toBeGreaterThan(timing.graphArrived);
    await page.close();
  });
});
