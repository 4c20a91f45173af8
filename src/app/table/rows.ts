// The table view's rows: the edges (or nodes) of the current view, each cell
// as text in the chosen script and language, with what a row links to (its
// nodes, its article and the words that prove it). Filtering and sorting are
// pure so the tests and the page share them.
import type Graph from "graphology";
import type { NodeType, Relation, SourceDoc, Span } from "../../graph/contract";
import { RELATION_NAMES, TYPE_NAMES, type Lang } from "../i18n/strings";
import { foldChars, normalizeKey, normalizeQuery, type CharFold } from "../search/normalize";
import type { Script } from "../store/view-state";
import { nodeName } from "../text/labels";

export const EDGE_COLUMNS = ["source", "relation", "target", "date", "article", "evidence"] as const;
export const NODE_COLUMNS = ["name", "type", "date", "article"] as const;
export type EdgeColumn = (typeof EDGE_COLUMNS)[number];
export type NodeColumn = (typeof NODE_COLUMNS)[number];
export type Column = EdgeColumn | NodeColumn;
export type TableKind = "edges" | "nodes";

export interface TableRow {
  /** The edge or node key. */
  key: string;
  cells: Partial<Record<Column, string>>;
  /** The relation or type, for the exact filter of those columns. */
  relation?: Relation;
  type?: NodeType;
  /** The node a click on the row selects (an edge's source). */
  node: string;
  /** The first piece of evidence (an edge) or mention (a node): what the article pane shows. */
  span?: Span;
}

export interface RowText {
  script: Script;
  lang: Lang;
  sources: Map<string, SourceDoc>;
  /** Article text (titles, evidence) into the chosen script; names use the graph's own keys. */
  convert?: (text: string) => string;
}

const quoteOf = (sources: Map<string, SourceDoc>, span: Span | undefined) => {
  const text = span && sources.get(span.doc)?.text;
  return text ? text.slice(span.start, span.end) : "";
};

export function edgeRows(graph: Graph, edges: Iterable<string>, o: RowText): TableRow[] {
  const convert = o.convert ?? ((t: string) => t);
  const names = new Map<string, string>();
  const name = (n: string) => names.get(n) ?? names.set(n, nodeName(graph, n, o.script)).get(n)!;
  const rows: TableRow[] = [];
  for (const edge of edges) {
    const a = graph.getEdgeAttributes(edge);
    const span = (a.evidence as Span[])[0];
    const source = graph.source(edge);
    const relation = a.relation as Relation;
    rows.push({
      key: edge,
      relation,
      node: source,
      span,
      cells: {
        source: name(source),
        relation: RELATION_NAMES[o.lang][relation],
        target: name(graph.target(edge)),
        date: (a.date as string | undefined) ?? "",
        article: convert(span ? (o.sources.get(span.doc)?.title ?? span.doc) : ""),
        evidence: convert(quoteOf(o.sources, span)),
      },
    });
  }
  return rows;
}

export function nodeRows(graph: Graph, nodes: Iterable<string>, o: RowText): TableRow[] {
  const convert = o.convert ?? ((t: string) => t);
  const rows: TableRow[] = [];
  for (const node of nodes) {
    const a = graph.getNodeAttributes(node);
    const span = (a.mentions as Span[])[0];
    const type = a.type as NodeType;
    rows.push({
      key: node,
      type,
      node,
      span,
      cells: {
        name: nodeName(graph, node, o.script),
        type: TYPE_NAMES[o.lang][type],
        date: (a.date as string | undefined) ?? "",
        article: convert(span ? (o.sources.get(span.doc)?.title ?? span.doc) : ""),
      },
    });
  }
  return rows;
}

export interface RowFilter {
  /** Text each column must contain (either script, any case, spaces and punctuation ignored). */
  text: Partial<Record<Column, string>>;
  relation?: Relation | null;
  type?: NodeType | null;
}

/** The rows every filter accepts; `fold` maps Traditional characters to Simplified (the search index's). */
export function filterRows(rows: TableRow[], filter: RowFilter, fold: CharFold = new Map()): TableRow[] {
  const wanted = Object.entries(filter.text)
    .map(([column, q]) => [column as Column, normalizeQuery(q ?? "", fold)] as const)
    .filter(([, q]) => q !== "");
  return rows.filter(
    (row) =>
      (!filter.relation || row.relation === filter.relation) &&
      (!filter.type || row.type === filter.type) &&
      wanted.every(([column, q]) => foldChars(normalizeKey(row.cells[column] ?? ""), fold).includes(q)),
  );
}

export type SortDirection = "asc" | "desc";

/** Sorted by one column in code-point order (dates are ISO), empty cells last either way; ties keep their order. */
export function sortRows(rows: TableRow[], column: Column, direction: SortDirection): TableRow[] {
  const sign = direction === "asc" ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: row.cells[column] ?? "" }))
    .sort((a, b) => {
      if (!a.v !== !b.v) return a.v ? -1 : 1;
      if (a.v !== b.v) return a.v < b.v ? -sign : sign;
      return a.i - b.i;
    })
    .map((x) => x.row);
}
