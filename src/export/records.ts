// Nodes and edges as flat records with their evidence quoted, the common
// ground of the table-like formats (CSV, GEXF, GraphML, Cypher). A span keeps
// its article id and offsets and gains the words they point at, so a fact
// can be traced back wherever the file goes.
import type { KnowledgeGraph } from "../graph/build";
import type { NodeType, Relation, SourceDoc, Span } from "../graph/contract";

export interface QuotedSpan extends Span {
  /** The source text between start and end. */
  text: string;
}

export interface NodeRecord {
  id: string;
  label: string;
  /** The label as written, when the export converts scripts and it changed. */
  originalLabel?: string;
  type: NodeType;
  aliases: string[];
  /** Posts, for officials (other nodes have none). */
  titles?: string[];
  date?: string;
  x: number;
  y: number;
  size: number;
  color: string;
  mentions: QuotedSpan[];
  /** Attributes this exporter does not know (other engineers' new fields): they travel as they are. */
  extra: Record<string, unknown>;
}

export interface EdgeRecord {
  id: string;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  relation: Relation;
  date?: string;
  title?: string;
  inferred: boolean;
  evidence: QuotedSpan[];
  extra: Record<string, unknown>;
}

/** Node attributes every format writes in its own way; the rest travel as extras. */
const KNOWN_NODE = new Set(["label", "originalLabel", "type", "aliases", "titles", "date", "x", "y", "size", "color", "mentions"]);
const KNOWN_EDGE = new Set(["relation", "date", "title", "inferred", "evidence"]);
/** The explorer's precomputed search keys: derived data, rebuilt on load, not for other tools. */
const DERIVED_NODE = new Set(["search"]);

/** Extra attributes in code-point order of their names, so the same graph gives the same columns. */
function extrasOf(attrs: Record<string, unknown>, known: Set<string>, derived?: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const name of Object.keys(attrs).sort()) {
    if (known.has(name) || derived?.has(name) || attrs[name] === undefined) continue;
    out[name] = attrs[name];
  }
  return out;
}

const KNOWN_SOURCE = new Set(["id", "title", "date", "url", "chars", "sha256", "text"]);

/** An article's fields beyond the contract's own (a jurisdiction, say): they travel as extras too. */
export function sourceExtras(source: SourceDoc): Record<string, unknown> {
  return extrasOf(source as unknown as Record<string, unknown>, KNOWN_SOURCE);
}

/** Graph attributes other than the contract's two, for formats with a place for them. */
export function graphExtras(graph: KnowledgeGraph): Record<string, unknown> {
  return extrasOf(graph.getAttributes(), new Set(["sources", "builtWith"]));
}

export { DERIVED_NODE };

export function sourcesById(graph: KnowledgeGraph): Map<string, SourceDoc> {
  return new Map((graph.getAttribute("sources") ?? []).map((s) => [s.id, s]));
}

/** The span with its words; an article the graph does not carry quotes as "". */
export function quote(sources: Map<string, SourceDoc>, span: Span): QuotedSpan {
  const text = sources.get(span.doc)?.text.slice(span.start, span.end) ?? "";
  return { doc: span.doc, start: span.start, end: span.end, text };
}

export function nodeRecords(graph: KnowledgeGraph): NodeRecord[] {
  const sources = sourcesById(graph);
  return graph.mapNodes((id, a) => {
    const r: NodeRecord = {
      id,
      label: a.label,
      type: a.type,
      aliases: a.aliases ?? [],
      x: a.x,
      y: a.y,
      size: a.size,
      color: a.color,
      mentions: (a.mentions ?? []).map((s) => quote(sources, s)),
      extra: extrasOf(a, KNOWN_NODE, DERIVED_NODE),
    };
    if (typeof a.originalLabel === "string") r.originalLabel = a.originalLabel;
    if (a.titles) r.titles = a.titles;
    if (a.date) r.date = a.date;
    return r;
  });
}

export function edgeRecords(graph: KnowledgeGraph): EdgeRecord[] {
  const sources = sourcesById(graph);
  return graph.mapEdges((id, a, source, target, sa, ta) => {
    const r: EdgeRecord = {
      id,
      source,
      target,
      sourceLabel: sa.label,
      targetLabel: ta.label,
      relation: a.relation,
      inferred: a.inferred === true,
      evidence: (a.evidence ?? []).map((s) => quote(sources, s)),
      extra: extrasOf(a, KNOWN_EDGE),
    };
    if (a.date) r.date = a.date;
    if (a.title !== undefined) r.title = a.title;
    return r;
  });
}

