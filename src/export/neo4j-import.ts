// The CSV set that `neo4j-admin database import full` takes, for graphs
// larger than a Cypher script loads comfortably (see docs/export.md):
//   entities.csv       id:ID(Entity), :LABEL (Entity + the type's label), properties
//   articles.csv       id:ID(Article), :LABEL, title, date:date, url, chars:int, sha256, text
//   graph.csv          one :Graph node: builtWith and any other graph attribute
//   relationships.csv  :START_ID(Entity), :END_ID(Entity), :TYPE, id, date:date, evidence as arrays
//   mentions.csv       :START_ID(Entity), :END_ID(Article), :TYPE (MENTIONED_IN), start:int, end:int, text
// Every string is quoted (quotes doubled), so an empty string stays a
// string and only an empty unquoted cell means "no property". Arrays are
// joined with U+001F (pass `--array-delimiter=U+001F`): article text never
// holds it, and one inside a value is replaced by U+FFFD; an empty list is
// no property (Neo4j stores no empty arrays from CSV). Fields may span
// lines (`--multiline-fields=true`). No byte order mark, LF line ends.
import type { KnowledgeGraph } from "../graph/build";
import { nodeLabelOf, relTypeOf } from "./cypher";
import { edgeRecords, extraColumnsOf, graphExtras, nodeRecords, parallelEvidence, sourceExtras, type Cell, type CellKind } from "./records";

export const NEO4J_ARRAY_DELIMITER = "\u001F";
export const NEO4J_FILES = ["entities", "articles", "graph", "relationships", "mentions"] as const;
export type Neo4jFile = (typeof NEO4J_FILES)[number];

/** The command that loads the set, as the docs give it (run in the folder of the files). */
export const NEO4J_IMPORT_COMMAND =
  "neo4j-admin database import full --overwrite-destination --array-delimiter=U+001F --multiline-fields=true " +
  "--nodes=entities.csv --nodes=articles.csv --nodes=graph.csv --relationships=relationships.csv --relationships=mentions.csv neo4j";

type Value = Cell | null | string[] | number[];

interface Column {
  /** The header field: `name:type`, or a special one such as `:LABEL`. */
  header: string;
  value: (row: Record<string, Value>) => Value;
}

function cell(v: Value): string {
  if (v === undefined || v === null) return "";
  if (Array.isArray(v)) return v.length === 0 ? "" : quoted(v.map((x) => String(x).replaceAll(NEO4J_ARRAY_DELIMITER, "\uFFFD")).join(NEO4J_ARRAY_DELIMITER));
  if (typeof v === "string") return quoted(v);
  return String(v);
}

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

function table(columns: Column[], rows: Record<string, Value>[]): string {
  const lines = [columns.map((c) => c.header).join(",")];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(","));
  return lines.join("\n") + "\n";
}

const col = (header: string, name = header.replace(/:.*$/, "")): Column => ({ header, value: (r) => r[name] });

const NEO4J_TYPE: Record<CellKind, string> = { number: "double", boolean: "boolean", string: "string" };

/** Header fields for attributes the writer does not know, typed from their values, and each row's values. */
function extraColumns(extras: Record<string, unknown>[], taken: string[]): { columns: Column[]; values: Record<string, Value>[] } {
  const { columns, rows } = extraColumnsOf(extras, taken);
  // A name with `:`, `,`, a quote or a space would break the header: those characters become `_`.
  return {
    columns: columns.map((c) => ({ header: `${c.name.replace(/[:,"\s]/g, "_")}:${NEO4J_TYPE[c.kind]}`, value: (r: Record<string, Value>) => r[c.name] })),
    values: rows,
  };
}

export function writeNeo4jImport(graph: KnowledgeGraph): Record<Neo4jFile, string> {
  const nodes = nodeRecords(graph);
  const edges = edgeRecords(graph);

  const nodeOwn = ["id", "label", "type", "original_label", "aliases", "titles", "date", "x", "y", "size", "color"];
  const nodeExtras = extraColumns(nodes.map((n) => n.extra), nodeOwn);
  const entityRows = nodes.map((n, i) => ({
    ...nodeExtras.values[i],
    id: n.id,
    labels: ["Entity", nodeLabelOf(n.type)],
    label: n.label,
    type: n.type,
    original_label: n.originalLabel,
    aliases: n.aliases,
    titles: n.titles,
    date: n.date,
    x: n.x,
    y: n.y,
    size: n.size,
    color: n.color,
  }));
  const entities = table(
    [
      col("id:ID(Entity)"),
      { header: ":LABEL", value: (r) => r.labels },
      col("label"),
      col("type"),
      col("original_label"),
      col("aliases:string[]"),
      col("titles:string[]"),
      col("date:date"),
      col("x:double"),
      col("y:double"),
      col("size:double"),
      col("color"),
      ...nodeExtras.columns,
    ],
    entityRows,
  );

  const sources = graph.getAttribute("sources") ?? [];
  const articleExtras = extraColumns(sources.map(sourceExtras), ["id", "title", "date", "url", "chars", "sha256", "text"]);
  const articles = table(
    [col("id:ID(Article)"), { header: ":LABEL", value: () => "Article" }, col("title"), col("date:date"), col("url"), col("chars:int"), col("sha256"), col("text"), ...articleExtras.columns],
    sources.map((s, i) => ({ ...articleExtras.values[i], id: s.id, title: s.title, date: s.date, url: s.url, chars: s.chars, sha256: s.sha256, text: s.text })),
  );

  const graphExtra = extraColumns([graphExtras(graph)], ["id", "builtWith"]);
  const graphNode = table(
    [col("id:ID(Graph)"), { header: ":LABEL", value: () => "Graph" }, col("builtWith"), ...graphExtra.columns],
    [{ ...graphExtra.values[0], id: "graph", builtWith: graph.getAttribute("builtWith") }],
  );

  const edgeOwn = ["id", "relation", "date", "title", "inferred", "evidence_doc", "evidence_start", "evidence_end", "evidence_text"];
  const edgeExtras = extraColumns(edges.map((e) => e.extra), edgeOwn);
  const relationships = table(
    [
      col(":START_ID(Entity)", "source"),
      col(":END_ID(Entity)", "target"),
      { header: ":TYPE", value: (r) => r.type },
      col("id"),
      col("relation"),
      col("date:date"),
      col("title"),
      col("inferred:boolean"),
      col("evidence_doc:string[]"),
      col("evidence_start:int[]"),
      col("evidence_end:int[]"),
      col("evidence_text:string[]"),
      ...edgeExtras.columns,
    ],
    edges.map((e, i) => ({
      ...edgeExtras.values[i],
      source: e.source,
      target: e.target,
      type: relTypeOf(e.relation),
      id: e.id,
      relation: e.relation,
      date: e.date,
      title: e.title,
      inferred: e.inferred,
      ...parallelEvidence(e.evidence),
    })),
  );

  const mentions = table(
    [col(":START_ID(Entity)", "node"), col(":END_ID(Article)", "doc"), { header: ":TYPE", value: () => "MENTIONED_IN" }, col("start:int"), col("end:int"), col("text")],
    nodes.flatMap((n) => n.mentions.map((m) => ({ node: n.id, doc: m.doc, start: m.start, end: m.end, text: m.text }))),
  );

  return { entities, articles, graph: graphNode, relationships, mentions };
}
