// Replays corrections on a graph, in file order, after extraction and
// resolution: find each anchor's words again, find the node or relation that
// holds them, change it, and mark what changed with the entry's id
// (`corrected`). A correction whose article or words are gone is reported
// with the reason, never dropped. Deterministic: the same graph and entries
// give the same graph.
import type { KnowledgeGraph } from "../graph/build";
import type { EdgeAttributes, NodeAttributes, SourceDoc, Span } from "../graph/contract";
import { TYPE_COLORS } from "../graph/style";
import { locate } from "./anchor";
import type { Anchor, Correction, CorrectionOp, EdgeRef } from "./schema";

/** The graph attribute listing every entry of the corrections file and what became of it. */
export const CORRECTIONS_ATTRIBUTE = "corrections";
/** The node and edge attribute naming the entries that made or changed it. */
export const CORRECTED_ATTRIBUTE = "corrected";

export type CorrectionStatus = "applied" | "stale" | "invalid";

export interface CorrectionRecord {
  /** The entry as the file holds it (an invalid one as it was written). */
  entry: Correction | unknown;
  status: CorrectionStatus;
  /** Why it is stale or invalid. */
  reason?: string;
  /** What the corrected fact was before (a label, a type, a date). */
  was?: string;
}

export interface Outcome {
  id: string;
  op: CorrectionOp;
  status: "applied" | "stale";
  reason?: string;
  was?: string;
}

export interface ApplyResult {
  outcomes: Outcome[];
  /** Nodes the corrections made (splits), for the caller to place. */
  addedNodes: string[];
}

class Stale extends Error {}

const overlap = (a: Span, start: number, end: number) => Math.min(a.end, end) - Math.max(a.start, start);
const sameSpan = (a: Span, b: Span) => a.doc === b.doc && a.start === b.start && a.end === b.end;

function mark(list: unknown, id: string): string[] {
  const ids = Array.isArray(list) ? (list as string[]) : [];
  return ids.includes(id) ? ids : [...ids, id];
}

export function applyCorrections(graph: KnowledgeGraph, corrections: readonly Correction[]): ApplyResult {
  const result: ApplyResult = { outcomes: [], addedNodes: [] };
  for (const c of corrections) {
    try {
      const was = applyOne(graph, c, result.addedNodes);
      result.outcomes.push({ id: c.id, op: c.op, status: "applied", ...(was !== undefined ? { was } : {}) });
    } catch (err) {
      if (!(err instanceof Stale)) throw err;
      result.outcomes.push({ id: c.id, op: c.op, status: "stale", reason: err.message });
    }
  }
  result.addedNodes = result.addedNodes.filter((n) => graph.hasNode(n));
  return result;
}

function sourcesOf(graph: KnowledgeGraph): Map<string, SourceDoc> {
  return new Map(graph.getAttribute("sources").map((s) => [s.id, s]));
}

function spanOf(graph: KnowledgeGraph, anchor: Anchor): Span {
  const found = locate(anchor, sourcesOf(graph));
  if (!found.ok) throw new Stale(found.reason);
  return found.span;
}

/** The node one of whose mentions is these words (exactly, else the most overlap; ties by key). */
export function nodeAtSpan(graph: KnowledgeGraph, span: Span): string | undefined {
  let best: { node: string; score: number } | undefined;
  graph.forEachNode((node, a) => {
    for (const m of a.mentions) {
      if (m.doc !== span.doc) continue;
      const score = sameSpan(m, span) ? Infinity : overlap(m, span.start, span.end);
      if (score <= 0) continue;
      if (!best || score > best.score || (score === best.score && node < best.node)) best = { node, score };
    }
  });
  return best?.node;
}

function nodeOf(graph: KnowledgeGraph, anchor: Anchor): string {
  const span = spanOf(graph, anchor);
  const node = nodeAtSpan(graph, span);
  if (!node) throw new Stale(`no node holds the words 「${anchor.text}」 in the article ${anchor.doc} any more`);
  return node;
}

