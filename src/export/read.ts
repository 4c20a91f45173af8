// Bringing a graph file in: JSON (the contract, or any graphology export),
// GEXF or GraphML text becomes a contract graph, or a list of what is wrong
// with it. Files from other tools may lack a layout, sizes, colours,
// mentions or the article texts: those are filled and reported. A node
// without a known type, an edge without a known relation, a dangling edge or
// broken XML is refused, and the caller keeps the graph it had.
import Graph from "graphology";
import createGexfParser from "graphology-gexf/common/parser.js";
import createGraphmlParser from "graphology-graphml/common/parser.js";
import type { z } from "zod";
import type { KnowledgeGraph } from "../graph/build";
import { GRAPH_OPTIONS, serializedGraphSchema, type SourceDoc, type Span } from "../graph/contract";
import { applyLayout } from "../graph/layout";
import { sizeFromDegree, TYPE_COLORS } from "../graph/style";
import { browserXmlParse, type XmlParse } from "./xml-parse";

export const GRAPH_FILE_FORMATS = ["json", "gexf", "graphml"] as const;
export type GraphFileFormat = (typeof GRAPH_FILE_FORMATS)[number];

export interface ReadOptions {
  /** Taken from the file name or the text when not given. */
  format?: GraphFileFormat;
  fileName?: string;
  /** XML parsing: the browser's DOMParser by default, xmldomParse in Node. */
  xml?: XmlParse;
}

export type ReadResult =
  | { ok: true; graph: KnowledgeGraph; format: GraphFileFormat; /** What the file lacked and was filled in. */ filled: string[] }
  | { ok: false; format?: GraphFileFormat; errors: string[] };

/** At most this many problems are listed; a file wrong everywhere needs no thousand lines. */
const MAX_ERRORS = 20;

export function detectFormat(text: string, fileName?: string): GraphFileFormat | null {
  const ext = fileName?.toLowerCase().match(/\.(json|gexf|graphml|xml)$/)?.[1];
  if (ext === "json" || ext === "gexf" || ext === "graphml") return ext;
  const head = text.replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("{")) return "json";
  if (head.startsWith("<")) {
    if (/<gexf[\s>]/.test(head.slice(0, 2000))) return "gexf";
    if (/<graphml[\s>]/.test(head.slice(0, 2000))) return "graphml";
  }
  return null;
}

type Raw = Record<string, unknown>;
interface RawGraph {
  options?: unknown;
  attributes: Raw;
  nodes: { key: string; attributes: Raw }[];
  edges: { key?: string; source: string; target: string; attributes: Raw; undirected?: boolean }[];
}

export function readGraphFile(text: string, options: ReadOptions = {}): ReadResult {
  const format = options.format ?? detectFormat(text, options.fileName);
  if (!format) {
    return { ok: false, errors: [`${options.fileName ?? "the file"}: not a graph file this explorer reads (JSON, GEXF or GraphML)`] };
  }
  const filled: string[] = [];
  let raw: RawGraph | unknown;
  try {
    const body = text.replace(/^\uFEFF/, "");
    raw = format === "json" ? parseJson(body) : fromXml(body, format, options.xml ?? browserXmlParse);
  } catch (e) {
    return { ok: false, format, errors: [(e as Error).message] };
  }
  const result = toContract(raw, filled);
  return result.ok ? { ok: true, graph: result.graph, format, filled } : { ok: false, format, errors: result.errors };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`not valid JSON: ${(e as Error).message}`);
  }
}

// ---------------------------------------------------------------- XML

