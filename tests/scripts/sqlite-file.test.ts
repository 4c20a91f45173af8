// The analysts' SQLite file, read by Python's sqlite3 module and pandas
// (independent of sql.js, which wrote it).
import { describe, expect, it } from "vitest";
import { graphTables } from "../../src/export/tables";
import { sqliteFile } from "../../scripts/lib/sqlite-file";
import { AWKWARD_DOC, SEED, testGraph, withExtras } from "../export/fixture";
import { python } from "../export/readers";

describe("sqliteFile(graphTables(graph))", { timeout: 60_000 }, () => {
  it("pandas opens each table in one line; counts, keys and joins agree with the graph", async () => {
    const g = testGraph();
    const db = await sqliteFile(graphTables(g));
    const r = python<{
      tables: string[];
      counts: Record<string, number>;
      seed: { label: string; type: string; titles: string[] };
      issued: [string, string][];
      orphans: number;
      quote: string;
      integrity: string;
    }>(
      `
import json, sqlite3, pandas as pd
con = sqlite3.connect("graph.sqlite")
tables = sorted(r[0] for r in con.execute("select name from sqlite_master where type='table'"))
counts = {t: len(pd.read_sql(f'select * from "{t}"', con)) for t in tables}
seed = pd.read_sql("select * from nodes where id = ?", con, params=[${JSON.stringify(SEED)}]).iloc[0]
issued = con.execute("""select s.label, t.label from edges e join nodes s on s.id = e.source join nodes t on t.id = e.target
  where e.relation = 'issued' order by e.id""").fetchall()
orphans = con.execute("select count(*) from evidence v left join articles a on a.id = v.doc where a.id is null").fetchone()[0]
quote = con.execute("""select substr(a.text, v.start + 1, v."end" - v.start) = v.text from evidence v join articles a on a.id = v.doc
  where v.doc = ? limit 1""", [${JSON.stringify(AWKWARD_DOC)}]).fetchone()[0]
print(json.dumps({"tables": tables, "counts": counts, "seed": {"label": seed["label"], "type": seed["type"], "titles": json.loads(seed["titles"])},
  "issued": issued, "orphans": orphans, "quote": str(quote), "integrity": con.execute("pragma integrity_check").fetchone()[0]}))
`,
      { "graph.sqlite": db },
      ["pandas"],
    );
    expect(r.tables).toEqual(["articles", "edges", "evidence", "graph", "nodes"]);
    const spans = g.reduceNodes((n, _k, a) => n + a.mentions.length, 0) + g.reduceEdges((n, _k, a) => n + a.evidence.length, 0);
    expect(r.counts).toEqual({ articles: g.getAttribute("sources").length, edges: g.size, evidence: spans, graph: 1, nodes: g.order });
    expect(r.seed).toEqual({ label: "鄭邦山", type: "official", titles: g.getNodeAttribute(SEED, "titles") });
    const issued = g.filterEdges((_e, a) => a.relation === "issued").sort().map((e) => [g.getNodeAttribute(g.source(e), "label"), g.getNodeAttribute(g.target(e), "label")]);
    expect(r.issued).toEqual(issued);
    expect(r.orphans).toBe(0);
    expect(r.quote).toBe("1"); // SQLite counts code points, offsets are UTF-16 units: equal while no astral character comes before the span
    expect(r.integrity).toBe("ok");
  });

  it("the same graph gives the same bytes; unknown attributes become columns", async () => {
    const a = await sqliteFile(graphTables(testGraph()));
    const b = await sqliteFile(graphTables(testGraph()));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const r = python<{ columns: string[]; region: string; score: number; candidates: string; articleRegion: string }>(
      `
import json, sqlite3
con = sqlite3.connect("x.sqlite")
print(json.dumps({"columns": [c[1] for c in con.execute("pragma table_info(nodes)")],
  "region": con.execute("select region from nodes limit 1").fetchone()[0],
  "score": con.execute("select score from edges limit 1").fetchone()[0],
  "candidates": con.execute("select value from graph where name = 'candidates'").fetchone()[0],
  "articleRegion": con.execute("select region from articles limit 1").fetchone()[0]}))
`,
      { "x.sqlite": await sqliteFile(graphTables(withExtras(testGraph()))) },
    );
    expect(r.columns.slice(0, 11)).toEqual(["id", "label", "type", "original_label", "aliases", "titles", "date", "x", "y", "size", "color"]);
    expect(r.columns.slice(11)).toEqual(expect.arrayContaining(["identity", "region"]));
    expect(r.region).toBe("河南省");
    expect(r.score).toBe(0.5);
    expect(JSON.parse(r.candidates)).toEqual([{ a: "x", b: "y" }]);
    expect(JSON.parse(r.articleRegion)).toEqual({ code: "410000", names: ["河南省"], by: "text" });
  });
});