function edgesOf(graph: KnowledgeGraph, ref: EdgeRef): string[] {
  const source = nodeOf(graph, ref.source);
  const target = nodeOf(graph, ref.target);
  const edges = graph.edges(source, target).filter((e) => {
    const a = graph.getEdgeAttributes(e);
    return a.relation === ref.relation && a.date === ref.date;
  });
  if (!edges.length) throw new Stale(`no relation ${ref.relation} from 「${ref.source.text}」 to 「${ref.target.text}」${ref.date ? ` on ${ref.date}` : ""} any more`);
  return edges;
}

function freeKey(has: (key: string) => boolean, wanted: string): string {
  if (!has(wanted)) return wanted;
  let n = 2;
  while (has(`${wanted}#${n}`)) n++;
  return `${wanted}#${n}`;
}

/** Adds a relation, or joins its evidence to the same fact already there. */
function putEdge(graph: KnowledgeGraph, source: string, target: string, attrs: EdgeAttributes): string {
  const same = graph.edges(source, target).find((e) => {
    const a = graph.getEdgeAttributes(e);
    return a.relation === attrs.relation && a.date === attrs.date;
  });
  if (same) {
    const a = graph.getEdgeAttributes(same);
    for (const s of attrs.evidence) if (!a.evidence.some((x) => sameSpan(x, s))) a.evidence.push(s);
    if (!attrs.inferred) delete a.inferred;
    if (attrs[CORRECTED_ATTRIBUTE]) for (const id of attrs[CORRECTED_ATTRIBUTE] as string[]) a[CORRECTED_ATTRIBUTE] = mark(a[CORRECTED_ATTRIBUTE], id);
    return same;
  }
  const key = freeKey((k) => graph.hasEdge(k), attrs.date ? `${source}|${attrs.relation}|${target}|${attrs.date}` : `${source}|${attrs.relation}|${target}`);
  graph.addDirectedEdgeWithKey(key, source, target, attrs);
  return key;
}

function pushUnique(list: string[], values: Iterable<string>, except?: string) {
  for (const v of values) if (v !== except && !list.includes(v)) list.push(v);
}

/** Search keys are made from labels and aliases: a node whose names changed gets new ones. */
function namesChanged(a: NodeAttributes) {
  delete a.search;
}

function updateCandidates(graph: KnowledgeGraph, rewrite: (pair: { a: string; b: string; why: string }) => { a: string; b: string; why: string } | null) {
  const list = graph.getAttribute("candidates") as { a: string; b: string; why: string }[] | undefined;
  if (!list) return;
  const seen = new Set<string>();
  const next = [];
  for (const pair of list) {
    const p = rewrite(pair);
    if (!p || p.a === p.b || seen.has(`${p.a}\n${p.b}`)) continue;
    seen.add(`${p.a}\n${p.b}`);
    next.push(p);
  }
  graph.setAttribute("candidates", next);
}

