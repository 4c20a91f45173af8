// The measurement behind the README's table: the ten worst errors of a
// 19-article graph (the per-article scorer's output on graph-data/articles,
// tests/fixtures/dev, tests/fixtures/holdout/a and four of holdout/b), each
// fixed in the explorer with every action counted (selecting a node, one
// choice in a list, one drag over words, one click), and each fix checked on
// the graph. No fix may take more than three actions.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openExplorer, pageErrors } from "./browser";
import { SITE_DIR } from "./global-setup";

const ROOT = resolve(import.meta.dirname, "../..");
const FIXTURES = join(ROOT, "tests/fixtures");
let browser: Browser;
let page: Page;
let actions = 0;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "corrections-ten-"));
  const take = (from: string, count = Infinity) =>
    readdirSync(from)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .slice(0, count)
      .forEach((f) => copyFileSync(join(from, f), join(dir, f)));
  take(join(ROOT, "graph-data/articles"));
  take(join(FIXTURES, "dev/articles"));
  take(join(FIXTURES, "holdout/a/articles"));
  take(join(FIXTURES, "holdout/b/articles"), 4);
  expect(readdirSync(dir)).toHaveLength(19);
  mkdirSync(join(SITE_DIR, "fixtures"), { recursive: true });
  const r = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "scripts/build-graph.ts"), "-q", "--no-corrections", "-i", dir, "-o", join(SITE_DIR, "fixtures/ten.json")], { encoding: "utf8" });
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(r.stderr);
  browser = await launchBrowser();
  page = await openExplorer(browser, inject("baseUrl"), "?graph=fixtures/ten.json", { locale: "en-US" });
}, 180_000);
afterAll(async () => browser?.close());

const panel = () => page.getByRole("region", { name: "Correct", exact: true });

/** The key of the node with this label (and, when given, the relation to it from a node labelled `from`, or a mention in article `doc`). */
function keyOf(label: string, where: { from?: { label: string; relation: string }; doc?: string } = {}): Promise<string> {
  return page.evaluate(
    ([label, { from, doc }]) => {
      const { graph } = window.__explorers![0].store.getState().loaded!;
      const found = graph.nodes().find(
        (n) =>
          graph.getNodeAttribute(n, "label") === label &&
          (!doc || graph.getNodeAttribute(n, "mentions").some((m) => m.doc === doc)) &&
          (!from || graph.inEdges(n).some((e) => graph.getEdgeAttribute(e, "relation") === from.relation && graph.getNodeAttribute(graph.source(e), "label") === from.label)),
      );
      if (!found) throw new Error(`no node ${label}`);
      return found;
    },
    [label, where] as const,
  );
}

// The actions a person takes, each counted.
async function select(node: string) {
  actions++;
  await page.evaluate((n) => window.__explorers![0].store.getState().select(n), node);
  await panel().waitFor();
}
async function choose(list: Locator, value: string) {
  actions++;
  await list.selectOption(value);
}
async function click(button: Locator) {
  actions++;
  await button.click();
}
async function drag(words: string) {
  actions++;
  await page.evaluate((words) => {
    const container = document.querySelector(".article-text")!;
    const at = container.textContent!.indexOf(words);
    if (at < 0) throw new Error(`「${words}」 is not in the article shown`);
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

const nodesLabelled = (label: string) =>
  page.evaluate((label) => {
    const { graph } = window.__explorers![0].store.getState().loaded!;
    return graph.nodes().filter((n) => graph.getNodeAttribute(n, "label") === label);
  }, label);
const hasEdge = (source: string, relation: string, target: string) =>
  page.evaluate(
    ([s, r, t]) => {
      const { graph } = window.__explorers![0].store.getState().loaded!;
      return graph.edges().some((e) => graph.getEdgeAttribute(e, "relation") === r && graph.getNodeAttribute(graph.source(e), "label") === s && graph.getNodeAttribute(graph.target(e), "label") === t);
    },
    [source, relation, target] as const,
  );

const counts: [string, number][] = [];
async function fix(name: string, steps: () => Promise<void>) {
  actions = 0;
  await steps();
  counts.push([name, actions]);
  expect(actions, name).toBeLessThanOrEqual(3);
}

describe("the ten worst errors of a 19-article graph", () => {
  it("are each fixed in three actions or fewer", async () => {
    const p = panel();
    const sameAs = () => p.getByRole("combobox", { name: "Same as" });

    // 1, 2: the two campus meetings, written 北校區座談會 / 南校區座談會, apart from the 座談會 each campus head chaired.
    for (const [campus, head] of [["北校區座談會", "邵明軒"], ["南校區座談會", "鄭懷遠"]]) {
      await fix(`merge ${campus}`, async () => {
        await select(await keyOf("安全穩定工作座談會", { from: { label: head, relation: "chaired" } }));
        await choose(sameAs(), await keyOf(campus));
        await click(p.getByRole("button", { name: "Merge into this node" }));
      });
      expect(await nodesLabelled(campus)).toEqual([]);
    }
    // 3-7: not entities, or not in the gold: deleted.
    for (const label of ["非政府", "二級學院", "防火講座", "南昌", "江西省"]) {
      await fix(`delete ${label}`, async () => {
        await select(await keyOf(label));
        await click(p.getByRole("button", { name: "Delete: not an entity" }));
      });
      expect(await nodesLabelled(label)).toEqual([]);
    }
    // 8: a team's name cut short: the full name selected in the article becomes the label.
    await fix("rename 湖北医疗队", async () => {
      await select(await keyOf("湖北医疗队"));
      await drag("江西省第一批支援湖北医疗队");
      await click(p.getByRole("button", { name: "Use the words selected in the article" }));
    });
    expect(await nodesLabelled("江西省第一批支援湖北医疗队")).toHaveLength(1);
    // 9: a missing relation, from the words that state it (the verb suggests the relation, the last name the other end).
    await fix("add 衞生防護中心 organized 聯絡會議", async () => {
      await select(await keyOf("衞生防護中心", { doc: "hk-fhb-kuabumen-2021" }));
      await drag("衞生防護中心昨日(三月四日)已與醫院管理局(醫管局)召開聯絡會議");
      await click(p.getByRole("button", { name: "Add with the words selected in the article" }));
    });
    expect(await hasEdge("衞生防護中心", "organized", "聯絡會議")).toBe(true);
    // 10: one body, Hong Kong's Centre for Health Protection, on a node per article: the 2020 one joins the 2021 one.
    const chp2020 = await keyOf("衞生防護中心", { doc: "hk-fhb-presscon-2020" });
    await fix("merge 衞生防護中心 (2020) into 衞生防護中心 (2021)", async () => {
      await select(await keyOf("衞生防護中心", { doc: "hk-fhb-kuabumen-2021" }));
      await choose(sameAs(), chp2020);
      await click(p.getByRole("button", { name: "Merge into this node" }));
    });
    expect((await nodesLabelled("衞生防護中心")).length).toBe(2);
    expect(await nodesLabelled("衞生防護中心")).not.toContain(chp2020);

    console.log(`actions per fix: ${counts.map(([n, c]) => `${n}: ${c}`).join("; ")}`);
    expect(counts).toHaveLength(10);
    expect(pageErrors(page)).toEqual([]);
  }, 180_000);
});
