// The two questions the explorer exists for, answered directly: "who issued
// what" from the table in two actions, the map narrowed by the legend and the
// timeline, and generic meetings told apart by date and organiser.
import Papa from "papaparse";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { currentParams, drawnNodes, launchBrowser, openExplorer, pageErrors, screenshot } from "./browser";
import { GOLD_QUERY, readGold } from "./gold";

let browser: Browser;
let page: Page;
const gold = readGold();
const label = new Map(gold.nodes.map((n) => [n.key, n.attributes.label]));

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openExplorer(browser, inject("baseUrl"), GOLD_QUERY, { locale: "zh-TW" });
});
afterAll(async () => browser?.close());

const table = () => page.getByRole("region", { name: "表格" });
const bodyRows = () => table().locator("tbody tr");
const column = (name: string) =>
  page.evaluate((col) => [...document.querySelectorAll(`.data-table tbody td.col-${col}`)].map((td) => td.textContent ?? ""), name);

describe("who issued what, from the table", () => {
  it("takes two actions: open the table, choose 印發; every issued edge is a row with its evidence", async () => {
    await page.getByRole("button", { name: "表格" }).click();
    await table().getByRole("combobox", { name: "篩選關係" }).selectOption("issued");
    const issued = gold.edges.filter((e) => e.attributes.relation === "issued");
    expect(issued.length).toBeGreaterThan(3);
    await expect(bodyRows().count()).resolves.toBe(issued.length);
    expect(new Set(await column("relation"))).toEqual(new Set(["印發"]));
    // Who and what, as the gold says (a generic name may carry its date and organiser after it).
    const sources = await column("source");
    const targets = await column("target");
    for (const e of issued) {
      const at = sources.findIndex((s, i) => s.startsWith(label.get(e.source)!) && targets[i].startsWith(label.get(e.target)!));
      expect(at, `${e.source} -> ${e.target}`).toBeGreaterThanOrEqual(0);
    }
    // Each row shows the words that prove it.
    for (const ev of await column("evidence")) expect(ev.length).toBeGreaterThan(0);
    await screenshot(page, "30-table-issued");
  });

  it("sorts by date both ways and filters the source column in Simplified for Traditional names", async () => {
    await table().getByRole("button", { name: "按日期排序" }).click();
    const up = (await column("date")).filter(Boolean);
    expect(up).toEqual([...up].sort());
    await table().getByRole("button", { name: "按日期排序" }).click();
    const down = (await column("date")).filter(Boolean);
    expect(down).toEqual([...down].sort().reverse());
    const before = await bodyRows().count();
    await table().getByRole("searchbox", { name: "篩選來源" }).fill("教育厅");
    const after = await column("source");
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before);
    for (const s of after) expect(s).toContain("教育廳");
    await table().getByRole("searchbox", { name: "篩選來源" }).fill("");
  });

  it("a row selects its source on the map and shows its article", async () => {
    const first = bodyRows().first();
    const key = await first.getAttribute("data-key");
    const edge = gold.edges.find((e) => e.key === key)!;
    await first.click();
    await page.waitForTimeout(300);
    expect(currentParams(page).get("node")).toBe(edge.source);
    // The article pane opens the article of the row's evidence.
    const evidence = (edge.attributes as { evidence?: { doc: string }[] }).evidence ?? [];
    expect(evidence.length).toBeGreaterThan(0);
    expect(currentParams(page).get("doc")).toBe(evidence[0].doc);
    await page.getByRole("region", { name: "詳情" }).getByRole("heading", { name: label.get(edge.source)!, exact: true }).waitFor();
    expect(await first.getAttribute("class")).toContain("selected");
  });

  it("exports exactly the rows shown, read back by papaparse", async () => {
    const shown = await bodyRows().count();
    const [file] = await Promise.all([page.waitForEvent("download"), table().getByRole("button", { name: "匯出這些行（CSV）" }).click()]);
    const text = readFileSync((await file.path())!, "utf8");
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(["來源", "關係", "目標", "日期", "文章", "證據"]);
    expect(parsed.data.length - 1).toBe(shown);
    expect(parsed.data.slice(1).map((r) => r[1])).toEqual(await column("relation"));
  });
});

