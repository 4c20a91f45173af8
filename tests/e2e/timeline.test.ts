// The timeline: moving the "up to" slider hides what happened later; play
// replays the days one by one.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { currentParams, drawnNodes, launchBrowser, openExplorer, screenshot } from "./browser";
import { GOLD_QUERY, readGold } from "./gold";

let browser: Browser;
let page: Page;
const gold = readGold();
const LATER = "meeting:2020-01-25:疫情研判會";
const EARLIER = "meeting:2020-01-21:省政府常務會議";

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openExplorer(browser, inject("baseUrl"), GOLD_QUERY, { locale: "zh-TW" });
});
afterAll(async () => browser?.close());

/** Every day with a dated node or edge, as the slider steps through them. */
function days(): string[] {
  const set = new Set<string>();
  for (const n of gold.nodes) if (n.attributes.date) set.add(n.attributes.date);
  for (const e of gold.edges) if (e.attributes.date) set.add(e.attributes.date);
  return [...set].sort();
}

describe("timeline", () => {
  it("hides a later meeting when the slider is moved to the day before it", async () => {
    expect(await drawnNodes(page)).toContain(LATER);
    const slider = page.getByRole("slider", { name: "截至" });
    await slider.focus();
    await page.keyboard.press("Home");
    const target = days().indexOf("2020-01-24");
    expect(target).toBeGreaterThan(0);
    for (let i = 0; i < target; i++) await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(300);
    expect(currentParams(page).get("to")).toBe("2020-01-24");
    expect(await slider.getAttribute("aria-valuetext")).toBe("2020-01-24");
    const drawn = await drawnNodes(page);
    expect(drawn).not.toContain(LATER);
    expect(drawn).toContain(EARLIER);
    // No meeting after the day is left on the map.
    const meetingDates = Object.fromEntries(gold.nodes.filter((n) => n.attributes.type === "meeting").map((n) => [n.key, n.attributes.date]));
    for (const n of drawn) if (meetingDates[n]) expect(meetingDates[n]! <= "2020-01-24").toBe(true);
    await screenshot(page, "10-timeline-2020-01-24");
  });

  it("plays the days one by one, from the first when the whole range was shown", async () => {
    await page.getByRole("button", { name: "全部日期" }).click();
    expect(currentParams(page).get("to")).toBeNull();
    await page.getByRole("button", { name: "▶ 播放" }).click();
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.waitForTimeout(300);
      const to = currentParams(page).get("to");
      if (to) seen.add(to);
    }
    await page.getByRole("button", { name: "❚❚ 暫停" }).click();
    const d = days();
    const visited = [...seen].sort();
    expect(visited.length).toBeGreaterThanOrEqual(2);
    expect(visited[0]).toBe(d[0]);
    // Consecutive days of the list, none skipped.
    const at = visited.map((v) => d.indexOf(v));
    for (let i = 1; i < at.length; i++) expect(at[i]).toBe(at[i - 1] + 1);
  });
});