/** Applies one entry; returns what the fact was before, when it says so. Throws Stale. */
function applyOne(graph: KnowledgeGraph, c: Correction, added: string[]): string | undefined {
  const markNode = (n: string) => graph.setNodeAttribute(n, CORRECTED_ATTRIBUTE, mark(graph.getNodeAttribute(n, CORRECTED_ATTRIBUTE), c.id));
  const markEdge = (e: string) => graph.setEdgeAttribute(e, CORRECTED_ATTRIBUTE, mark(graph.getEdgeAttribute(e, CORRECTED_ATTRIBUTE), c.id));
  switch (c.op) {
    case "merge": {
      const from = nodeOf(graph, c.node);
      const into = nodeOf(graph, c.into);
      if (from === into) {
        markNode(into);
        return undefined;
      }
      mergeNodes(graph, from, into);
      markNode(into);
      return graph.getNodeAttribute(into, "label") === c.node.text ? undefined : c.node.text;
    }
    case "distinct": {
      const a = nodeOf(graph, c.a);
      const b = nodeOf(graph, c.b);
      if (a === b) throw new Stale(`「${c.a.text}」 and 「${c.b.text}」 are one node now: merge is not undone by this entry`);
      updateCandidates(graph, (p) => ((p.a === a && p.b === b) || (p.a === b && p.b === a) ? null : p));
      markNode(a);
      markNode(b);
      return undefined;
    }
    case "split": {
      const node = nodeOf(graph, c.node);
      const fresh = splitNode(graph, node, c.node.doc, c.id);
      added.push(fresh);
      markNode(node);
      markNode(fresh);
      return undefined;
    }
    case "rename": {
      const node = nodeOf(graph, c.node);
      const a = graph.getNodeAttributes(node);
      const was = a.label;
      if (was !== c.label) {
        a.aliases = a.aliases.filter((x) => x !== c.label);
        pushUnique(a.aliases, [was]);
        a.label = c.label;
        namesChanged(a);
      }
      markNode(node);
      return was;
    }
    case "retype": {
      const node = nodeOf(graph, c.node);
      const a = graph.getNodeAttributes(node);
      const was = a.type;
      a.type = c.type;
      a.color = TYPE_COLORS[c.type];
      if (c.type === "official") a.titles ??= [];
      namesChanged(a);
      markNode(node);
      return was;
    }
    case "delete-node": {
      const node = nodeOf(graph, c.node);
      const a = graph.getNodeAttributes(node);
      const was = `${a.type} ${a.label}`;
      graph.dropNode(node);
      updateCandidates(graph, (p) => (p.a === node || p.b === node ? null : p));
      return was;
    }
    case "delete-edge": {
      const edges = edgesOf(graph, c.edge);
      for (const e of edges) graph.dropEdge(e);
      return undefined;
    }
    case "add-edge": {
      const source = nodeOf(graph, c.edge.source);
      const target = nodeOf(graph, c.edge.target);
      if (source === target) throw new Stale(`「${c.edge.source.text}」 and 「${c.edge.target.text}」 are one node: a relation needs two`);
      const evidence = spanOf(graph, c.evidence);
      const attrs: EdgeAttributes = { relation: c.edge.relation, evidence: [evidence], [CORRECTED_ATTRIBUTE]: [c.id] };
      if (c.edge.date) attrs.date = c.edge.date;
      putEdge(graph, source, target, attrs);
      return undefined;
    }
    case "set-node-date": {
      const node = nodeOf(graph, c.node);
      const was = graph.getNodeAttribute(node, "date");
      graph.setNodeAttribute(node, "date", c.date);
      markNode(node);
      return was ?? "";
    }
    case "set-edge-date": {
      const edges = edgesOf(graph, c.edge);
      for (const e of edges) {
        graph.setEdgeAttribute(e, "date", c.date);
        markEdge(e);
      }
      return c.edge.date ?? "";
    }
  }
}

/** `from` joins `into`: names, posts, mentions, reasons and relations; `from` goes. */
function mergeNodes(graph: KnowledgeGraph, from: string, into: string) {
  const a = graph.getNodeAttributes(into);
  const b = graph.getNodeAttributes(from);
  pushUnique(a.aliases, [b.label, ...b.aliases], a.label);
  if (b.titles?.length) pushUnique((a.titles ??= []), b.titles);
  for (const m of b.mentions) if (!a.mentions.some((x) => sameSpan(x, m))) a.mentions.push(m);
  if (!a.date && b.date) a.date = b.date;
  if (Array.isArray(b.identity)) a.identity = [...((a.identity as unknown[]) ?? []), ...b.identity];
  if (Array.isArray(b.identityKeys)) {
    const keys = ((a.identityKeys as string[] | undefined) ?? []).slice();
    pushUnique(keys, b.identityKeys as string[]);
    a.identityKeys = keys;
  }
  namesChanged(a);
  for (const e of graph.edges(from)) {
    const attrs = graph.getEdgeAttributes(e);
    const source = graph.source(e) === from ? into : graph.source(e);
    const target = graph.target(e) === from ? into : graph.target(e);
    if (source === target) continue;
    putEdge(graph, source, target, { ...attrs, evidence: [...attrs.evidence] });
  }
  graph.dropNode(from);
  updateCandidates(graph, (p) => ({ ...p, a: p.a === from ? into : p.a, b: p.b === from ? into : p.b }));
}