describe("the table in the chosen script", () => {
  it("writes names, articles and evidence in Simplified when Simplified is chosen", async () => {
    expect((await column("evidence")).some((e) => e.includes("印發"))).toBe(true);
    const script = page.getByRole("combobox", { name: "標籤字體" });
    await script.selectOption("hans");
    try {
      // Some articles are Simplified already: wait until no Traditional 印發 is left (the converter loads on demand).
      await page.waitForFunction(() => ![...document.querySelectorAll(".data-table td.col-evidence")].some((td) => td.textContent?.includes("印發")), undefined, { timeout: 10_000 });
      expect((await column("evidence")).some((e) => e.includes("印发"))).toBe(true);
      expect((await column("source")).some((s) => s.includes("教育厅"))).toBe(true);
      expect((await column("source")).some((s) => s.includes("教育廳"))).toBe(false);
    } finally {
      // The tests after this one read Traditional labels.
      await script.selectOption("source");
    }
    await page.getByRole("button", { name: "表格" }).click();
  });
});

describe("filters that act", () => {
  it("'only' a relation leaves on the map just the ends of its edges", async () => {
    await page.getByRole("button", { name: "只顯示主持" }).click();
    await page.waitForTimeout(300);
    const chaired = gold.edges.filter((e) => e.attributes.relation === "chaired");
    const ends = new Set(chaired.flatMap((e) => [e.source, e.target]));
    expect(new Set(await drawnNodes(page))).toEqual(ends);
    expect(currentParams(page).get("rels")).toBe("chaired");
    await screenshot(page, "31-only-chaired");
    await page.getByRole("button", { name: "全部顯示" }).click();
    await page.waitForTimeout(300);
    expect((await drawnNodes(page)).length).toBe(gold.nodes.length);
  });

  it("hides nodes without an edge when asked", async () => {
    const linked = new Set(gold.edges.flatMap((e) => [e.source, e.target]));
    const isolated = gold.nodes.filter((n) => !linked.has(n.key)).map((n) => n.key);
    expect(isolated.length).toBeGreaterThan(0);
    const box = page.getByRole("checkbox", { name: "隱藏沒有顯示關係的節點" });
    await box.check();
    await page.waitForTimeout(300);
    const drawn = new Set(await drawnNodes(page));
    expect(drawn.size).toBe(gold.nodes.length - isolated.length);
    for (const n of isolated) expect(drawn.has(n)).toBe(false);
    await box.uncheck();
  });
});

