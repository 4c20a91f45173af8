import Graph from "graphology";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { SourceDoc } from "../../../src/graph/contract";
import { learnFold, type CharFold } from "../../../src/app/search/normalize";
import { EDGE_COLUMNS, edgeRows, filterRows, nodeRows, sortRows } from "../../../src/app/table/rows";
import { rowsCsv } from "../../../src/app/table/rows-csv";

// One Traditional article, one Simplified: an agency issues two notices, a
// person chairs a generic meeting the agency organised.
const trad = "1月22日，河南省教育廳印發《關於延期開學的通知》。1月25日，鄭邦山主持召開會議。";
const simp = "2月3日，湖南省卫健委印发《关于加强防控的通知》。";
const sources = new Map<string, SourceDoc>([
  ["t", { id: "t", title: "教育廳全力防控", chars: trad.length, sha256: "", text: trad }],
  ["s", { id: "s", title: "卫健委部署防控", chars: simp.length, sha256: "", text: simp }],
]);
const span = (doc: "t" | "s", words: string) => {
  const text = doc === "t" ? trad : simp;
  const start = text.indexOf(words);
  return { doc, start, end: start + words.length };
};

function graph() {
  const g = new Graph({ multi: true });
  const keys = (hans: string, hant: string) => ({ hans: [hans], hant: [hant] });
  g.addNode("a1", { label: "河南省教育廳", type: "agency", mentions: [span("t", "河南省教育廳")], search: keys("河南省教育厅", "河南省教育廳") });
  g.addNode("a2", { label: "湖南省卫健委", type: "agency", mentions: [span("s", "湖南省卫健委")], search: keys("湖南省卫健委", "湖南省衛健委") });
  g.addNode("n1", { label: "關於延期開學的通知", type: "notice", date: "2020-01-22", mentions: [span("t", "關於延期開學的通知")], search: keys("关于延期开学的通知", "關於延期開學的通知") });
  g.addNode("n2", { label: "关于加强防控的通知", type: "notice", date: "2020-02-03", mentions: [span("s", "关于加强防控的通知")], search: keys("关于加强防控的通知", "關於加強防控的通知") });
  g.addNode("p", { label: "鄭邦山", type: "official", mentions: [span("t", "鄭邦山")], search: keys("郑邦山", "鄭邦山") });
  g.addNode("m", { label: "會議", type: "meeting", date: "2020-01-25", mentions: [span("t", "會議")], search: keys("会议", "會議") });
  g.addEdgeWithKey("e1", "a1", "n1", { relation: "issued", date: "2020-01-22", evidence: [span("t", "河南省教育廳印發《關於延期開學的通知》")] });
  g.addEdgeWithKey("e2", "a2", "n2", { relation: "issued", date: "2020-02-03", evidence: [span("s", "湖南省卫健委印发《关于加强防控的通知》")] });
  g.addEdgeWithKey("e3", "p", "m", { relation: "chaired", date: "2020-01-25", evidence: [span("t", "鄭邦山主持召開會議")] });
  g.addEdgeWithKey("e4", "a1", "m", { relation: "organized", evidence: [] });
  return g;
}

function foldOf(g: Graph): CharFold {
  const fold: CharFold = new Map();
  g.forEachNode((_n, a) => learnFold(fold, (a.search as { hant: string[] }).hant[0], (a.search as { hans: string[] }).hans[0]));
  return fold;
}