/** The mentions of `node` in article `doc`, with the relations they state, become a new node. */
function splitNode(graph: KnowledgeGraph, node: string, doc: string, id: string): string {
  const a = graph.getNodeAttributes(node);
  const moving = a.mentions.filter((m) => m.doc === doc);
  const staying = a.mentions.filter((m) => m.doc !== doc);
  if (!staying.length) throw new Stale(`every mention of 「${a.label}」 is in the article ${doc}: there is nothing to split from`);
  const source = sourcesOf(graph).get(doc)!;
  const written = (spans: Span[]) => {
    const forms: string[] = [];
    pushUnique(forms, spans.map((m) => sourcesOf(graph).get(m.doc)?.text.slice(m.start, m.end) ?? "").filter(Boolean));
    return forms;
  };
  const movedForms = [...new Set(moving.map((m) => source.text.slice(m.start, m.end)))];
  const stayingForms = written(staying);
  const label = movedForms.reduce((x, y) => (y.length > x.length ? y : x), movedForms[0]);
  const fresh = freeKey((k) => graph.hasNode(k), `${node}/${doc}`);
  const attrs: NodeAttributes = {
    label,
    type: a.type,
    aliases: movedForms.filter((f) => f !== label),
    mentions: moving,
    x: a.x,
    y: a.y,
    size: a.size,
    color: a.color,
  };
  if (a.type === "official") attrs.titles = [];
  if (a.date) attrs.date = a.date;
  if (a.region) attrs.region = a.region;
  graph.addNode(fresh, attrs);

  a.mentions = staying;
  a.aliases = a.aliases.filter((f) => !movedForms.includes(f) || stayingForms.includes(f));
  if (!stayingForms.includes(a.label) && movedForms.includes(a.label)) {
    const next = stayingForms.reduce((x, y) => (y.length > x.length ? y : x), stayingForms[0]);
    a.aliases = a.aliases.filter((f) => f !== next);
    a.label = next;
  }
  if (Array.isArray(a.identity)) a.identity = (a.identity as { doc: string }[]).filter((r) => r.doc !== doc);
  namesChanged(a);

  for (const e of graph.edges(node)) {
    const edge = graph.getEdgeAttributes(e);
    const here = edge.evidence.filter((s) => s.doc === doc);
    if (!here.length) continue;
    const elsewhere = edge.evidence.filter((s) => s.doc !== doc);
    const source = graph.source(e) === node ? fresh : graph.source(e);
    const target = graph.target(e) === node ? fresh : graph.target(e);
    if (edge.relation === "holds_post" && edge.title && source === fresh) pushUnique((attrs.titles ??= []), [edge.title]);
    putEdge(graph, source, target, { ...edge, evidence: here, [CORRECTED_ATTRIBUTE]: mark(edge[CORRECTED_ATTRIBUTE], id) });
    if (elsewhere.length) edge.evidence = elsewhere;
    else graph.dropEdge(e);
  }
  return fresh;
}

/** The file's entries with what became of them, in file order, as the graph carries them. */
export function correctionRecords(entries: readonly ({ correction: Correction } | { raw: unknown; error: string })[], outcomes: readonly Outcome[]): CorrectionRecord[] {
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  return entries.map((e) => {
    if ("raw" in e) return { entry: e.raw, status: "invalid", reason: e.error };
    const o = byId.get(e.correction.id);
    if (!o) return { entry: e.correction, status: "stale", reason: "not applied" };
    return { entry: e.correction, status: o.status, ...(o.reason ? { reason: o.reason } : {}), ...(o.was !== undefined ? { was: o.was } : {}) };
  });
}
