// The rows on screen as one CSV file: the header the table shows, the cells
// as shown. Quoting and the formula guard are the exporters' (csvCell).
import { csvCell } from "../../export/csv";
import type { Column, TableRow } from "./rows";

const BOM = "\uFEFF";

/** RFC 4180, CRLF, a byte-order mark for spreadsheets; the header line even with no rows. */
export function rowsCsv(columns: readonly Column[], header: readonly string[], rows: TableRow[]): string {
  const lines = [header.map(csvCell).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row.cells[c] ?? "")).join(","));
  return BOM + lines.join("\r\n") + "\r\n";
}