describe("a timeline that narrows", () => {
  it("draws the number of events per day above the sliders", async () => {
    const counts = await page.evaluate(() => [...document.querySelectorAll(".timeline-axis li")].map((li) => [li.getAttribute("data-date"), Number(li.getAttribute("data-count"))] as const));
    const perDay = new Map<string, number>();
    for (const n of gold.nodes) if (n.attributes.date) perDay.set(n.attributes.date, (perDay.get(n.attributes.date) ?? 0) + 1);
    for (const [d, n] of counts) expect(n).toBe(perDay.get(d!) ?? 0);
    expect(counts.reduce((a, [, n]) => a + n, 0)).toBe([...perDay.values()].reduce((a, b) => a + b, 0));
  });

  it("'From' removes the meetings before it; undated items are kept or hidden as chosen", async () => {
    const from = page.getByRole("slider", { name: "自" });
    await from.focus();
    await page.keyboard.press("Home");
    const days = [...new Set([...gold.nodes, ...gold.edges].map((x) => x.attributes.date).filter(Boolean) as string[])].sort();
    const target = days.indexOf("2020-01-25");
    for (let i = 0; i < target; i++) await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(300);
    expect(currentParams(page).get("from")).toBe("2020-01-25");
    const drawn = await drawnNodes(page);
    const dated = new Map(gold.nodes.filter((n) => n.attributes.date).map((n) => [n.key, n.attributes.date!]));
    for (const n of drawn) if (dated.has(n)) expect(dated.get(n)! >= "2020-01-25").toBe(true);
    // A person whose every dated act is before the window is gone too.
    const lastAct = new Map<string, string>();
    for (const e of gold.edges) if (e.attributes.date) for (const n of [e.source, e.target]) if ((lastAct.get(n) ?? "") < e.attributes.date) lastAct.set(n, e.attributes.date);
    const undatedNeighbours = new Set(gold.edges.filter((e) => !e.attributes.date).flatMap((e) => [e.source, e.target]));
    const ended = gold.nodes.filter((n) => n.attributes.type === "official" && lastAct.has(n.key) && lastAct.get(n.key)! < "2020-01-25" && !undatedNeighbours.has(n.key));
    expect(ended.length).toBeGreaterThan(0);
    for (const n of ended) expect(drawn).not.toContain(n.key);

    const keptCount = drawn.length;
    await page.getByRole("radio", { name: "隱藏" }).check();
    await page.waitForTimeout(300);
    const hidden = await drawnNodes(page);
    expect(currentParams(page).get("undated")).toBe("hide");
    expect(hidden.length).toBeLessThan(keptCount);
    await page.getByRole("radio", { name: "保留" }).check();
    await page.getByRole("button", { name: "全部日期" }).click();
  });

  it("plays inside the window and stops at its last day", async () => {
    const days = [...new Set([...gold.nodes, ...gold.edges].map((x) => x.attributes.date).filter(Boolean) as string[])].sort();
    await page.evaluate(([f, t]) => window.__explorers![0].store.getState().setWindow(f, t), [days[1], days[3]]);
    await page.getByRole("button", { name: "▶ 播放" }).click();
    const seen = new Set<string>();
    for (let i = 0; i < 14; i++) {
      await page.waitForTimeout(300);
      seen.add(currentParams(page).get("to") ?? "none");
    }
    expect([...seen].sort()).toEqual([days[1], days[2], days[3]]);
    expect(currentParams(page).get("from")).toBe(days[1]);
    await page.getByRole("button", { name: "全部日期" }).click();
  });
});

describe("names that say something", () => {
  it("tells the generic 會議 apart in search by date, organiser and article", async () => {
    const box = page.getByRole("combobox", { name: "搜尋節點" });
    await box.fill("會議");
    await page.getByRole("listbox").getByRole("option").first().waitFor();
    const texts = await page.getByRole("listbox").locator(".result-label").allTextContents();
    const generic = texts.filter((t) => t.startsWith("會議 · "));
    const goldGeneric = gold.nodes.filter((n) => n.attributes.type === "meeting" && n.attributes.label === "會議");
    expect(generic.length).toBe(goldGeneric.length);
    expect(new Set(generic).size).toBe(generic.length);
    for (const n of goldGeneric) expect(generic.some((t) => t.startsWith(`會議 · ${n.attributes.date} · `))).toBe(true);
    const metas = await page.getByRole("listbox").locator(".result-meta").allTextContents();
    expect(metas.some((m) => /^\d{4}-\d{2}-\d{2} · .+/.test(m))).toBe(true);
    await screenshot(page, "32-search-generic-meetings");
    await box.fill("");
  });

  it("shows the same name on the map", async () => {
    const key = gold.nodes.find((n) => n.attributes.type === "meeting" && n.attributes.label === "會議")!.key;
    const shown = await page.evaluate((k) => window.__explorers![0].sigma.getNodeDisplayData(k)?.label, key);
    const date = gold.nodes.find((n) => n.key === key)!.attributes.date;
    expect(shown).toMatch(new RegExp(`^會議 · ${date} · .+`));
    expect(pageErrors(page)).toEqual([]);
  });
});