function fromXml(text: string, format: "gexf" | "graphml", xml: XmlParse): RawGraph {
  const doc = xml(text);
  const root = doc.documentElement.localName || doc.documentElement.nodeName;
  if (root !== format) throw new Error(`not a ${format.toUpperCase()} file: the root element is <${root}>, not <${format}>`);
  if (!doc.getElementsByTagName("graph")[0]) throw new Error(`${format.toUpperCase()}: no <graph> element`);
  const make = format === "gexf" ? createGexfParser : createGraphmlParser;
  let parsed: Graph;
  try {
    // The document is already parsed: the DOMParser argument is never used.
    parsed = make(null, doc.constructor)(Graph, doc, format === "gexf" ? { allowUndeclaredAttributes: true } : {});
  } catch (e) {
    throw new Error(`${format.toUpperCase()}: ${(e as Error).message.replace(/^graphology-\w+\/parser: /, "")}`);
  }
  const data = parsed.export() as RawGraph;
  const graphAttrs = data.attributes ?? {};
  const attributes: Raw = {};
  if (format === "gexf") {
    // Our GEXF keeps builtWith as the creator; GEXF has no place for the articles.
    if (typeof graphAttrs.creator === "string") attributes.builtWith = graphAttrs.creator;
    if (typeof graphAttrs.description === "string") attributes.description = graphAttrs.description;
  } else {
    Object.assign(attributes, graphAttrs);
    delete attributes.id; // the <graph id>, a name inside the file only
    if (typeof attributes.sources === "string") attributes.sources = parseJsonField(attributes.sources, "graph.sources");
  }
  // Our GraphML names elements n0, e0 … and keeps each graph key as `key` data.
  const keyOf = new Map<string, string>();
  const nodes = data.nodes.map((n, i) => {
    const a = fromFlatNode(n.attributes ?? {}, `nodes[${i}]`);
    const key = takeKey(a, n.key);
    keyOf.set(n.key, key);
    return { key, attributes: a };
  });
  const edges = data.edges.flatMap((e, i) => {
    const a = fromFlatEdge(e.attributes ?? {}, `edges[${i}]`);
    const base = {
      source: keyOf.get(e.source) ?? e.source,
      target: keyOf.get(e.target) ?? e.target,
      ...(e.undirected ? { undirected: true } : {}),
    };
    const facts = unfold(a, `edges[${i}]`);
    if (facts) return facts.map((f) => ({ ...base, key: f.key, attributes: f.attributes }));
    return [{ ...base, key: e.key === undefined ? undefined : takeKey(a, e.key), attributes: a }];
  });
  return { attributes, nodes, edges };
}

/** The `key` attribute our writers add when an element's id is not its key. */
function takeKey(a: Raw, id: string): string {
  const key = typeof a.key === "string" && a.key !== "" ? a.key : id;
  delete a.key;
  return key;
}

/**
 * An edge of our GEXF that folds several dates into one (see gexf.ts) back
 * into one edge per date, each with its own key and evidence.
 */
function unfold(a: Raw, where: string): { key?: string; attributes: Raw }[] | null {
  if (typeof a.facts !== "string") return null;
  const facts = parseJsonField(a.facts, `${where}.attributes.facts`);
  if (!Array.isArray(facts) || !facts.every(isRecord)) throw new Error(`${where}.attributes.facts: must be a list of {key, date, evidence}`);
  const { facts: _f, dates: _d, evidence: _e, ...shared } = a;
  return facts.map((f) => {
    const attributes: Raw = { ...shared, evidence: f.evidence };
    if (f.date !== undefined) attributes.date = f.date;
    return { key: typeof f.key === "string" ? f.key : undefined, attributes };
  });
}

function parseJsonField(value: string, where: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw new Error(`${where}: not valid JSON`);
  }
}

/** A list column: our JSON text, or a plain value from another tool taken as one item. */
function list(value: unknown, where: string): unknown {
  if (typeof value !== "string") return value;
  if (value.trimStart().startsWith("[")) return parseJsonField(value, where);
  return value === "" ? [] : [value];
}

/** Flat columns (see records.ts) back to contract attributes. */
function fromFlatNode(a: Raw, where: string): Raw {
  const out: Raw = { ...a };
  for (const name of ["aliases", "titles", "mentions"]) {
    if (name in out) out[name] = list(out[name], `${where}.attributes.${name}`);
  }
  if ("original_label" in out) {
    out.originalLabel = out.original_label;
    delete out.original_label;
  }
  return out;
}

