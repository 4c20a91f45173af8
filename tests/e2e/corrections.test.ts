// Corrections made in the explorer survive a rebuild: each operation from the
// details panel on a graph built by the CLI, the file downloaded from the page
// (a statically hosted page: no server), the CLI run again with it, and the
// rebuilt graph opened: every fix is still there, marked. Undo restores the
// graph; an article edited under a correction makes it stale, and both the
// build and the page say so.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openExplorer, pageErrors, screenshot } from "./browser";
import { SITE_DIR } from "./global-setup";

const ROOT = resolve(import.meta.dirname, "../..");
const A = "1月21日，省教育厅厅长张明主持召开疫情防控工作会议。出现发热怎么办局印发通知。";
const B = "1月22日，市卫健委主任張明到市人民醫院調研。";
const C = "1月23日，省教育厅印发通知。";

let browser: Browser;
let work: string;

function build(out: string): string[] {
  const r = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "scripts/build-graph.ts"), "--quiet", "--out", join(SITE_DIR, "fixtures", out)], {
    cwd: work,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`build-graph failed: ${r.stderr}`);
  return r.stderr.split("\n").filter(Boolean);
}

function article(name: string, text: string) {
  writeFileSync(join(work, "graph-data/articles", name), text);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "corrections-e2e-"));
  mkdirSync(join(work, "graph-data/articles"), { recursive: true });
  // a and c are one province's (so their 省教育厅 is one body); b says nothing of its jurisdiction.
  article("a.txt", `---\nregion: 河南省\n---\n${A}`);
  article("b.txt", B);
  article("c.txt", `---\nregion: 河南省\n---\n${C}`);
  build("corrections-0.json");
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const open = (file: string) => openExplorer(browser, inject("baseUrl"), `?graph=fixtures/${file}`, { locale: "en-US" });
const panel = (page: Page) => page.getByRole("region", { name: "Correct", exact: true });
const log = (page: Page) => page.getByRole("region", { name: "Corrections", exact: true });

/** The node holding these words in the article (by its label as written), and selects it. */
async function selectNode(page: Page, doc: string, words: string): Promise<string> {
  const node = await page.evaluate(
    ([doc, words]) => {
      const { graph, sourceById } = window.__explorers![0].store.getState().loaded!;
      const text = sourceById.get(doc)!.text;
      const at = text.indexOf(words);
      return graph.nodes().find((n) => graph.getNodeAttribute(n, "mentions").some((m) => m.doc === doc && m.start === at && m.end === at + words.length)) ?? null;
    },
    [doc, words],
  );
  if (!node) throw new Error(`no node holds 「${words}」 in ${doc}`);
  await page.evaluate(([n, d]) => {
    const s = window.__explorers![0].store.getState();
    s.select(n);
    s.showDoc(d);
  }, [node, doc]);
  await panel(page).waitFor();
  return node;
}

/** Selects words in the article pane as a person drags over them. */
async function selectWords(page: Page, words: string) {
  await page.evaluate((words) => {
    const container = document.querySelector(".article-text")!;
    const at = container.textContent!.indexOf(words);
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let offset = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.textContent!.length;
      if (offset <= at && at < offset + len) range.setStart(n, at - offset);
      if (offset < at + words.length && at + words.length <= offset + len) range.setEnd(n, at + words.length - offset);
      offset += len;
    }
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, words);
}

async function downloadCorrections(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), log(page).getByRole("link", { name: "Download corrections.json" }).click()]);
  return readFileSync((await download.path())!, "utf8");
}

const state = (page: Page) =>
  page.evaluate(() => {
    const { graph } = window.__explorers![0].store.getState().loaded!;
    return {
      nodes: graph.nodes().map((n) => ({ key: n, ...graph.getNodeAttributes(n) })),
      edges: graph.edges().map((e) => ({ source: graph.getNodeAttribute(graph.source(e), "label"), target: graph.getNodeAttribute(graph.target(e), "label"), ...graph.getEdgeAttributes(e) })),
      candidates: (graph.getAttribute("candidates") as unknown[] | undefined) ?? [],
      records: (graph.getAttribute("corrections") as { entry: { id: string; op: string }; status: string; reason?: string }[] | undefined) ?? [],
    };
  });
type State = Awaited<ReturnType<typeof state>>;
const byLabel = (s: State, label: string) => s.nodes.filter((n) => n.label === label);

