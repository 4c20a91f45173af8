// Two CSV tables, nodes and edges, as spreadsheets and Gephi's import
// wizard expect them: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte
// order mark (without it Excel reads Chinese as mojibake). In the browser the
// pair travels as one zip.
import { strToU8, zipSync } from "fflate";
import type { KnowledgeGraph } from "../graph/build";
import { edgeRecords, flatEdge, flatNode, nodeRecords, type Cell } from "./records";

const BOM = "\uFEFF";
const NEEDS_QUOTES = /[",\r\n]/;
/** A cell a spreadsheet would run as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

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

function table(columns: string[], rows: Record<string, Cell>[]): string {
  const lines = [columns.map(csvCell).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(","));
  return BOM + lines.join("\r\n") + "\r\n";
}

/** Columns that some row fills, in the order the rows list them (filled or not). */
function columnsOf(rows: Record<string, Cell>[]): string[] {
  const order: string[] = [];
  const filled = new Set<string>();
  for (const row of rows) {
    for (const [k, v] of Object.entries(row)) {
      if (!order.includes(k)) order.push(k);
      if (v !== undefined) filled.add(k);
    }
  }
  return order.filter((k) => filled.has(k));
}

export interface CsvTables {
  nodes: string;
  edges: string;
}

export function writeCsv(graph: KnowledgeGraph): CsvTables {
  const nodeRows = nodeRecords(graph).map((r) => ({ id: r.id, ...flatNode(r) }));
  const edgeRows = edgeRecords(graph).map((r) => ({
    id: r.id,
    source: r.source,
    target: r.target,
    source_label: r.sourceLabel,
    target_label: r.targetLabel,
    ...flatEdge(r),
  }));
  return {
    nodes: table(columnsOf(nodeRows), nodeRows),
    edges: table(columnsOf(edgeRows), edgeRows),
  };
}

/** Both tables in one zip, with a fixed timestamp so the same graph gives the same bytes. */
export function zipCsv(tables: CsvTables, baseName = "graph"): Uint8Array {
  const mtime = new Date(2000, 0, 1); // local time: fflate writes DOS dates from local fields
  return zipSync(
    {
      [`${baseName}.nodes.csv`]: [strToU8(tables.nodes), { mtime }],
      [`${baseName}.edges.csv`]: [strToU8(tables.edges), { mtime }],
    },
    { level: 6 },
  );
}
