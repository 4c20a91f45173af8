// The graph as relational tables for analysts: the schema and the rows of a
// SQLite file (the CLI writes it with sql.js; see scripts/lib/sqlite-file.ts).
// pandas (`pd.read_sql("select * from edges", sqlite3.connect(f))`), R
// (RSQLite) and DuckDB (`ATTACH 'f.sqlite'`) open it in one line.
//   articles  id, title, date, url, chars, sha256, text
//   nodes     id, label, type, original_label, aliases, titles (JSON lists), date, x, y, size, color, extras…
//   edges     id, source, target, relation, date, title, inferred (0/1), extras…
//   evidence  kind ('mention' of a node, 'evidence' of an edge), id, doc, start, end, text
//   graph     name, value: builtWith and any other graph attribute (JSON unless text)
// Dates are ISO text (SQLite's own date functions read it). Identifiers are
// always double-quoted and values always bound, never spliced into SQL.
import type { KnowledgeGraph } from "../graph/build";
import { edgeRecords, extraColumnsOf, graphExtras, nodeRecords, sourceExtras, type CellKind } from "./records";

export type SqlValue = string | number | null;
type SqlType = "TEXT" | "REAL" | "INTEGER";

export interface SqlTable {
  name: string;
  columns: { name: string; type: SqlType; constraint?: string }[];
  rows: SqlValue[][];
  /** Columns to index (each its own index). */
  indexes?: string[];
}

export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

const sql = (v: unknown): SqlValue => {
  if (v === undefined || v === null) return null;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  if (typeof v === "string") return v;
  return JSON.stringify(v);
};

const SQL_TYPE: Record<CellKind, SqlType> = { number: "REAL", boolean: "INTEGER", string: "TEXT" };

/** Columns for attributes the fixed columns do not cover, and each row's values for them. */
function extraColumns(extras: Record<string, unknown>[], taken: string[]) {
  const { columns, rows } = extraColumnsOf(extras, taken);
  return {
    columns: columns.map((c) => ({ name: c.name, type: SQL_TYPE[c.kind] })),
    valuesOf: (i: number) => columns.map((c) => sql(rows[i][c.name])),
  };
}

export function graphTables(graph: KnowledgeGraph): SqlTable[] {
  const nodes = nodeRecords(graph);
  const edges = edgeRecords(graph);
  const sources = graph.getAttribute("sources") ?? [];

  const articleFixed: SqlTable["columns"] = [
      { name: "id", type: "TEXT", constraint: "PRIMARY KEY" },
      { name: "title", type: "TEXT" },
      { name: "date", type: "TEXT" },
      { name: "url", type: "TEXT" },
      { name: "chars", type: "INTEGER" },
      { name: "sha256", type: "TEXT" },
      { name: "text", type: "TEXT" },
  ];
  const articleExtra = extraColumns(sources.map(sourceExtras), articleFixed.map((c) => c.name));
  const articles: SqlTable = {
    name: "articles",
    columns: [...articleFixed, ...articleExtra.columns],
    rows: sources.map((s, i) => [s.id, s.title, sql(s.date), sql(s.url), s.chars, s.sha256, s.text, ...articleExtra.valuesOf(i)]),
  };

  const nodeFixed: SqlTable["columns"] = [
    { name: "id", type: "TEXT", constraint: "PRIMARY KEY" },
    { name: "label", type: "TEXT" },
    { name: "type", type: "TEXT" },
    { name: "original_label", type: "TEXT" },
    { name: "aliases", type: "TEXT" },
    { name: "titles", type: "TEXT" },
    { name: "date", type: "TEXT" },
    { name: "x", type: "REAL" },
    { name: "y", type: "REAL" },
    { name: "size", type: "REAL" },
    { name: "color", type: "TEXT" },
  ];
  const nodeExtra = extraColumns(nodes.map((n) => n.extra), nodeFixed.map((c) => c.name));
  const nodeTable: SqlTable = {
    name: "nodes",
    columns: [...nodeFixed, ...nodeExtra.columns],
    rows: nodes.map((n, i) => [
      n.id,
      n.label,
      n.type,
      sql(n.originalLabel),
      JSON.stringify(n.aliases),
      n.titles ? JSON.stringify(n.titles) : null,
      sql(n.date),
      n.x,
      n.y,
      n.size,
      n.color,
      ...nodeExtra.valuesOf(i),
    ]),
    indexes: ["type", "label"],
  };

  const edgeFixed: SqlTable["columns"] = [
    { name: "id", type: "TEXT", constraint: "PRIMARY KEY" },
    { name: "source", type: "TEXT", constraint: 'REFERENCES "nodes"("id")' },
    { name: "target", type: "TEXT", constraint: 'REFERENCES "nodes"("id")' },
    { name: "relation", type: "TEXT" },
    { name: "date", type: "TEXT" },
    { name: "title", type: "TEXT" },
    { name: "inferred", type: "INTEGER" },
  ];
  const edgeExtra = extraColumns(edges.map((e) => e.extra), edgeFixed.map((c) => c.name));
  const edgeTable: SqlTable = {
    name: "edges",
    columns: [...edgeFixed, ...edgeExtra.columns],
    rows: edges.map((e, i) => [e.id, e.source, e.target, e.relation, sql(e.date), sql(e.title), e.inferred ? 1 : 0, ...edgeExtra.valuesOf(i)]),
    indexes: ["source", "target", "relation", "date"],
  };

  const evidence: SqlTable = {
    name: "evidence",
    columns: [
      { name: "kind", type: "TEXT" },
      { name: "id", type: "TEXT" },
      { name: "doc", type: "TEXT", constraint: 'REFERENCES "articles"("id")' },
      { name: "start", type: "INTEGER" },
      { name: "end", type: "INTEGER" },
      { name: "text", type: "TEXT" },
    ],
    rows: [
      ...nodes.flatMap((n) => n.mentions.map((m): SqlValue[] => ["mention", n.id, m.doc, m.start, m.end, m.text])),
      ...edges.flatMap((e) => e.evidence.map((s): SqlValue[] => ["evidence", e.id, s.doc, s.start, s.end, s.text])),
    ],
    indexes: ["id", "doc"],
  };

  const graphTable: SqlTable = {
    name: "graph",
    columns: [
      { name: "name", type: "TEXT", constraint: "PRIMARY KEY" },
      { name: "value", type: "TEXT" },
    ],
    rows: [
      ["builtWith", graph.getAttribute("builtWith") ?? null],
      ...Object.entries(graphExtras(graph)).map(([k, v]): SqlValue[] => [k, typeof v === "string" ? v : JSON.stringify(v)]),
    ],
  };
  return [articles, nodeTable, edgeTable, evidence, graphTable];
}

/** The statements that make a table and its indexes. */
export function createStatements(t: SqlTable): string[] {
  const columns = t.columns.map((c) => `${ident(c.name)} ${c.type}${c.constraint ? ` ${c.constraint}` : ""}`);
  return [
    `CREATE TABLE ${ident(t.name)} (${columns.join(", ")})`,
    ...(t.indexes ?? []).map((c) => `CREATE INDEX ${ident(`${t.name}_${c}`)} ON ${ident(t.name)} (${ident(c)})`),
  ];
}

/** The INSERT with one placeholder per column; the rows are bound to it. */
export const insertStatement = (t: SqlTable) => `INSERT INTO ${ident(t.name)} VALUES (${t.columns.map(() => "?").join(", ")})`;
