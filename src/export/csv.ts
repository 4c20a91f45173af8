// Four CSV tables, as spreadsheets, pandas and Gephi's spreadsheet import
// expect them: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte order
// mark (without it Excel reads Chinese as mojibake).
//   nodes.csv     id, label, type … (Gephi: Id, Label)
//   edges.csv     id, source, target, kind, label, weight … (Gephi: Source, Target, Type, Kind, Label, Weight)
//   articles.csv  one row per article: id, title, date, url, chars, sha256
//   evidence.csv  one row per span: which node (mention) or edge (evidence), article, offsets, words
// The header is the same every time, also with no rows; attributes this
// writer does not know follow as extra columns. Lists are joined with "|":
// no JSON, so no backslash escapes (Gephi's parser reads `\` as an escape);
// only an extra attribute that is a map is JSON text.
// In the browser the tables travel as one zip.
import { strToU8, zipSync } from "fflate";
import type { KnowledgeGraph } from "../graph/build";
import { edgeRecords, extraCells, nodeRecords, sourceExtras, type Cell } from "./records";

const BOM = "\uFEFF";
const NEEDS_QUOTES = /[",\r\n]/;
/** A cell a spreadsheet would run as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Joins list items in one cell. */
export const LIST_SEPARATOR = "|";

export const NODE_COLUMNS = ["id", "label", "type", "original_label", "aliases", "titles", "date", "x", "y", "size", "color", "mentions"] as const;
export const EDGE_COLUMNS = [
  "id",
  "source",
  "target",
  "type",
  "kind",
  "label",
  "weight",
  "relation",
  "date",
  "title",
  "inferred",
  "source_label",
  "target_label",
  "evidence_text",
  "evidence_docs",
] as const;
export const ARTICLE_COLUMNS = ["id", "title", "date", "url", "chars", "sha256"] as const;
export const EVIDENCE_COLUMNS = ["kind", "id", "doc", "start", "end", "text"] as const;

/**
 * One cell. Text that a spreadsheet would evaluate as a formula gets a
 * leading apostrophe (the usual guard): article text is data, never code.
 */
export function csvCell(value: Cell): string {
  if (value === undefined) return "";
  let s = String(value);
  if (typeof value === "string" && FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

type Row = Record<string, Cell>;

function table(columns: readonly string[], rows: Row[]): string {
  const lines = [columns.map(csvCell).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(","));
  return BOM + lines.join("\r\n") + "\r\n";
}

/** The fixed columns, then every extra column some row fills, in first-seen order. */
function withExtras(fixed: readonly string[], rows: Row[]): string[] {
  const out = [...fixed];
  const seen = new Set<string>(fixed);
  for (const row of rows) {
    for (const [k, v] of Object.entries(row)) {
      if (v !== undefined && !seen.has(k)) {
        seen.add(k);
        out.push(k);
      }
    }
  }
  return out;
}

const joined = (items: string[] | undefined) => (items === undefined ? undefined : items.join(LIST_SEPARATOR));

export interface CsvTables {
  nodes: string;
  edges: string;
  articles: string;
  evidence: string;
}

/** The tables in file order, with the name each has inside a zip or a folder. */
export const CSV_TABLES = ["nodes", "edges", "articles", "evidence"] as const satisfies readonly (keyof CsvTables)[];

export function writeCsv(graph: KnowledgeGraph): CsvTables {
  const evidence: Row[] = [];
  const nodeRows = nodeRecords(graph).map((r) => {
    for (const m of r.mentions) evidence.push({ kind: "mention", id: r.id, doc: m.doc, start: m.start, end: m.end, text: m.text });
    const row: Row = {
      id: r.id,
      label: r.label,
      type: r.type,
      original_label: r.originalLabel,
      aliases: joined(r.aliases),
      titles: joined(r.titles),
      date: r.date,
      x: r.x,
      y: r.y,
      size: r.size,
      color: r.color,
      mentions: r.mentions.length,
    };
    return { ...row, ...extraCells(r.extra, NODE_COLUMNS, LIST_SEPARATOR) };
  });
  const edgeRows = edgeRecords(graph).map((r) => {
    for (const s of r.evidence) evidence.push({ kind: "evidence", id: r.id, doc: s.doc, start: s.start, end: s.end, text: s.text });
    const row: Row = {
      id: r.id,
      source: r.source,
      target: r.target,
      type: "Directed",
      kind: r.relation,
      label: r.relation,
      weight: 1,
      relation: r.relation,
      date: r.date,
      title: r.title,
      inferred: r.inferred,
      source_label: r.sourceLabel,
      target_label: r.targetLabel,
      evidence_text: r.evidence.map((s) => s.text).join("\n"),
      evidence_docs: joined([...new Set(r.evidence.map((s) => s.doc))]),
    };
    return { ...row, ...extraCells(r.extra, EDGE_COLUMNS, LIST_SEPARATOR) };
  });
  const articleRows: Row[] = (graph.getAttribute("sources") ?? []).map((s) => ({
    id: s.id,
    title: s.title,
    date: s.date,
    url: s.url,
    chars: s.chars,
    sha256: s.sha256,
    ...extraCells(sourceExtras(s), [...ARTICLE_COLUMNS, "text"], LIST_SEPARATOR),
  }));
  return {
    nodes: table(withExtras(NODE_COLUMNS, nodeRows), nodeRows),
    edges: table(withExtras(EDGE_COLUMNS, edgeRows), edgeRows),
    articles: table(withExtras(ARTICLE_COLUMNS, articleRows), articleRows),
    evidence: table(EVIDENCE_COLUMNS, evidence),
  };
}

/** The tables in one zip (`<base>.nodes.csv` …), with a fixed timestamp so the same graph gives the same bytes. */
export function zipCsv(tables: CsvTables, baseName = "graph"): Uint8Array {
  const mtime = new Date(2000, 0, 1); // local time: fflate writes DOS dates from local fields
  return zipSync(Object.fromEntries(CSV_TABLES.map((name) => [`${baseName}.${name}.csv`, [strToU8(tables[name]), { mtime }]])), { level: 6 });
}