/**
 * Spans as four parallel lists, for stores whose properties cannot hold
 * maps (Neo4j): the i-th article, start, end and words belong together.
 */
export function parallelEvidence(spans: QuotedSpan[]) {
  return {
    evidence_doc: spans.map((s) => s.doc),
    evidence_start: spans.map((s) => s.start),
    evidence_end: spans.map((s) => s.end),
    evidence_text: spans.map((s) => s.text),
  };
}

/** Quotes of several spans, one per line, for people reading a table. */
export const quotesText = (spans: QuotedSpan[]) => spans.map((s) => s.text).join("\n");

/**
 * Flat columns shared by CSV, GEXF and GraphML, so a column means the same in
 * each. Lists and spans are JSON text: lossless, and every tool that reads
 * the file can take it apart again.
 */
export type Cell = string | number | boolean | undefined;

const isScalar = (v: unknown) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";

/**
 * An extra attribute as one cell: scalars as they are, anything else as JSON
 * text, or, given `listSeparator`, a list of scalars joined with it (no
 * escapes, for tables that Gephi reads).
 */
export function extraCell(value: unknown, listSeparator?: string): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (listSeparator !== undefined && Array.isArray(value) && value.every(isScalar)) return value.join(listSeparator);
  return JSON.stringify(value);
}

export type CellKind = "number" | "boolean" | "string";

/**
 * The extra columns of a typed table (SQLite, Neo4j): each row's extras as
 * cells, and one kind per column, from its values (mixed kinds become string).
 */
export function extraColumnsOf(extras: Record<string, unknown>[], taken: Iterable<string>) {
  const fixed = [...taken];
  const rows = extras.map((extra) => extraCells(extra, fixed));
  const kinds = new Map<string, CellKind>();
  for (const row of rows) {
    for (const [name, v] of Object.entries(row)) {
      if (v === undefined) continue;
      const kind: CellKind = typeof v === "number" ? "number" : typeof v === "boolean" ? "boolean" : "string";
      const had = kinds.get(name);
      kinds.set(name, had === undefined || had === kind ? kind : "string");
    }
  }
  return { columns: [...kinds].map(([name, kind]) => ({ name, kind })), rows };
}

/** Extras as cells; a name that clashes with a column of the format gets an `attr_` prefix. */
export function extraCells(extra: Record<string, unknown>, taken: Iterable<string>, listSeparator?: string): Record<string, Cell> {
  const clash = new Set(taken);
  const out: Record<string, Cell> = Object.create(null);
  for (const [name, value] of Object.entries(extra)) {
    let column = name;
    while (clash.has(column)) column = `attr_${column}`;
    out[column] = extraCell(value, listSeparator);
  }
  return out;
}

export function flatNode(r: NodeRecord): Record<string, Cell> {
  const row: Record<string, Cell> = {
    label: r.label,
    original_label: r.originalLabel,
    type: r.type,
    aliases: JSON.stringify(r.aliases),
    titles: r.titles && JSON.stringify(r.titles),
    date: r.date,
    x: r.x,
    y: r.y,
    size: r.size,
    color: r.color,
    mentions: JSON.stringify(r.mentions),
  };
  return { ...row, ...extraCells(r.extra, Object.keys(row)) };
}

export function flatEdge(r: EdgeRecord): Record<string, Cell> {
  const row: Record<string, Cell> = {
    relation: r.relation,
    date: r.date,
    title: r.title,
    inferred: r.inferred,
    evidence_text: quotesText(r.evidence),
    evidence: JSON.stringify(r.evidence),
  };
  return { ...row, ...extraCells(r.extra, Object.keys(row)) };
}

/** Article ids and titles, so the file says where its evidence comes from. */
export function describeSources(graph: KnowledgeGraph): string {
  const sources = graph.getAttribute("sources") ?? [];
  const list = sources.map((s) => `${s.id}: ${s.title}${s.date ? ` (${s.date})` : ""}`).join("\n");
  return `${graph.order} nodes, ${graph.size} edges, evidence from ${sources.length} article${sources.length === 1 ? "" : "s"}${list ? `:\n${list}` : ""}`;
}
