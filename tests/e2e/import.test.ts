// Bringing data in: a malformed or off-contract graph file dropped on the
// page is refused with a message naming the problem while the graph on screen
// stays as it was; a pasted article is extracted in a worker, merged into the
// graph (its agency joins the node already there), settled by a layout run
// that can be stopped, found in search and shown in the article pane; dropped
// article files go in one by one, a bad one reported by name; a valid graph
// file chosen with "Open…" replaces the graph, with what was filled in listed.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openExplorer, pageErrors, screenshot, waitReady } from "./browser";
import { dropFiles as dropFilesOn, type DroppedFile } from "./drop";
import { GOLD_QUERY, readGold } from "./gold";

let browser: Browser;
let page: Page;
const gold = readGold();

// Made up, in the genre: an official the gold graph does not have, at an agency it does (in the other script).
const ARTICLE = "河南省教育厅部署高校开学工作\n\n2020年2月3日,河南省教育厅厅长郭建民主持召开高校开学工作会议,研究部署高校开学工作。会议印发了《关于做好高校开学工作的通知》。";
const ARTICLE_TITLE = "河南省教育厅部署高校开学工作";
const SECOND = "2020年2月5日,河北省教育厅副厅长刘志强主持召开全省教育系统视频会议,部署疫情防控工作。";

/** Drops files on the explorer as a person dragging them from the desktop would. */
const dropFiles = (files: DroppedFile[]) => dropFilesOn(page, files);

/** Every node's position, and the graph object the page shows. */
function mapState() {
  return page.evaluate(() => {
    const { store } = window.__explorers![0];
    const graph = store.getState().loaded!.graph;
    const w = window as unknown as { __shown?: unknown };
    const same = w.__shown === undefined || w.__shown === graph;
    w.__shown = graph;
    return { same, order: graph.order, size: graph.size, positions: Object.fromEntries(graph.mapNodes((n, a) => [n, [a.x, a.y]])) as Record<string, [number, number]> };
  });
}

const importPanel = () => page.getByRole("region", { name: "匯入" });

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openExplorer(browser, inject("baseUrl"), GOLD_QUERY, { locale: "zh-TW" });
});
afterAll(async () => browser?.close());

