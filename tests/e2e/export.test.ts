// Taking a subgraph out of the page: the Export dialog, a neighbourhood as
// JSON and as a CSV zip, a shift-clicked hand-picked set, a PNG of the map.
// Each downloaded file is read back and compared with what the gold graph
// (read independently of the page) says it must hold.
import { readFileSync } from "node:fs";
import { unzipSync, strFromU8 } from "fflate";
import Papa from "papaparse";
import type { Browser, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { clickNode, launchBrowser, openExplorer, pageErrors, screenshot } from "./browser";
import { bfs, GOLD_QUERY, readGold } from "./gold";

let browser: Browser;
let page: Page;
const gold = readGold();
const SEED = "official:鄭邦山";

/** Gold edges (by key) whose two ends are both in `nodes`. */
function goldEdgesAmong(nodes: Set<string>): string[] {
  return gold.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target)).map((e) => e.key).sort();
}

async function openDialog(): Promise<void> {
  await page.getByRole("button", { name: "匯出…" }).click();
  await page.getByRole("dialog", { name: "匯出" }).waitFor();
}

/** Clicks Download and returns the file the page saved, with its name. */
async function download(): Promise<{ name: string; bytes: Buffer }> {
  const dialog = page.getByRole("dialog", { name: "匯出" });
  const [file] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "下載" }).click()]);
  return { name: (file as Download).suggestedFilename(), bytes: readFileSync((await (file as Download).path())!) };
}

async function closeDialog(): Promise<void> {
  await page.getByRole("dialog", { name: "匯出" }).getByRole("button", { name: "關閉" }).click();
  await page.getByRole("dialog").waitFor({ state: "detached" });
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openExplorer(browser, inject("baseUrl"), `${GOLD_QUERY}&node=${encodeURIComponent(SEED)}`, { locale: "zh-TW" });
});
afterAll(async () => browser?.close());

