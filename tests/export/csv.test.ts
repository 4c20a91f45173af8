import { strToU8, unzipSync } from "fflate";
import Graph from "graphology";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { ARTICLE_COLUMNS, csvCell, EDGE_COLUMNS, EVIDENCE_COLUMNS, NODE_COLUMNS, writeCsv, zipCsv } from "../../src/export/csv";
import type { KnowledgeGraph } from "../../src/graph/build";
import { GRAPH_OPTIONS } from "../../src/graph/contract";
import { AWKWARD_DOC, testGraph, withExtras, type EdgeView, type NodeView, type QuotedSpanView } from "./fixture";
import { python } from "./readers";
import { expectCarried, seedNeighbourhood } from "./roundtrip";

function rows(table: string): Record<string, string>[] {
  expect(table.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(table.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const split = (cell: string) => (cell === "" ? [] : cell.split("|"));

describe("writeCsv", { timeout: 60_000 }, () => {
  it("round-trips the seed's neighbourhood through papaparse, evidence joined from evidence.csv", () => {
    const sub = seedNeighbourhood();
    const tables = writeCsv(sub);
    const spans = new Map<string, QuotedSpanView[]>();
    for (const r of rows(tables.evidence)) {
      const key = `${r.kind}\u0000${r.id}`;
      spans.set(key, [...(spans.get(key) ?? []), { doc: r.doc, start: Number(r.start), end: Number(r.end), text: r.text }]);
    }
    const nodeViews = new Map<string, NodeView>(
      rows(tables.nodes).map((r) => {
        expect(Number(r.mentions)).toBe(spans.get(`mention\u0000${r.id}`)?.length ?? 0);
        return [r.id, { label: r.label, type: r.type, aliases: split(r.aliases), titles: r.titles ? split(r.titles) : undefined, date: r.date || undefined }];
      }),
    );
    const edgeViews = new Map<string, EdgeView>(
      rows(tables.edges).map((r) => {
        const evidence = spans.get(`evidence\u0000${r.id}`) ?? [];
        expect(r.evidence_text).toBe(evidence.map((s) => s.text).join("\n"));
        return [r.id, { source: r.source, target: r.target, relation: r.relation, date: r.date || undefined, title: r.title || undefined, inferred: r.inferred === "true", evidence }];
      }),
    );
    expectCarried(sub, nodeViews, edgeViews);
    for (const r of rows(tables.edges)) {
      expect(r.source_label).toBe(sub.getNodeAttribute(r.source, "label"));
      expect(r.target_label).toBe(sub.getNodeAttribute(r.target, "label"));
      expect([r.kind, r.label, r.weight, r.type]).toEqual([r.relation, r.relation, "1", "Directed"]);
    }
    const articles = rows(tables.articles);
    expect(articles.map((a) => a.id)).toEqual(sub.getAttribute("sources").map((s) => s.id));
    expect(articles.find((a) => a.id === AWKWARD_DOC)).toMatchObject({ title: '試驗 & "引號" <文章>', date: "2020-01-22" });
  });

  it("the same header every time, also with no rows; no backslash escapes anywhere", () => {
    const empty: KnowledgeGraph = new Graph({ ...GRAPH_OPTIONS });
    empty.replaceAttributes({ sources: [], builtWith: "t" });
    const none = writeCsv(empty);
    expect(none.nodes).toBe(`\uFEFF${NODE_COLUMNS.join(",")}\r\n`);
    expect(none.edges).toBe(`\uFEFF${EDGE_COLUMNS.join(",")}\r\n`);
    expect(none.articles).toBe(`\uFEFF${ARTICLE_COLUMNS.join(",")}\r\n`);
    expect(none.evidence).toBe(`\uFEFF${EVIDENCE_COLUMNS.join(",")}\r\n`);
    // With rows the fixed columns come first, the same; attributes other parts add follow them.
    const some = writeCsv(seedNeighbourhood());
    for (const name of ["nodes", "edges", "articles", "evidence"] as const) {
      const header = some[name].split("\r\n")[0];
      expect(`${header},`.startsWith(`${none[name].split("\r\n")[0]},`)).toBe(true);
      expect(some[name]).not.toContain("\\");
    }
    expect(some.evidence.split("\r\n")[0]).toBe(none.evidence.split("\r\n")[0]);
  });

  it("pandas (Debian) reads every table, the empty ones included, and joins evidence to articles", () => {
    const tables = writeCsv(seedNeighbourhood());
    const empty: KnowledgeGraph = new Graph({ ...GRAPH_OPTIONS });
    empty.replaceAttributes({ sources: [], builtWith: "t" });
    const none = writeCsv(empty);
    const result = python<{ shapes: Record<string, [number, number]>; empty: Record<string, string[]>; joined: number; titles: string[] }>(
      `
import json, pandas as pd
read = lambda f: pd.read_csv(f, encoding="utf-8-sig", keep_default_na=False, dtype=str)
shapes = {n: list(read(n + ".csv").shape) for n in ["nodes", "edges", "articles", "evidence"]}
empty = {n: list(read("empty-" + n + ".csv").columns) for n in ["nodes", "edges", "articles", "evidence"]}
ev = read("evidence.csv").merge(read("articles.csv"), left_on="doc", right_on="id", suffixes=("", "_article"))
print(json.dumps({"shapes": shapes, "empty": empty, "joined": len(ev), "titles": sorted(set(ev["title"]))}))
`,
      {
        ...Object.fromEntries(Object.entries(tables).map(([k, v]) => [`${k}.csv`, v])),
        ...Object.fromEntries(Object.entries(none).map(([k, v]) => [`empty-${k}.csv`, v])),
      },
      ["pandas"],
    );
    const sub = seedNeighbourhood();
    const spanCount = sub.reduceNodes((n, _k, a) => n + a.mentions.length, 0) + sub.reduceEdges((n, _k, a) => n + a.evidence.length, 0);
    expect(result.shapes.nodes[0]).toBe(sub.order);
    expect(result.shapes.edges[0]).toBe(sub.size);
    expect(result.shapes.articles[0]).toBe(sub.getAttribute("sources").length);
    expect(result.shapes.evidence).toEqual([spanCount, EVIDENCE_COLUMNS.length]);
    expect(result.empty).toEqual({ nodes: [...NODE_COLUMNS], edges: [...EDGE_COLUMNS], articles: [...ARTICLE_COLUMNS], evidence: [...EVIDENCE_COLUMNS] });
    expect(result.joined).toBe(spanCount); // every span's article is in articles.csv
    expect(result.titles).toEqual([...new Set(sub.getAttribute("sources").map((s) => s.title))].sort());
  });

  it("Python's csv module reads the quoted label with its comma, quotes and line break", () => {
    const { nodes } = writeCsv(testGraph());
    const labels = python<string[]>(
      `
import csv, json
with open("nodes.csv", newline="", encoding="utf-8-sig") as f:
    print(json.dumps([r["label"] for r in csv.DictReader(f)], ensure_ascii=False))
`,
      { "nodes.csv": nodes },
    );
    expect(labels).toEqual(testGraph().mapNodes((_n, a) => a.label));
  });

  it("writes RFC 4180: header first, CRLF between records, quotes doubled, BOM once", () => {
    const { nodes } = writeCsv(seedNeighbourhood());
    expect(nodes.endsWith("\r\n")).toBe(true);
    expect(nodes.indexOf("\uFEFF", 1)).toBe(-1);
    // Outside quoted fields every line break is CRLF.
    const outside = nodes.replace(/"(?:[^"]|"")*"/g, "");
    expect(outside).not.toMatch(/[^\r]\n/);
    expect(nodes).toContain('"""A&B<研究院>"",乙\n𠮷野家𡃁仔中心"');
  });

  it("unknown attributes become extra columns after the fixed ones", () => {
    const tables = writeCsv(withExtras(seedNeighbourhood()));
    const header = (table: string) => table.split("\r\n")[0].slice(1).split(",");
    expect(header(tables.nodes).slice(0, NODE_COLUMNS.length)).toEqual([...NODE_COLUMNS]);
    expect(header(tables.nodes).slice(NODE_COLUMNS.length)).toEqual(expect.arrayContaining(["identity", "region"]));
    expect(header(tables.edges)).toEqual([...EDGE_COLUMNS, "score"]);
    expect(header(tables.articles)).toEqual([...ARTICLE_COLUMNS, "region"]);
    expect(JSON.parse(rows(tables.articles)[0].region)).toEqual({ code: "410000", names: ["河南省"], by: "text" });
    const first = rows(tables.nodes)[0];
    expect(first.region).toBe("河南省");
    expect(JSON.parse(first.identity)).toEqual({ id: 7, source: "名單" });
  });

  it("quotes only what needs it and guards cells a spreadsheet would run as formulas", () => {
    expect(csvCell("plain 文字")).toBe("plain 文字");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("line\r\nbreak")).toBe('"line\r\nbreak"');
    expect(csvCell("=HYPERLINK(\"x\")")).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(-12.5)).toBe("-12.5");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(undefined)).toBe("");
  });

  it("zips the four tables with the same bytes every time", () => {
    const tables = writeCsv(seedNeighbourhood());
    const zip = zipCsv(tables, "neighbourhood");
    expect(zipCsv(writeCsv(seedNeighbourhood()), "neighbourhood")).toEqual(zip);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(["neighbourhood.articles.csv", "neighbourhood.edges.csv", "neighbourhood.evidence.csv", "neighbourhood.nodes.csv"]);
    expect(files["neighbourhood.nodes.csv"]).toEqual(strToU8(tables.nodes));
    expect(files["neighbourhood.evidence.csv"]).toEqual(strToU8(tables.evidence));
    expect([...files["neighbourhood.nodes.csv"].subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
  });
});
