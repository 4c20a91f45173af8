// Hostile and huge input in the explorer: a long paste shows its progress and a
// Cancel that stops the worker; graph files that crashed the page (a lone
// surrogate, a "__proto__" key, an XML entity bomb) or were beyond what a tab
// can hold are refused with a message while the graph on screen stays, and a
// good file opened after them still opens; a large file is read and laid out in
// a worker that Cancel stops.
import type { Browser, Page, Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openExplorer, pageErrors, waitReady } from "./browser";
import { GOLD_QUERY, readGold } from "./gold";

let browser: Browser;
let page: Page;
const gold = readGold();

/** Drops files on the explorer; texts may be built in the page (`repeat` times `text`) so megabytes need not cross the wire. */
async function dropFiles(files: { name: string; text: string; repeat?: number }[]): Promise<void> {
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text.repeat(f.repeat ?? 1)], f.name));
    const target = document.querySelector(".explorer")!;
    for (const type of ["dragenter", "dragover", "drop"]) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
}

/** The graph object on screen is still the one first seen, with the gold graph's size. */
async function sameGraph(): Promise<boolean> {
  return page.evaluate(() => {
    const graph = window.__explorers![0].store.getState().loaded!.graph;
    const w = window as unknown as { __first?: unknown };
    w.__first ??= graph;
    return w.__first === graph;
  });
}
const order = () => page.evaluate(() => window.__explorers![0].store.getState().loaded!.graph.order);
const importPanel = () => page.getByRole("region", { name: "Import" });
/** A node of a graph file; `key` goes into the JSON text as written, escapes and all (\\ud800 is a lone surrogate once parsed). */
const node = (key: string, extra = "") => `{"key":"${key}","attributes":{"label":"甲","type":"official","aliases":[],"mentions":[],"x":0,"y":0,"size":1,"color":"#000"${extra}}}`;
const graphJson = (nodes: string[]) => `{"attributes":{"sources":[],"builtWith":"t"},"nodes":[${nodes.join(",")}],"edges":[]}`;

/** Workers of the page that have ended. */
const closedWorkers = new Set<Worker>();
const running = (part: string) => page.workers().some((w) => w.url().includes(part) && !closedWorkers.has(w));

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openExplorer(browser, inject("baseUrl"), GOLD_QUERY, { locale: "en-US" });
  page.on("worker", (w) => w.on("close", () => closedWorkers.add(w)));
  expect(await sameGraph()).toBe(true);
});
afterAll(async () => browser?.close());

