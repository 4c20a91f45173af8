// A Cypher script for Neo4j, run with `cypher-shell -f file.cypher`. Data
// goes in as parameters (`:param rows => [...]`, then `UNWIND $rows`), never
// spliced into a statement; labels and relationship types come from the
// contract's fixed lists. Every entity is an :Entity with one label per type;
// every article an :Article with its text, linked from the entities it
// mentions; each relationship carries its evidence as parallel lists
// (article, start, end, words), since Neo4j properties cannot hold maps.
// Dates become Neo4j `date` values (`date(row.date)`), so they compare and
// sort as days. Attributes this writer does not know go out as properties
// (scalars as they are, anything else as JSON text).
import type { KnowledgeGraph } from "../graph/build";
import { NODE_TYPES, RELATIONS, type NodeType, type Relation } from "../graph/contract";
import { edgeRecords, extraCells, graphExtras, nodeRecords, parallelEvidence, sourceExtras } from "./records";

/** Rows per `:param`, and characters per `:param` line: a batch ends at whichever comes first (a single larger row goes alone). */
export const BATCH_ROWS = 500;
export const BATCH_CHARS = 256 * 1024;

type Value = string | number | boolean | null | Value[] | { [k: string]: Value };

const ESCAPES: Record<string, string> = { "\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

/** A single-quoted Cypher string literal; other control characters (and U+2028/9) as \uXXXX. */
export function cypherString(s: string): string {
  return `'${s.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}'`;
}

const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A map key: plain when it can be, else in backticks (doubled inside), so any attribute name is safe. */
const propertyName = (k: string) => (PROPERTY_NAME.test(k) ? k : `\`${k.replace(/`/g, "``")}\``);

export function cypherValue(v: Value): string {
  if (v === null) return "null";
  if (typeof v === "string") return cypherString(v);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`cypher: cannot write the number ${v}`);
    return String(v);
  }
  if (typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(cypherValue).join(", ")}]`;
  const entries = Object.entries(v).map(([k, x]) => `${propertyName(k)}: ${cypherValue(x)}`);
  return `{${entries.join(", ")}}`;
}

/** A map without its undefined entries (Neo4j has no undefined, and null would erase). */
function props(o: Record<string, Value | undefined>): { [k: string]: Value } {
  const out: { [k: string]: Value } = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}

export const nodeLabelOf = (type: NodeType) => type[0].toUpperCase() + type.slice(1);
export const relTypeOf = (relation: Relation) => relation.toUpperCase();

/** Each row's literal, grouped into batches of at most BATCH_ROWS rows and BATCH_CHARS characters. */
function batches(rows: Value[]): string[] {
  const out: string[] = [];
  let batch: string[] = [];
  let chars = 0;
  for (const row of rows) {
    const literal = cypherValue(row);
    if (batch.length && (batch.length >= BATCH_ROWS || chars + literal.length > BATCH_CHARS)) {
      out.push(`[${batch.join(", ")}]`);
      batch = [];
      chars = 0;
    }
    batch.push(literal);
    chars += literal.length + 2;
  }
  if (batch.length) out.push(`[${batch.join(", ")}]`);
  return out;
}


export function writeCypher(graph: KnowledgeGraph): string {
  // Labels and relationship types are spliced into statements: only the contract's own.
  const nodes = nodeRecords(graph);
  const edges = edgeRecords(graph);
  const unknownType = nodes.find((n) => !NODE_TYPES.includes(n.type));
  if (unknownType) throw new Error(`cypher: node ${unknownType.id} has unknown type ${unknownType.type}`);
  const unknownRelation = edges.find((e) => !RELATIONS.includes(e.relation));
  if (unknownRelation) throw new Error(`cypher: edge ${unknownRelation.id} has unknown relation ${unknownRelation.relation}`);
  const lines: string[] = [
    `// ${graph.order} entities, ${graph.size} relationships, ${(graph.getAttribute("sources") ?? []).length} articles.`,
    "// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -f this-file.cypher",
    "// Every statement MERGEs on an id, so running it twice changes nothing.",
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;",
  ];
  const load = (rows: Value[], statement: string) => {
    for (const batch of batches(rows)) lines.push(`:param rows => ${batch}`, statement);
  };

  // One (:Graph) node for what the graph says of itself: the extractor's version and any other graph attribute.
  load([props({ builtWith: graph.getAttribute("builtWith"), ...extraCells(graphExtras(graph), ["builtWith"]) })], "UNWIND $rows AS row MERGE (g:Graph) SET g += row;");

  const articles = (graph.getAttribute("sources") ?? []).map((s) =>
    props({
      id: s.id,
      date: s.date,
      props: props({ title: s.title, url: s.url, chars: s.chars, sha256: s.sha256, text: s.text, ...extraCells(sourceExtras(s), ["id", "date", "title", "url", "chars", "sha256", "text"]) }),
    }),
  );
  load(articles, "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props, a.date = date(row.date);");

  for (const type of NODE_TYPES) {
    const rows = nodes
      .filter((n) => n.type === type)
      .map((n) => {
        const own = { label: n.label, original_label: n.originalLabel, type: n.type, aliases: n.aliases, titles: n.titles, x: n.x, y: n.y, size: n.size, color: n.color };
        return props({ id: n.id, date: n.date, props: props({ ...own, ...extraCells(n.extra, ["id", "date", ...Object.keys(own)]) }) });
      });
    load(rows, `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n += row.props, n.date = date(row.date), n:${nodeLabelOf(type)};`);
  }

  const mentions = nodes.flatMap((n) => n.mentions.map((m) => ({ node: n.id, doc: m.doc, start: m.start, end: m.end, text: m.text })));
  load(
    mentions,
    "UNWIND $rows AS row MATCH (n:Entity {id: row.node}) MATCH (a:Article {id: row.doc}) " +
      "MERGE (n)-[m:MENTIONED_IN {start: row.start, end: row.end}]->(a) SET m.text = row.text;",
  );

  for (const relation of RELATIONS) {
    const rows = edges
      .filter((e) => e.relation === relation)
      .map((e) => {
        const own = {
          relation: e.relation,
          title: e.title,
          inferred: e.inferred,
          ...parallelEvidence(e.evidence),
        };
        return props({ id: e.id, source: e.source, target: e.target, date: e.date, props: props({ ...own, ...extraCells(e.extra, ["id", "date", ...Object.keys(own)]) }) });
      });
    load(
      rows,
      "UNWIND $rows AS row MATCH (s:Entity {id: row.source}) MATCH (t:Entity {id: row.target}) " +
        `MERGE (s)-[r:${relTypeOf(relation)} {id: row.id}]->(t) SET r += row.props, r.date = date(row.date);`,
    );
  }
  return lines.join("\n") + "\n";
}