function fromFlatEdge(a: Raw, where: string): Raw {
  const out: Raw = { ...a };
  // GEXF kind and edge label repeat the relation (that is how Gephi shows it).
  if (out.relation === undefined && typeof out.kind === "string") out.relation = out.kind;
  if (out.kind === out.relation) delete out.kind;
  if (out.label === out.relation) delete out.label;
  // The weight our GEXF writes (it has evidence_text) counts folded dates: not a fact of the graph.
  if ("evidence_text" in a && typeof out.weight === "number") delete out.weight;
  if ("evidence" in out) out.evidence = list(out.evidence, `${where}.attributes.evidence`);
  delete out.evidence_text; // the words again, derived from evidence
  if (out.inferred === false) delete out.inferred;
  return out;
}

// ---------------------------------------------------------------- contract

const isRecord = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);

/** The longest article rebuilt from quotes (UTF-16 units, about a 20 MB text): a span past it is refused, not allocated. */
export const MAX_REBUILT_CHARS = 10_000_000;

type Placed = { start: number; end: number; words: string };

/**
 * Articles rebuilt from the words quoted by spans, when a file carries no
 * texts (GEXF has no place for them): each quote at its offsets, blanks
 * between, so highlights and evidence still show. Spans are checked before
 * any text is made: one that ends past MAX_REBUILT_CHARS is an error, so a
 * tiny file cannot ask for gigabytes. Time and memory are linear in the
 * text made.
 */
function rebuildSources(nodes: RawGraph["nodes"], edges: RawGraph["edges"], errors: string[]): SourceDoc[] {
  const docs = new Map<string, Placed[]>();
  const place = (spans: unknown, where: string) => {
    if (!Array.isArray(spans)) return;
    spans.forEach((s, j) => {
      if (!isRecord(s) || typeof s.doc !== "string" || !Number.isInteger(s.start) || !Number.isInteger(s.end)) return; // the schema names it
      const start = s.start as number;
      const end = s.end as number;
      if (start < 0 || end < start) return;
      if (end > MAX_REBUILT_CHARS) {
        errors.push(`${where}[${j}].end: ${end} is past any article this reader rebuilds (${MAX_REBUILT_CHARS} characters; the file carries no article texts)`);
        return;
      }
      const words = typeof s.text === "string" && s.text.length === end - start ? s.text : "";
      const list = docs.get(s.doc) ?? [];
      docs.set(s.doc, list);
      list.push({ start, end, words });
    });
  };
  nodes.forEach((n, i) => isRecord(n) && isRecord(n.attributes) && place(n.attributes.mentions, `nodes[${i}].attributes.mentions`));
  edges.forEach((e, i) => isRecord(e) && isRecord(e.attributes) && place(e.attributes.evidence, `edges[${i}].attributes.evidence`));
  if (errors.length) return [];
  return [...docs].map(([id, spans]) => {
    // Quoted words win over blanks; where quotes overlap, the later span's words stand.
    const length = Math.max(0, ...spans.map((s) => s.end));
    const units: string[] = [];
    let at = 0;
    const events = spans.filter((s) => s.words).sort((x, y) => x.start - y.start || x.end - y.end);
    const chars = new Map<number, string>();
    for (const s of events) for (let i = s.start; i < s.end; i++) chars.set(i, s.words[i - s.start]);
    const filled = [...chars.keys()].sort((x, y) => x - y);
    for (const i of filled) {
      if (i > at) units.push(" ".repeat(i - at));
      units.push(chars.get(i)!);
      at = i + 1;
    }
    if (length > at) units.push(" ".repeat(length - at));
    const text = units.join("");
    return { id, title: id, chars: text.length, sha256: "", text };
  });
}