describe("hostile input in the explorer", { timeout: 120_000 }, () => {
  it("shows a long article's progress with a Cancel that stops the worker and frees Open and Paste", async () => {
    // Three million characters: seconds of extraction in the worker (the same path as a paste).
    const sentence = "1月21日,省教育厅厅长王明主持召开全省教育系统疫情防控工作会议,部署有关工作。\n";
    await dropFiles([{ name: "long.txt", text: sentence, repeat: Math.ceil(3_000_000 / sentence.length) }]);
    const panel = importPanel();
    await panel.getByText(/long\.txt: extracting 3,000,\d{3} characters…/).waitFor();
    expect(await page.getByRole("button", { name: "Open…" }).isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: "Paste article…" }).isDisabled()).toBe(true);
    expect(running("extract")).toBe(true);
    await panel.getByRole("button", { name: "Cancel" }).click();

    await panel.getByText("long.txt: cancelled; not added").waitFor();
    expect(await page.getByRole("button", { name: "Open…" }).isDisabled()).toBe(false);
    expect(await page.getByRole("button", { name: "Paste article…" }).isDisabled()).toBe(false);
    // Chromium reports a terminated worker's end a moment later.
    await expect.poll(() => running("extract"), { timeout: 15_000 }).toBe(false);
    expect(await sameGraph()).toBe(true);
    expect(await order()).toBe(gold.nodes.length);
  });

  it("refuses a GEXF that declares entities (a billion laughs) before parsing it; the graph stays", async () => {
    const head = `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY lol "${"哈".repeat(50)}">]><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="`;
    await dropFiles([{ name: "laughs.gexf", text: head + "&lol;".repeat(50_000) + `"/></nodes><edges/></graph></gexf>` }]);
    const alert = importPanel().getByRole("alert").filter({ hasText: "laughs.gexf" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("refused: the file declares a DOCTYPE");
    expect(await sameGraph()).toBe(true);
  });

  it("refuses a node key with a lone surrogate and a key __proto__, and opens a good file after them", async () => {
    await dropFiles([{ name: "surrogate.json", text: graphJson([node("official:\\ud800甲")]) }]);
    await importPanel().getByRole("alert").filter({ hasText: "surrogate.json" }).waitFor();
    expect(await importPanel().getByRole("alert").textContent()).toContain("nodes[0].key");
    await dropFiles([{ name: "proto.json", text: graphJson([node("official:乙"), node("__proto__")]) }]);
    const alert = importPanel().getByRole("alert").filter({ hasText: "proto.json" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('node key "__proto__": the map cannot draw a node with this key');
    expect(await sameGraph()).toBe(true);
    // The URL still works: the page did not crash on encodeURIComponent.
    await page.evaluate(() => window.__explorers![0].store.getState().select("official:鄭邦山"));
    await expect.poll(() => new URL(page.url()).searchParams.get("node")).toBe("official:鄭邦山");
    expect(pageErrors(page)).toEqual([]);
  });

  it("refuses a graph beyond the explorer's limits with what to do instead, without building it", async () => {
    await page.evaluate((one) => {
      const nodes: string[] = [];
      for (let i = 0; i < 300_001; i++) nodes.push(one.replace("KEY", `official:${i}`));
      const data = new DataTransfer();
      data.items.add(new File([`{"attributes":{"sources":[],"builtWith":"t"},"nodes":[${nodes.join(",")}],"edges":[]}`], "huge.json"));
      const target = document.querySelector(".explorer")!;
      for (const type of ["dragenter", "dragover", "drop"]) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, node("KEY"));
    const alert = importPanel().getByRole("alert").filter({ hasText: "huge.json" });
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toContain("300,001 nodes are more than the explorer shows (300,000): take a part of it with `npm run export`");
    expect(await sameGraph()).toBe(true);
  });

  it("reads and lays out a large file without positions in a worker: the page answers meanwhile, and Cancel keeps the graph", async () => {
    await page.evaluate(() => {
      const nodes: string[] = [];
      const edges: string[] = [];
      for (let i = 0; i < 30_000; i++) {
        nodes.push(`{"key":"official:${i}","attributes":{"label":"官${i}","type":"official","aliases":[],"mentions":[]}}`);
        edges.push(`{"source":"official:${i}","target":"official:${(i * 7 + 1) % 30_000}","attributes":{"relation":"leads","evidence":[]}}`);
      }
      const data = new DataTransfer();
      data.items.add(new File([`{"attributes":{"sources":[],"builtWith":"t"},"nodes":[${nodes.join(",")}],"edges":[${edges.join(",")}]}`], "unplaced.json"));
      const target = document.querySelector(".explorer")!;
      for (const type of ["dragenter", "dragover", "drop"]) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    const panel = importPanel();
    await panel.getByText(/^Checking unplaced\.json against the graph contract/).waitFor();
    // The page's own thread is free: a round trip to it returns while the worker works.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(running("graph-file")).toBe(true);
    await panel.getByRole("button", { name: "Cancel" }).click();
    await panel.getByRole("alert").filter({ hasText: "unplaced.json" }).waitFor();
    expect(await panel.getByRole("alert").textContent()).toContain("cancelled");
    await expect.poll(() => running("graph-file"), { timeout: 15_000 }).toBe(false);
    expect(await sameGraph()).toBe(true);
    expect(await order()).toBe(gold.nodes.length);
    expect(await page.getByRole("button", { name: "Open…" }).isDisabled()).toBe(false);
  });

  it("opens a good graph file after the refused ones", async () => {
    await dropFiles([{ name: "good.json", text: graphJson([node("official:乙"), node("official:丙")]) }]);
    await importPanel().getByText("Opened good.json: 2 nodes, 0 relations.").waitFor();
    await waitReady(page);
    expect(await order()).toBe(2);
    expect(pageErrors(page)).toEqual([]);
  });
});