describe("export", () => {
  it("downloads the neighbourhood of the selected node, depth 2, as JSON holding exactly that neighbourhood", async () => {
    await openDialog();
    const dialog = page.getByRole("dialog", { name: "匯出" });
    await dialog.getByRole("radio", { name: "鄭邦山 的鄰近節點" }).check();
    await dialog.getByRole("combobox", { name: "步數" }).selectOption("2");
    await dialog.getByRole("radio", { name: /^JSON/ }).check();
    await screenshot(page, "20-export-dialog");
    const file = await download();
    expect(file.name).toBe("鄭邦山-neighbourhood-2.json");

    const data = JSON.parse(file.bytes.toString("utf8"));
    const expected = new Set(bfs(gold, SEED, 2).keys());
    expect(data.nodes.map((n: { key: string }) => n.key).sort()).toEqual([...expected].sort());
    expect(data.edges.map((e: { key: string }) => e.key).sort()).toEqual(goldEdgesAmong(expected));
    // The contract: it opens again in the explorer; evidence carries its words and article.
    const first = data.edges[0].attributes.evidence[0];
    const article = data.attributes.sources.find((s: { id: string }) => s.id === first.doc);
    expect(article.text.slice(first.start, first.end)).toBe(first.text);
    expect(await dialog.getByRole("status").textContent()).toContain(`已儲存 ${file.name}：${expected.size} 個節點`);
  });

  it("downloads the same neighbourhood as a CSV zip in Simplified labels: four RFC 4180 tables with a BOM", async () => {
    const dialog = page.getByRole("dialog", { name: "匯出" });
    await dialog.getByRole("radio", { name: "簡體" }).check();
    await dialog.getByRole("radio", { name: /^CSV/ }).check();
    const file = await download();
    expect(file.name).toBe("鄭邦山-neighbourhood-2.csv.zip");
    const zip = unzipSync(new Uint8Array(file.bytes));
    expect(Object.keys(zip).sort()).toEqual(["articles", "edges", "evidence", "nodes"].map((t) => `鄭邦山-neighbourhood-2.${t}.csv`));
    const table = (name: string) => {
      // UTF-8 with a byte-order mark, so spreadsheets read the Chinese.
      expect([...zip[name].subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = strFromU8(zip[name].subarray(3));
      expect(text.includes("\r\n")).toBe(true);
      const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      return parsed.data;
    };
    const nodes = table("鄭邦山-neighbourhood-2.nodes.csv");
    const edges = table("鄭邦山-neighbourhood-2.edges.csv");
    const expected = new Set(bfs(gold, SEED, 2).keys());
    expect(nodes.map((r) => r.id).sort()).toEqual([...expected].sort());
    expect(edges.map((r) => r.id).sort()).toEqual(goldEdgesAmong(expected));
    const seed = nodes.find((r) => r.id === SEED)!;
    expect(seed.label).toBe("郑邦山");
    expect(seed.original_label).toBe("鄭邦山");
    // Evidence rides along in evidence.csv: article id and offsets, and the words.
    const withEvidence = edges.find((r) => r.source === SEED)!;
    const spans = table("鄭邦山-neighbourhood-2.evidence.csv").filter((r) => r.kind === "evidence" && r.id === withEvidence.id);
    expect(spans[0].doc).toBe("henan-education-2020");
    expect(spans[0].text.length).toBe(Number(spans[0].end) - Number(spans[0].start));
    expect(table("鄭邦山-neighbourhood-2.articles.csv").map((r) => r.id)).toContain("henan-education-2020");
    await closeDialog();
  });

  it("adds shift-clicked nodes to a hand-picked set shown on the map and listed, and takes them out again", async () => {
    // Focus on the seed's neighbourhood: only those nodes are drawn, so each click hits its node.
    await page.getByRole("radio", { name: "1 步" }).check();
    await page.waitForTimeout(800);
    const neighbours = [...bfs(gold, SEED, 1).entries()].filter(([, d]) => d === 1).map(([n]) => n);
    const picks = [SEED, neighbours[0], neighbours[1], neighbours[2]];
    for (const n of picks) await clickNode(page, n, { shift: true });
    const state = await page.evaluate(() => {
      const { store, sigma } = window.__explorers![0];
      const s = store.getState();
      return { picked: s.picked, node: s.view.node, ringed: s.picked.filter((n) => (sigma.getNodeDisplayData(n) as { picked?: boolean }).picked) };
    });
    expect(state.picked).toEqual(picks);
    expect(state.ringed).toEqual(picks);
    expect(state.node).toBe(SEED); // shift-click leaves the selection alone
    const panel = page.getByRole("region", { name: "手選節點" });
    expect(await panel.getByRole("listitem").count()).toBe(4);
    await page.mouse.move(300, 760); // off the nodes: no hover fading in the picture
    await page.waitForTimeout(300);
    await screenshot(page, "21-hand-picked");

    // Shift-click again takes a node out; the panel's × does too.
    await clickNode(page, picks[3], { shift: true });
    expect(await page.evaluate(() => window.__explorers![0].store.getState().picked)).toEqual(picks.slice(0, 3));
  });

  it("exports the hand-picked set as JSON: exactly those nodes and the edges among them", async () => {
    await openDialog();
    const dialog = page.getByRole("dialog", { name: "匯出" });
    await dialog.getByRole("radio", { name: /^手選的節點：3 個節點/ }).check();
    await dialog.getByRole("radio", { name: "原文" }).check();
    await dialog.getByRole("radio", { name: /^JSON/ }).check();
    const file = await download();
    expect(file.name).toBe("picked-3-nodes.json");
    const data = JSON.parse(file.bytes.toString("utf8"));
    const picked: string[] = await page.evaluate(() => window.__explorers![0].store.getState().picked);
    expect(data.nodes.map((n: { key: string }) => n.key).sort()).toEqual([...picked].sort());
    const edges = goldEdgesAmong(new Set(picked));
    expect(edges.length).toBeGreaterThan(0);
    expect(data.edges.map((e: { key: string }) => e.key).sort()).toEqual(edges);
    expect(data.nodes.find((n: { key: string }) => n.key === SEED).attributes.label).toBe("鄭邦山");
    await closeDialog();
  });

  it("downloads a PNG of the map", async () => {
    await openDialog();
    const dialog = page.getByRole("dialog", { name: "匯出" });
    await dialog.getByRole("radio", { name: "PNG 圖譜圖片" }).check();
    // A node is selected, so the dialog starts on its neighbourhood: take the whole view.
    await dialog.getByRole("radio", { name: /^目前的檢視/ }).check();
    // The image is the map as drawn, framed on the view or a neighbourhood: a path or a hand-picked set does not apply to it.
    expect(await dialog.getByRole("radio", { name: /^手選的節點/ }).isDisabled()).toBe(true);
    const file = await download();
    expect(file.name).toBe("graph-view.png");
    expect([...file.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height of the map's canvas.
    expect(file.bytes.readUInt32BE(16)).toBeGreaterThan(300);
    expect(file.bytes.readUInt32BE(20)).toBeGreaterThan(300);
    await closeDialog();
  });

  it("is operable from the keyboard: Escape closes the dialog and focus returns to the Export button", async () => {
    const button = page.getByRole("button", { name: "匯出…" });
    await button.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("dialog", { name: "匯出" }).waitFor();
    // Focus starts inside the dialog, on its first control.
    expect(await page.evaluate(() => document.activeElement?.closest("dialog") !== null)).toBe(true);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });
});