/** rgb(…) and lower-case hex as style.ts writes colours (#RRGGBB); anything else as it is. */
function hexColor(color: string): string {
  const rgb = /^\s*rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)\s*$/i.exec(color);
  if (rgb) return `#${rgb.slice(1).map((v) => Math.min(255, Number(v)).toString(16).padStart(2, "0")).join("")}`.toUpperCase();
  return /^#[0-9a-f]{6}$/i.test(color) ? color.toUpperCase() : color;
}

/** Fills what other tools leave out; returns the nodes still to be placed and sized once the graph stands. */
function fillDefaults(raw: RawGraph, filled: string[], errors: string[]): { unplaced: Set<string>; unsized: Set<string> } {
  const unplaced = new Set<string>();
  const unsized = new Set<string>();
  const counts = { label: 0, aliases: 0, mentions: 0, color: 0, evidence: 0 };
  for (const n of raw.nodes) {
    if (!isRecord(n) || !isRecord(n.attributes)) continue;
    const a = n.attributes;
    if (a.label === undefined && typeof n.key === "string") (a.label = n.key), counts.label++;
    if (a.aliases === undefined) (a.aliases = []), counts.aliases++;
    if (a.mentions === undefined) (a.mentions = []), counts.mentions++;
    if (typeof a.color === "string") a.color = hexColor(a.color);
    if (a.color === undefined && typeof a.type === "string" && a.type in TYPE_COLORS) (a.color = TYPE_COLORS[a.type as keyof typeof TYPE_COLORS]), counts.color++;
    if (a.x === undefined || a.y === undefined) {
      unplaced.add(String(n.key));
      a.x = 0;
      a.y = 0;
    }
    if (a.size === undefined) {
      unsized.add(String(n.key));
      a.size = 1;
    }
  }
  for (const e of raw.edges) {
    if (isRecord(e) && isRecord(e.attributes) && e.attributes.evidence === undefined) (e.attributes.evidence = []), counts.evidence++;
  }
  const say: Record<keyof typeof counts, string> = {
    label: "no label: the key is shown instead",
    aliases: "no aliases: none assumed",
    mentions: "no mentions: nothing to highlight in the articles",
    color: "no colour: coloured by type",
    evidence: "no evidence: no sentence to show",
  };
  for (const [k, count] of Object.entries(counts)) {
    if (count) filled.push(`${count} ${k === "evidence" ? "edge" : "node"}${count > 1 ? "s" : ""} with ${say[k as keyof typeof counts]}`);
  }
  if (raw.attributes.builtWith === undefined) {
    raw.attributes.builtWith = "imported";
    filled.push('no builtWith: set to "imported"');
  }
  if (raw.attributes.sources === undefined) {
    raw.attributes.sources = rebuildSources(raw.nodes, raw.edges, errors);
    filled.push("no article texts: rebuilt from the quoted evidence and mentions (the rest of each article is blank)");
  }
  return { unplaced, unsized };
}

function pathText(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("");
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let at = data;
  for (const p of path) at = isRecord(at) || Array.isArray(at) ? (at as Record<PropertyKey, unknown>)[p] : undefined;
  return at;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const where = pathText(issue.path);
  const [list, index] = issue.path;
  const key = (list === "nodes" || list === "edges") && typeof index === "number" ? valueAt(data, [list, index, "key"]) : undefined;
  const what = typeof key === "string" ? ` (${list === "nodes" ? "node" : "edge"} ${key})` : "";
  let message = issue.message;
  const missing = valueAt(data, issue.path) === undefined;
  if (issue.code === "invalid_value" && "values" in issue) message = `${missing ? "missing: " : ""}must be one of ${issue.values.map(String).join(", ")}`;
  else if (issue.code === "invalid_type") message = missing ? "missing" : `must be ${issue.expected === "array" ? "a list" : `a ${issue.expected}`}`;
  return `${where || "the file"}${what}: ${message}`;
}