describe("import", () => {
  it("refuses a dropped malformed graph file with a message, and the graph on screen stays", async () => {
    const before = await mapState();
    await dropFiles([{ name: "broken.json", text: '{"options": {"type": "directed"}, "nodes": [' }]);
    const alert = importPanel().getByRole("alert");
    await alert.waitFor();
    const text = (await alert.textContent())!;
    expect(text).toContain("未開啟 broken.json；目前的圖譜保持不變。");
    expect(text).toContain("not valid JSON");
    await screenshot(page, "22-import-refused");
    const after = await mapState();
    expect(after.same).toBe(true);
    expect([after.order, after.size]).toEqual([gold.nodes.length, gold.edges.length]);
    expect(after.positions).toEqual(before.positions);
    expect(await page.getByRole("region", { name: "詳情" }).isVisible()).toBe(true);
  });

  it("names the field and the node of a file off the contract", async () => {
    const offContract = {
      attributes: { sources: [], builtWith: "x" },
      nodes: [{ key: "official:甲", attributes: { label: "甲", type: "wizard", aliases: [], mentions: [], x: 0, y: 0, size: 1, color: "#000" } }],
      edges: [],
    };
    await dropFiles([{ name: "wizard.json", text: JSON.stringify(offContract) }]);
    const alert = importPanel().getByRole("alert");
    await alert.filter({ hasText: "wizard.json" }).waitFor();
    expect(await alert.textContent()).toContain("nodes[0].attributes.type (node official:甲): must be one of official, agency");
    expect((await mapState()).same).toBe(true);
  });

  it("adds a pasted article: extracted, merged into the graph, placed without moving the map, found in search, shown with its highlights", async () => {
    const before = await mapState();
    await page.getByRole("button", { name: "貼上文章…" }).click();
    const dialog = page.getByRole("dialog", { name: "加入文章" });
    await dialog.getByRole("textbox", { name: "文章內容" }).fill(ARTICLE);
    await dialog.getByRole("textbox", { name: /^標題/ }).fill(ARTICLE_TITLE);
    await dialog.getByLabel("發佈日期（選填）").fill("2020-02-03");
    await screenshot(page, "23-paste-dialog");
    await dialog.getByRole("button", { name: "加入圖譜" }).click();

    const panel = importPanel();
    await panel.getByText(/圖上新增 \d+ 個節點/).waitFor();
    expect(await panel.getByRole("listitem").first().textContent()).toMatch(/^河南省教育厅部署高校开学工作：找到 \d+ 個實體，\d+ 條關係$/);
    // The new nodes settle in a layout run the person can stop.
    const stop = panel.getByRole("button", { name: "停止" });
    await stop.waitFor();
    await page.waitForTimeout(600);
    await stop.click();
    await panel.getByText("已停止安排位置。").waitFor();

    const after = await mapState();
    expect(after.same).toBe(true);
    // Nodes already on the map kept their places; the new ones have their own.
    for (const [node, p] of Object.entries(before.positions)) expect(after.positions[node], node).toEqual(p);
    const added = Object.keys(after.positions).filter((n) => !(n in before.positions));
    expect(added).toContain("official:郭建民");
    expect(after.positions["official:郭建民"]).not.toEqual([0, 0]);
    // Same agency, other script: the node already there, now mentioned by the new article too.
    expect(added.some((n) => n.startsWith("agency:"))).toBe(false);
    const agency = await page.evaluate(() => {
      const g = window.__explorers![0].store.getState().loaded!.graph;
      return { docs: g.getNodeAttribute("agency:河南省教育廳", "mentions").map((m) => m.doc), linked: g.hasEdge("official:郭建民|holds_post|agency:河南省教育廳") };
    });
    expect(agency.docs).toContain("pasted");
    expect(agency.linked).toBe(true);

    // The article pane shows the new article, with its entities highlighted.
    const source = page.getByRole("region", { name: "文章" });
    expect(await source.getByRole("combobox").inputValue()).toBe("pasted");
    await source.getByRole("heading", { name: ARTICLE_TITLE }).waitFor();
    expect(await source.locator(".article-text").textContent()).toBe(ARTICLE);
    expect(await source.locator('a.mention[data-node="official:郭建民"]').count()).toBeGreaterThan(0);
    expect(await source.locator('a.mention[data-node="agency:河南省教育廳"]').count()).toBeGreaterThan(0);

    // Search finds the new official by name and by pinyin.
    const box = page.getByRole("combobox", { name: "搜尋節點" });
    await box.fill("guo jianmin");
    const option = page.getByRole("listbox").getByRole("option").first();
    await option.waitFor();
    expect(await option.textContent()).toContain("郭建民");
    await box.fill("郭建民");
    await page.getByRole("listbox").getByRole("option").filter({ hasText: "郭建民" }).first().waitFor();
    await page.keyboard.press("Enter");
    await page.getByRole("region", { name: "詳情" }).getByRole("heading", { name: "郭建民" }).waitFor();
    await page.waitForTimeout(800);
    await screenshot(page, "24-merged-graph");
  });

  it("adds dropped article files one by one: a bad file is reported by name and the good one still goes in", async () => {
    await dropFiles([
      { name: "bad.txt", bytes: [0xe6, 0xb2, 0xb3, 0x00, 0x01, 0x02] },
      { name: "good.txt", text: SECOND },
    ]);
    const panel = importPanel();
    await panel.getByText(/圖上新增 \d+ 個節點/).waitFor();
    const lines = await panel.getByRole("listitem").allTextContents();
    expect(lines[0]).toMatch(/^bad\.txt：未加入：binary file \(NUL byte at offset 3\)$/);
    expect(lines[1]).toMatch(/^good\.txt：找到 \d+ 個實體/);
    const ids = await page.evaluate(() => window.__explorers![0].store.getState().loaded!.sources.map((s) => s.id));
    expect(ids.slice(-2)).toEqual(["pasted", "good"]);
    const box = page.getByRole("combobox", { name: "搜尋節點" });
    await box.fill("刘志强");
    await page.getByRole("listbox").getByRole("option").filter({ hasText: "刘志强" }).first().waitFor();
    expect(pageErrors(page)).toEqual([]);
  });
});

describe("opening a graph file", () => {
  it("replaces the graph with a valid file chosen with Open…, listing what was filled in", async () => {
    const other = await openExplorer(browser, inject("baseUrl"), GOLD_QUERY, { locale: "en-US" });
    const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="official:王五"><data key="type">official</data><data key="label">王五</data></node>
    <node id="agency:某局"><data key="type">agency</data><data key="label">某局</data></node>
    <edge source="official:王五" target="agency:某局"><data key="relation">holds_post</data></edge>
  </graph>
</graphml>`;
    const [chooser] = await Promise.all([other.waitForEvent("filechooser"), other.getByRole("button", { name: "Open…" }).click()]);
    await chooser.setFiles({ name: "small.graphml", mimeType: "application/xml", buffer: Buffer.from(graphml) });
    const panel = other.getByRole("region", { name: "Import" });
    await panel.getByText("Opened small.graphml: 2 nodes, 1 relations.").waitFor();
    const text = (await panel.textContent())!;
    expect(text).toContain("Filled in where the file had nothing:");
    expect(text).toContain("2 of 2 nodes had no position: the graph was laid out with ForceAtlas2");
    await waitReady(other);
    const shown = await other.evaluate(() => window.__explorers![0].store.getState().loaded!.graph.nodes());
    expect(shown).toEqual(["official:王五", "agency:某局"]);
    expect(pageErrors(other)).toEqual([]);
    await other.close();
  });
});