describe("table rows", () => {
  const g = graph();
  const o = { script: "source" as const, lang: "zh" as const, sources };

  it("gives each edge its ends, relation, date, article and evidence", () => {
    const rows = edgeRows(g, g.edges(), o);
    expect(rows[0]).toMatchObject({
      key: "e1",
      node: "a1",
      relation: "issued",
      cells: { source: "河南省教育廳", relation: "印發", target: "關於延期開學的通知", date: "2020-01-22", article: "教育廳全力防控", evidence: "河南省教育廳印發《關於延期開學的通知》" },
    });
    // A generic meeting is named by its date and organiser, as on the map.
    expect(rows[2].cells.target).toBe("會議 · 2020-01-25 · 河南省教育廳");
    // No evidence: empty cells, not a crash.
    expect(rows[3].cells).toMatchObject({ article: "", evidence: "" });
  });

  it("follows the script switch for names and, through the converter, for article words", () => {
    const rows = edgeRows(g, ["e1"], { ...o, script: "hans", lang: "en", convert: (t) => t.replace(/廳/g, "厅").replace(/發/g, "发") });
    expect(rows[0].cells).toMatchObject({ source: "河南省教育厅", relation: "issued", evidence: "河南省教育厅印发《關於延期開學的通知》" });
  });

  it("'who issued what': the relation filter keeps the issued rows only", () => {
    const issued = filterRows(edgeRows(g, g.edges(), o), { text: {}, relation: "issued" });
    expect(issued.map((r) => r.key)).toEqual(["e1", "e2"]);
  });

  it("filters a column by text in either script, and not where the text is absent", () => {
    const rows = edgeRows(g, g.edges(), o);
    const fold = foldOf(g);
    // Simplified query, Traditional cell; Traditional query, Simplified cell.
    expect(filterRows(rows, { text: { source: "教育厅" } }, fold).map((r) => r.key)).toEqual(["e1", "e4"]);
    expect(filterRows(rows, { text: { source: "鄭" } }, fold).map((r) => r.key)).toEqual(["e3"]);
    expect(filterRows(rows, { text: { target: "關於加強" } }, fold).map((r) => r.key)).toEqual(["e2"]);
    expect(filterRows(rows, { text: { target: "关于加强" } }, fold).map((r) => r.key)).toEqual(["e2"]);
    expect(filterRows(rows, { text: { target: "關於復課" } }, fold)).toEqual([]);
    // A column filter looks at its column only.
    expect(filterRows(rows, { text: { date: "教育" } }, fold)).toEqual([]);
  });

  it("sorts by a column either way, empty cells last, ties in their order", () => {
    const rows = edgeRows(g, g.edges(), o);
    expect(sortRows(rows, "date", "asc").map((r) => r.key)).toEqual(["e1", "e3", "e2", "e4"]);
    expect(sortRows(rows, "date", "desc").map((r) => r.key)).toEqual(["e2", "e3", "e1", "e4"]);
    expect(sortRows(rows, "relation", "asc").map((r) => r.cells.relation)).toEqual(["主持", "印發", "印發", "組織"].sort());
  });

  it("lists nodes with type, date and article, filtered by type", () => {
    const rows = nodeRows(g, g.nodes(), o);
    expect(rows.find((r) => r.key === "n2")!.cells).toEqual({ name: "关于加强防控的通知", type: "文件", date: "2020-02-03", article: "卫健委部署防控" });
    expect(filterRows(rows, { text: {}, type: "notice" }).map((r) => r.key)).toEqual(["n1", "n2"]);
  });
});

describe("CSV of the rows", () => {
  it("reads back with papaparse as the same header and cells, formulas guarded", () => {
    const g = graph();
    g.updateNodeAttribute("p", "label", () => "=HYPERLINK(\"x\")");
    const rows = edgeRows(g, g.edges(), { script: "source", lang: "en", sources });
    const header = ["Source", "Relation", "Target", "Date", "Article", "Evidence"];
    const csv = rowsCsv(EDGE_COLUMNS, header, rows);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(header);
    expect(parsed.data).toHaveLength(rows.length + 1);
    expect(parsed.data[1]).toEqual(EDGE_COLUMNS.map((c) => rows[0].cells[c]));
    expect(parsed.data[3][0]).toBe("'=HYPERLINK(\"x\")");
  });

  it("writes the header with no rows", () => {
    const parsed = Papa.parse<string[]>(rowsCsv(EDGE_COLUMNS, [...EDGE_COLUMNS], []).slice(1), { skipEmptyLines: true });
    expect(parsed.data).toEqual([[...EDGE_COLUMNS]]);
  });
});