describe("corrections in the explorer", () => {
  it("rejects a candidate pair and deletes a node, and undoes both", async () => {
    const page = await open("corrections-0.json");
    const before = await state(page);
    expect(before.candidates).toHaveLength(1);
    await selectNode(page, "a", "张明");
    await panel(page).getByRole("button", { name: "Different person" }).click();
    await selectNode(page, "a", "出现发热怎么办局");
    await panel(page).getByRole("button", { name: "Delete: not an entity" }).click();
    let now = await state(page);
    expect(now.candidates).toHaveLength(0);
    expect(byLabel(now, "出现发热怎么办局")).toHaveLength(0);
    expect(await log(page).textContent()).toContain("c2 delete-node");

    // The words selected in the article suggest the relation and the other end, and can become the label.
    await selectNode(page, "a", "张明");
    await selectWords(page, "张明主持召开疫情防控工作会议");
    await expect.poll(() => panel(page).getByRole("combobox", { name: "Add relation", exact: true }).inputValue()).toBe("chaired");
    const other = panel(page).getByRole("combobox", { name: "Other node (in the article shown)" });
    expect(await other.locator("option:checked").textContent()).toBe("疫情防控工作会议");
    expect(await panel(page).getByRole("combobox", { name: "Direction" }).inputValue()).toBe("out");
    await selectNode(page, "b", "市卫健委");
    await selectWords(page, "市卫健委主任");
    await panel(page).getByRole("button", { name: "Use the words selected in the article" }).click();
    now = await state(page);
    expect(byLabel(now, "市卫健委主任")).toHaveLength(1);
    await log(page).getByRole("button", { name: "Undo" }).last().click();
    now = await state(page);
    expect(byLabel(now, "市卫健委主任")).toHaveLength(0);
    expect(byLabel(now, "市卫健委")).toHaveLength(1);

    await log(page).getByRole("button", { name: "Undo" }).last().click();
    now = await state(page);
    expect(byLabel(now, "出现发热怎么办局")).toHaveLength(1);
    expect(now.candidates).toHaveLength(0);
    await log(page).getByRole("button", { name: "Undo" }).click();
    now = await state(page);
    expect(now.candidates).toEqual(before.candidates);
    expect(now.records).toEqual([]);
    expect(now.nodes.length).toBe(before.nodes.length);
    expect(pageErrors(page)).toEqual([]);
  });

  it("makes each operation, and after a rebuild with the downloaded file every fix is still there", async () => {
    const page = await open("corrections-0.json");
    const p = panel(page);
    // Merge: the namesake in article b is the same person (accepting the candidate pair).
    await selectNode(page, "a", "张明");
    await p.getByRole("button", { name: "Same person" }).click();
    // Rename: the merged node takes the other written form as its label.
    await selectNode(page, "a", "张明");
    await p.getByLabel("Label", { exact: true }).selectOption("張明");
    await p.getByRole("button", { name: "Use as label" }).click();
    // Split: the body's mentions in article c go to a node of their own.
    await selectNode(page, "c", "省教育厅");
    await p.getByRole("combobox", { name: "Article" }).selectOption("c");
    await p.getByRole("button", { name: "Split this article's mentions off" }).click();
    // Change type, fix a date, delete a node that is not an entity.
    await selectNode(page, "b", "市人民醫院");
    await p.getByLabel("Type", { exact: true }).selectOption("school");
    await p.getByRole("button", { name: "Change type" }).click();
    await selectNode(page, "a", "疫情防控工作会议");
    await p.getByLabel("Date", { exact: true }).fill("2020-01-20");
    await p.getByRole("button", { name: "Set date" }).click();
    await selectNode(page, "a", "出现发热怎么办局");
    await p.getByRole("button", { name: "Delete: not an entity" }).click();
    // Delete a wrong relation, fix a relation's date.
    await selectNode(page, "b", "市人民醫院");
    await p.getByRole("combobox", { name: "Relation", exact: true }).selectOption({ index: 0 });
    await p.getByRole("button", { name: "Delete relation" }).click();
    await selectNode(page, "a", "张明");
    const chaired = await p.getByRole("combobox", { name: "Relation", exact: true }).locator("option", { hasText: "chaired" }).first().getAttribute("value");
    await p.getByRole("combobox", { name: "Relation", exact: true }).selectOption(chaired!);
    await p.getByRole("textbox", { name: "Set relation date" }).fill("2020-01-19");
    await p.getByRole("button", { name: "Set relation date" }).click();
    // Add a missing relation: the body in article a organised the meeting, in the words selected.
    await selectNode(page, "a", "省教育厅");
    await p.getByRole("combobox", { name: "Add relation", exact: true }).selectOption("organized");
    await p.getByRole("combobox", { name: "Other node (in the article shown)" }).selectOption({ label: "疫情防控工作会议" });
    await selectWords(page, "省教育厅厅长张明主持召开疫情防控工作会议");
    await p.getByRole("button", { name: "Add with the words selected in the article" }).click();

    const onScreen = await state(page);
    expect(onScreen.records.map((r) => `${r.entry.id} ${r.entry.op} ${r.status}`)).toEqual([
      "c1 merge applied",
      "c2 rename applied",
      "c3 split applied",
      "c4 retype applied",
      "c5 set-node-date applied",
      "c6 delete-node applied",
      "c7 delete-edge applied",
      "c8 set-edge-date applied",
      "c9 add-edge applied",
    ]);
    // The added relation is marked with its entry among the node's relations; the split node names its entry.
    expect(await p.getByRole("combobox", { name: "Relation", exact: true }).textContent()).toContain("✎ c9");
    expect(await page.locator(".corrected-note").textContent()).toContain("c3 (split)");
    await screenshot(page, "40-corrections-made");

    const file = await downloadCorrections(page);
    writeFileSync(join(work, "graph-data/corrections.json"), file);
    expect(build("corrections-1.json")).toEqual([]);
    const rebuilt = await open("corrections-1.json");
    const s = await state(rebuilt);
    expect(s.records.map((r) => r.status)).toEqual(Array(9).fill("applied"));
    const person = byLabel(s, "張明");
    expect(person).toHaveLength(1);
    expect(person[0].aliases).toContain("张明");
    expect((person[0] as { corrected?: unknown }).corrected).toEqual(["c1", "c2"]);
    expect(s.candidates).toEqual([]);
    expect(byLabel(s, "省教育厅").map((n) => new Set(n.mentions.map((m) => m.doc)))).toEqual([new Set(["a"]), new Set(["c"])]);
    expect(byLabel(s, "市人民醫院")[0].type).toBe("school");
    expect(byLabel(s, "疫情防控工作会议")[0].date).toBe("2020-01-20");
    expect(byLabel(s, "出现发热怎么办局")).toEqual([]);
    expect(s.edges.filter((e) => e.target === "市人民醫院")).toEqual([]);
    expect(s.edges.find((e) => e.source === "張明" && e.relation === "chaired" && e.target === "疫情防控工作会议")?.date).toBe("2020-01-19");
    const added = s.edges.find((e) => e.source === "省教育厅" && e.relation === "organized");
    expect((added as { corrected?: unknown } | undefined)?.corrected).toEqual(["c9"]);
    expect(added?.evidence).toEqual([{ doc: "a", start: A.indexOf("省教育厅厅长"), end: A.indexOf("会议。") + 2 }]);
    // The details panel marks a corrected node with the entry and what it overrides.
    await selectNode(rebuilt, "b", "市人民醫院");
    expect(await rebuilt.locator(".corrected-note").textContent()).toContain("c4 (retype, was hospital)");
    expect(pageErrors(page)).toEqual([]);
    expect(pageErrors(rebuilt)).toEqual([]);

    // The article under the merge is edited: the build says the correction is stale and keeps the rest.
    article("b.txt", B.replace("張明", "李華"));
    const report = build("corrections-2.json");
    expect(report).toContainEqual(expect.stringMatching(/^stale: .*correction c1 \(merge\): stale: the article b changed and the words 「張明」 are no longer in it/));
    const stale = await open("corrections-2.json");
    const logText = await log(stale).textContent();
    expect(logText).toMatch(/c1 merge .*stale: the article b changed/);
    expect((await state(stale)).records.filter((r) => r.status === "applied").length).toBeGreaterThan(0);
    await screenshot(stale, "41-corrections-stale");
    // Dropping the file back on the page leaves it as it is: nothing new to apply.
    article("b.txt", B);
  }, 240_000);
});
