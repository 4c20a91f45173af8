import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index";
import { prepareArticle } from "../../src/extract/prepare";
import type { Extraction } from "../../src/extract/types";
import { buildGraph, type KnowledgeGraph } from "../../src/graph/build";
import { GRAPH_OPTIONS } from "../../src/graph/contract";
import { mergeExtractions } from "../../src/graph/merge";

const root = join(import.meta.dirname, "../..");
const ARTICLE_FILES = [
  join(root, "graph-data/articles/henan-education-2020.txt"),
  ...readdirSync(join(root, "tests/fixtures/dev/articles"))
    .sort()
    .map((f) => join(root, "tests/fixtures/dev/articles", f)),
];

/** Every field but the positions, which a merge leaves to the caller. */
function withoutPositions(graph: KnowledgeGraph) {
  const data = graph.export();
  return { ...data, nodes: data.nodes.map(({ key, attributes }) => ({ key, attributes: { ...attributes, x: undefined, y: undefined } })) };
}

// Articles of one province (as their front matter would say): what lets one name be one person.
const HENAN = { code: "410000", names: ["河南省"], by: "front-matter" as const };
const doc = (id: string, text: string) => ({ id, title: id, chars: text.length, sha256: "", text, region: HENAN });

let articles: Extraction[];

beforeAll(async () => {
  // The real extractor on real articles: their matchKeys are what a browser merge meets.
  articles = [];
  for (const file of ARTICLE_FILES) {
    const id = file.replace(/^.*\//, "").replace(/\.txt$/, "");
    const prepared = await prepareArticle(readFileSync(file), { id, format: "text", defaultYear: 2020 });
    if (!prepared.ok) throw new Error(`${file}: ${prepared.reason}`);
    articles.push(extractDocument(prepared.article.doc, { year: prepared.article.year ?? 2020 }));
  }
});

describe("mergeExtractions", () => {
  it("merging articles into the graph of others gives the graph built from all of them (positions aside)", () => {
    for (const split of [1, 3, articles.length - 1]) {
      const built = buildGraph(articles, { builtWith: "test" });
      const graph = buildGraph(articles.slice(0, split), { builtWith: "test" });
      const before = new Set(graph.nodes());
      const result = mergeExtractions(graph, articles.slice(split));
      expect(withoutPositions(graph)).toEqual(withoutPositions(built));
      expect(result.addedNodes).toEqual(built.nodes().filter((n) => !before.has(n)));
      // Not a trivial case: some later article names a node an earlier one made.
      const laterDocs = new Set(articles.slice(split).map((x) => x.doc.id));
      const reused = [...before].filter((n) => graph.getNodeAttribute(n, "mentions").some((m) => laterDocs.has(m.doc)));
      expect(reused.length, `split ${split}`).toBeGreaterThan(0);
    }
  });

  it("keeps the positions of the nodes already there and puts new ones at the origin for the caller to place", () => {
    const graph = buildGraph(articles.slice(0, 2), { builtWith: "test" });
    const positions = new Map(graph.mapNodes((n, a) => [n, [a.x, a.y]] as const));
    const { addedNodes } = mergeExtractions(graph, articles.slice(2, 3));
    expect(addedNodes.length).toBeGreaterThan(0);
    for (const [n, p] of positions) expect([graph.getNodeAttribute(n, "x"), graph.getNodeAttribute(n, "y")]).toEqual(p);
    for (const n of addedNodes) expect([graph.getNodeAttribute(n, "x"), graph.getNodeAttribute(n, "y")]).toEqual([0, 0]);
  });

  it("joins an official written in the other script, appends the alias, post, mention and search keys", () => {
    const a = "鄭邦山廳長出席會議。";
    const b = "郑邦山厅长主持召开疫情防控工作会议。";
    const graph = buildGraph(
      [{ doc: doc("a", a), entities: [{ id: "z", type: "official", label: "鄭邦山", matchKey: "郑邦山", aliases: [], titles: ["廳長"], mentions: [{ start: 0, end: 3 }] }], relations: [] }],
      { builtWith: "test" },
    );
    mergeExtractions(graph, [
      {
        doc: doc("b", b),
        entities: [
          { id: "z", type: "official", label: "郑邦山", matchKey: "郑邦山", aliases: [], titles: ["厅长"], mentions: [{ start: 0, end: 3 }] },
          { id: "m", type: "meeting", label: "疫情防控工作会议", matchKey: "疫情防控工作会议", aliases: [], date: "2020-01-22", mentions: [{ start: 9, end: 17 }] },
        ],
        relations: [{ source: "z", target: "m", relation: "chaired", date: "2020-01-22", evidence: [{ start: 0, end: 17 }] }],
      },
    ]);
    expect(graph.order).toBe(2);
    const z = graph.getNodeAttributes("official:鄭邦山");
    expect(z.aliases).toEqual(["郑邦山"]);
    expect(z.titles).toEqual(["廳長", "厅长"]);
    expect(z.mentions).toEqual([
      { doc: "a", start: 0, end: 3 },
      { doc: "b", start: 0, end: 3 },
    ]);
    expect((z.search as { hans: string[] }).hans).toEqual(["郑邦山", "郑邦山"]);
    expect(graph.getAttribute("sources").map((s) => s.id)).toEqual(["a", "b"]);
    expect(graph.edges("official:鄭邦山", "meeting:2020-01-22:疫情防控工作会议")).toHaveLength(1);
  });

  it("reads the rules back from an imported graph: any node keys, any edge keys", () => {
    const graph: KnowledgeGraph = new Graph({ ...GRAPH_OPTIONS });
    const text = "鄭邦山主持全省教育系統疫情防控工作會議。";
    graph.replaceAttributes({ sources: [doc("old", text)], builtWith: "imported" });
    const node = (label: string, type: "official" | "meeting", extra = {}) => ({ label, type, aliases: [], mentions: [], x: 5, y: 7, size: 3, color: "#000", ...extra });
    graph.addNode("n1", node("鄭邦山", "official", { mentions: [{ doc: "old", start: 0, end: 3 }] }));
    graph.addNode("n2", node("全省教育系統疫情防控工作會議", "meeting", { date: "2020-01-22", mentions: [{ doc: "old", start: 5, end: 19 }] }));
    graph.addNode("n3", node("會議", "meeting", { date: "2020-01-22" }));
    graph.addDirectedEdgeWithKey("e1", "n1", "n2", { relation: "chaired", date: "2020-01-22", evidence: [{ doc: "old", start: 0, end: 19 }] });

    const b = "郑邦山主持全省教育系统疫情防控工作会议。会议";
    const result = mergeExtractions(graph, [
      {
        doc: doc("new", b),
        entities: [
          { id: "z", type: "official", label: "郑邦山", matchKey: "郑邦山", aliases: [], mentions: [{ start: 0, end: 3 }] },
          { id: "m", type: "meeting", label: "全省教育系统疫情防控工作会议", matchKey: "全省教育系统疫情防控工作会议", aliases: [], date: "2020-01-22", mentions: [{ start: 5, end: 19 }] },
          { id: "s", type: "meeting", label: "會議", matchKey: "会议", aliases: [], date: "2020-01-22", mentions: [{ start: 20, end: 22 }] },
        ],
        relations: [
          { source: "z", target: "m", relation: "chaired", date: "2020-01-22", evidence: [{ start: 0, end: 19 }] },
          { source: "z", target: "s", relation: "attended", date: "2020-01-22", evidence: [{ start: 0, end: 22 }], inferred: true },
        ],
      },
    ]);
    // Same official (one province, no other person of the name) and same specific meeting: the existing
    // nodes, their identity derived from the imported graph; a bare "會議" with no organiser is never shared.
    expect(result.addedNodes).toEqual(["meeting:2020-01-22:會議"]);
    expect(graph.getNodeAttribute("n1", "aliases")).toEqual(["郑邦山"]);
    expect(graph.getNodeAttribute("n2", "mentions")).toEqual([
      { doc: "old", start: 5, end: 19 },
      { doc: "new", start: 5, end: 19 },
    ]);
    // The stated edge joins e1 with its evidence; the inferred one is new and marked so.
    expect(graph.getEdgeAttribute("e1", "evidence")).toHaveLength(2);
    expect(result.addedEdges).toEqual(["n1|attended|meeting:2020-01-22:會議|2020-01-22"]);
    expect(graph.getEdgeAttribute(result.addedEdges[0], "inferred")).toBe(true);
    // Existing nodes keep their place; sizes follow the new degrees.
    expect(graph.getNodeAttribute("n1", "x")).toBe(5);
    expect(graph.getNodeAttribute("n1", "size")).toBeGreaterThan(graph.getNodeAttribute("n3", "size"));
  });

  it("numbers a new node whose readable key another node already holds", () => {
    const graph: KnowledgeGraph = new Graph({ ...GRAPH_OPTIONS });
    graph.replaceAttributes({ sources: [], builtWith: "imported" });
    // An imported node that happens to hold the key, with another label.
    graph.addNode("agency:教育局", { label: "市教育局", type: "agency", aliases: [], mentions: [], x: 0, y: 0, size: 1, color: "#000" });
    const { addedNodes } = mergeExtractions(graph, [
      { doc: doc("x", "教育局"), entities: [{ id: "a", type: "agency", label: "教育局", matchKey: "教育局", aliases: [], mentions: [{ start: 0, end: 3 }] }], relations: [] },
    ]);
    expect(addedNodes).toEqual(["agency:教育局#2"]);
  });

  it("refuses an article whose id the graph already has, or a relation to no entity, before changing anything", () => {
    const graph = buildGraph(articles.slice(0, 1), { builtWith: "test" });
    const before = JSON.stringify(graph.export());
    expect(() => mergeExtractions(graph, [articles[1], articles[0]])).toThrow(`already has an article with the id ${articles[0].doc.id}`);
    const broken = { ...articles[2], relations: [...articles[2].relations, { source: "nobody", target: articles[2].entities[0].id, relation: "leads" as const, evidence: [] }] };
    expect(() => mergeExtractions(graph, [articles[1], broken])).toThrow(`relation leads in ${articles[2].doc.id} names an unknown entity`);
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});