function cap(errors: string[]): string[] {
  return errors.length > MAX_ERRORS ? [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more problems`] : errors;
}

function toContract(raw: unknown, filled: string[]): { ok: true; graph: KnowledgeGraph } | { ok: false; errors: string[] } {
  if (!isRecord(raw) || !Array.isArray(raw.nodes) || !Array.isArray(raw.edges)) {
    return { ok: false, errors: ["not a graph: expected an object with nodes and edges lists (graphology's export format)"] };
  }
  if (!isRecord(raw.attributes)) raw.attributes = {};
  const refused: string[] = [];
  const { unplaced, unsized } = fillDefaults(raw as unknown as RawGraph, filled, refused);
  if (refused.length) return { ok: false, errors: cap(refused) };
  const parsed = serializedGraphSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: cap(parsed.error.issues.map((i) => describeIssue(i, raw))) };
  const data = parsed.data;

  // What a schema of single values cannot see: keys, links and offsets that must agree.
  const errors: string[] = [];
  const texts = new Map<string, number>();
  data.attributes.sources.forEach((s, i) => {
    if (texts.has(s.id)) errors.push(`attributes.sources[${i}].id: ${s.id} appears twice`);
    texts.set(s.id, s.text.length);
  });
  const checkSpans = (spans: Span[], where: string) =>
    spans.forEach((s, j) => {
      const length = texts.get(s.doc);
      if (length === undefined) errors.push(`${where}[${j}].doc: no article ${s.doc} in attributes.sources`);
      else if (s.end > length) errors.push(`${where}[${j}].end: ${s.end} is past the end of ${s.doc} (${length} characters)`);
    });
  const keys = new Set<string>();
  data.nodes.forEach((n, i) => {
    if (keys.has(n.key)) errors.push(`nodes[${i}].key: ${n.key} appears twice`);
    keys.add(n.key);
    checkSpans(n.attributes.mentions, `nodes[${i}].attributes.mentions`);
  });
  data.edges.forEach((e, i) => {
    for (const end of ["source", "target"] as const) {
      if (!keys.has(e[end])) errors.push(`edges[${i}].${end}: no node ${e[end]}`);
    }
    if (e.source === e.target) errors.push(`edges[${i}]: joins ${e.source} to itself (the contract has no self-loops)`);
    checkSpans(e.attributes.evidence, `edges[${i}].attributes.evidence`);
  });
  if (errors.length) return { ok: false, errors: cap(errors) };
  const undirected = data.edges.filter((e) => e.undirected).length;
  if (undirected) filled.push(`${undirected} undirected edge${undirected > 1 ? "s" : ""}: read as directed, from source to target`);

  const graph: KnowledgeGraph = new Graph({ ...GRAPH_OPTIONS });
  graph.replaceAttributes(data.attributes);
  for (const n of data.nodes) graph.addNode(n.key, n.attributes);
  const taken = new Set<string>();
  for (const e of data.edges) {
    // Keys as the builder makes them when a file has none; #2, #3 … keep parallel edges apart.
    const a = e.attributes;
    const base = e.key ?? (a.date ? `${e.source}|${a.relation}|${e.target}|${a.date}` : `${e.source}|${a.relation}|${e.target}`);
    let key = base;
    for (let k = 2; taken.has(key) || graph.hasEdge(key); k++) key = `${base}#${k}`;
    if (e.key !== undefined && key !== e.key) errors.push(`edge key ${e.key} appears twice`);
    taken.add(key);
    graph.addDirectedEdgeWithKey(key, e.source, e.target, a);
  }
  if (errors.length) return { ok: false, errors: cap(errors) };

  if (unsized.size) {
    let max = 0;
    graph.forEachNode((n) => (max = Math.max(max, graph.degree(n))));
    for (const n of unsized) graph.setNodeAttribute(n, "size", sizeFromDegree(graph.degree(n), max));
    filled.push(`${unsized.size} node${unsized.size > 1 ? "s" : ""} with no size: sized by degree`);
  }
  if (unplaced.size) {
    applyLayout(graph);
    filled.push(`${unplaced.size} of ${graph.order} nodes had no position: the graph was laid out with ForceAtlas2`);
  }
  return { ok: true, graph };
}
