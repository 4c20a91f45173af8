// The neo4j-admin CSV set, checked by its format with Python's csv module
// (an independent reader) against what neo4j-admin's documentation asks:
// typed headers, ID spaces, labels, relationship types, arrays. No Neo4j
// runs here: loading the set into a database is not tested.
import { describe, expect, it } from "vitest";
import { NEO4J_ARRAY_DELIMITER, NEO4J_FILES, NEO4J_IMPORT_COMMAND, writeNeo4jImport } from "../../src/export/neo4j-import";
import { expectedViews, testGraph, withExtras } from "./fixture";
import { python } from "./readers";
import { seedNeighbourhood } from "./roundtrip";

type Table = { header: string[]; rows: Record<string, string>[] };

/** Every file through csv.DictReader, as neo4j-admin reads it: comma, double quotes, fields over several lines. */
function readSet(files: Record<string, string>): Record<string, Table> {
  return python<Record<string, Table>>(
    `
import csv, json
out = {}
for name in ${JSON.stringify(NEO4J_FILES)}:
    with open(name + ".csv", newline="", encoding="utf-8") as f:
        r = csv.DictReader(f, delimiter=",", quotechar='"', doublequote=True, strict=True)
        rows = list(r)
        out[name] = {"header": r.fieldnames, "rows": rows}
print(json.dumps(out))
`,
    Object.fromEntries(NEO4J_FILES.map((n) => [`${n}.csv`, files[n]])),
  );
}

const list = (cell: string) => (cell === "" ? [] : cell.split(NEO4J_ARRAY_DELIMITER));

describe("writeNeo4jImport", { timeout: 60_000 }, () => {
  it("headers name the ID spaces, labels, types and typed properties neo4j-admin takes", () => {
    const set = readSet(writeNeo4jImport(seedNeighbourhood()));
    expect(set.entities.header.slice(0, 2)).toEqual(["id:ID(Entity)", ":LABEL"]);
    expect(set.entities.header).toEqual(expect.arrayContaining(["aliases:string[]", "titles:string[]", "date:date", "x:double"]));
    expect(set.articles.header.slice(0, 8)).toEqual(["id:ID(Article)", ":LABEL", "title", "date:date", "url", "chars:int", "sha256", "text"]);
    expect(set.graph.header).toEqual(["id:ID(Graph)", ":LABEL", "builtWith"]);
    expect(set.relationships.header.slice(0, 3)).toEqual([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]);
    expect(set.relationships.header).toEqual(expect.arrayContaining(["date:date", "inferred:boolean", "evidence_doc:string[]", "evidence_start:int[]", "evidence_end:int[]", "evidence_text:string[]"]));
    expect(set.mentions.header).toEqual([":START_ID(Entity)", ":END_ID(Article)", ":TYPE", "start:int", "end:int", "text"]);
  });

  it("carries every node, relationship, article and span, read back with Python's csv", () => {
    const sub = seedNeighbourhood();
    const set = readSet(writeNeo4jImport(sub));
    const want = expectedViews(sub);
    expect(set.entities.rows.map((r) => r["id:ID(Entity)"])).toEqual([...want.nodes.keys()]);
    for (const r of set.entities.rows) {
      const v = want.nodes.get(r["id:ID(Entity)"])!;
      const type = v.type;
      expect(list(r[":LABEL"])).toEqual(["Entity", type[0].toUpperCase() + type.slice(1)]);
      expect(r.label).toBe(v.label);
      expect(list(r["aliases:string[]"])).toEqual(v.aliases);
      expect(list(r["titles:string[]"])).toEqual(v.titles ?? []);
      expect(r["date:date"]).toBe(v.date ?? "");
      if (r["date:date"]) expect(r["date:date"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(set.relationships.rows.map((r) => r.id)).toEqual([...want.edges.keys()]);
    for (const r of set.relationships.rows) {
      const v = want.edges.get(r.id)!;
      expect([r[":START_ID(Entity)"], r[":END_ID(Entity)"], r[":TYPE"], r.relation]).toEqual([v.source, v.target, v.relation.toUpperCase(), v.relation]);
      expect(r["date:date"]).toBe(v.date ?? "");
      expect(r["inferred:boolean"]).toBe(String(v.inferred));
      const spans = list(r["evidence_doc:string[]"]).map((doc, i) => ({
        doc,
        start: Number(list(r["evidence_start:int[]"])[i]),
        end: Number(list(r["evidence_end:int[]"])[i]),
        text: list(r["evidence_text:string[]"])[i],
      }));
      expect(spans).toEqual(v.evidence);
    }
    const sources = sub.getAttribute("sources");
    expect(set.articles.rows.map((r) => [r["id:ID(Article)"], r.title, r.text])).toEqual(sources.map((s) => [s.id, s.title, s.text]));
    const mentions = sub.reduceNodes((n, _k, a) => n + a.mentions.length, 0);
    expect(set.mentions.rows).toHaveLength(mentions);
    const texts = new Map(sources.map((s) => [s.id, s.text]));
    for (const m of set.mentions.rows) {
      expect(m[":TYPE"]).toBe("MENTIONED_IN");
      expect(m.text).toBe(texts.get(m[":END_ID(Article)"])!.slice(Number(m["start:int"]), Number(m["end:int"])));
    }
  });

  it("every relationship and mention ends in an ID the node files define", () => {
    const set = readSet(writeNeo4jImport(testGraph()));
    const entities = new Set(set.entities.rows.map((r) => r["id:ID(Entity)"]));
    const articles = new Set(set.articles.rows.map((r) => r["id:ID(Article)"]));
    expect(entities.size).toBe(set.entities.rows.length); // IDs unique in their space
    for (const r of set.relationships.rows) expect(entities.has(r[":START_ID(Entity)"]) && entities.has(r[":END_ID(Entity)"])).toBe(true);
    for (const m of set.mentions.rows) expect(entities.has(m[":START_ID(Entity)"]) && articles.has(m[":END_ID(Article)"])).toBe(true);
  });

  it("quotes every string so an empty one stays a string; the array delimiter inside a value is replaced", () => {
    const sub = seedNeighbourhood();
    const node = sub.nodes()[0];
    sub.setNodeAttribute(node, "aliases", [`a${NEO4J_ARRAY_DELIMITER}b`, ""]);
    const files = writeNeo4jImport(sub);
    const row = readSet(files).entities.rows.find((r) => r["id:ID(Entity)"] === node)!;
    expect(list(row["aliases:string[]"])).toEqual(["a\uFFFDb", ""]);
    expect(files.entities.split("\n")[1]).toMatch(/^"[^"]/);
    expect(files.entities).not.toContain("\uFEFF");
  });

  it("attributes it does not know become typed columns", () => {
    const set = readSet(writeNeo4jImport(withExtras(seedNeighbourhood())));
    expect(set.entities.header).toEqual(expect.arrayContaining(["identity:string", "region:string"]));
    expect(set.relationships.header).toContain("score:double");
    expect(set.graph.header).toContain("candidates:string");
    expect(set.entities.rows[0]["region:string"]).toBe("河南省");
    expect(set.articles.header).toContain("region:string");
    expect(JSON.parse(set.articles.rows[0]["region:string"])).toEqual({ code: "410000", names: ["河南省"], by: "text" });
  });

  it("the documented command names each file and the options the files need", () => {
    for (const name of NEO4J_FILES) expect(NEO4J_IMPORT_COMMAND).toContain(`${name}.csv`);
    expect(NEO4J_IMPORT_COMMAND).toContain("--array-delimiter=U+001F");
    expect(NEO4J_IMPORT_COMMAND).toContain("--multiline-fields=true");
  });
});
