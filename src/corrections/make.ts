// Entries made from what a person picked on screen: a node, a relation, words
// selected in an article. Each node is pointed at by one of its mentions (in
// the article on screen when it has one there), each entry carries the label
// and sentence it concerns for the person reading the file.
import type { KnowledgeGraph } from "../graph/build";
import type { NodeType, Relation, SourceDoc, Span } from "../graph/contract";
import { makeAnchor } from "./anchor";
import type { Anchor, Correction, EdgeRef } from "./schema";

/** An entry before it is numbered. */
export type Draft = Correction extends infer C ? (C extends Correction ? Omit<C, "id"> : never) : never;

const SENTENCE_END = /[。！？!?；;\n]/;
const MAX_SENTENCE = 160;

function sourceOf(graph: KnowledgeGraph, doc: string): SourceDoc | undefined {
  return graph.getAttribute("sources").find((s) => s.id === doc);
}

/** The sentence holding a span, trimmed to a readable length. */
export function sentenceAround(source: SourceDoc, start: number, end: number): string {
  const { text } = source;
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]) && start - from < MAX_SENTENCE) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]) && to - end < MAX_SENTENCE) to++;
  if (to < text.length && text[to] !== "\n") to++;
  return text.slice(from, to).trim();
}

/** The mention a node is pointed at by: in `doc` when it has one there, else its first. */
function mentionOf(graph: KnowledgeGraph, node: string, doc?: string | null): Span {
  const mentions = graph.getNodeAttribute(node, "mentions");
  const m = mentions.find((x) => x.doc === doc) ?? mentions.find((x) => sourceOf(graph, x.doc));
  if (!m) throw new Error(`「${graph.getNodeAttribute(node, "label")}」 has no mention in an article: it cannot be corrected here`);
  return m;
}

export function nodeAnchor(graph: KnowledgeGraph, node: string, doc?: string | null): Anchor {
  const m = mentionOf(graph, node, doc);
  return makeAnchor(sourceOf(graph, m.doc)!, m.start, m.end);
}

function nodeContext(graph: KnowledgeGraph, node: string, doc?: string | null) {
  const m = mentionOf(graph, node, doc);
  return { label: graph.getNodeAttribute(node, "label"), sentence: sentenceAround(sourceOf(graph, m.doc)!, m.start, m.end) };
}

/** A relation by the words of its ends, in the article of its first evidence. */
export function edgeRef(graph: KnowledgeGraph, edge: string): EdgeRef {
  const a = graph.getEdgeAttributes(edge);
  const doc = a.evidence[0]?.doc;
  const ref: EdgeRef = { source: nodeAnchor(graph, graph.source(edge), doc), relation: a.relation, target: nodeAnchor(graph, graph.target(edge), doc) };
  if (a.date) ref.date = a.date;
  return ref;
}

function edgeContext(graph: KnowledgeGraph, edge: string) {
  const a = graph.getEdgeAttributes(edge);
  const label = `${graph.getNodeAttribute(graph.source(edge), "label")} ${a.relation} ${graph.getNodeAttribute(graph.target(edge), "label")}`;
  const ev = a.evidence.find((s) => sourceOf(graph, s.doc));
  return ev ? { label, sentence: sentenceAround(sourceOf(graph, ev.doc)!, ev.start, ev.end) } : { label };
}

export const drafts = {
  merge: (g: KnowledgeGraph, node: string, into: string, doc?: string | null): Draft => ({
    op: "merge",
    node: nodeAnchor(g, node, doc),
    into: nodeAnchor(g, into, doc),
    context: { ...nodeContext(g, node, doc), label: `${g.getNodeAttribute(node, "label")} → ${g.getNodeAttribute(into, "label")}` },
  }),
  distinct: (g: KnowledgeGraph, a: string, b: string): Draft => ({
    op: "distinct",
    a: nodeAnchor(g, a),
    b: nodeAnchor(g, b),
    context: { label: `${g.getNodeAttribute(a, "label")} ≠ ${g.getNodeAttribute(b, "label")}` },
  }),
  split: (g: KnowledgeGraph, node: string, doc: string): Draft => ({ op: "split", node: nodeAnchor(g, node, doc), context: nodeContext(g, node, doc) }),
  rename: (g: KnowledgeGraph, node: string, label: string, doc?: string | null): Draft => ({ op: "rename", node: nodeAnchor(g, node, doc), label, context: nodeContext(g, node, doc) }),
  retype: (g: KnowledgeGraph, node: string, type: NodeType, doc?: string | null): Draft => ({ op: "retype", node: nodeAnchor(g, node, doc), type, context: nodeContext(g, node, doc) }),
  deleteNode: (g: KnowledgeGraph, node: string, doc?: string | null): Draft => ({ op: "delete-node", node: nodeAnchor(g, node, doc), context: nodeContext(g, node, doc) }),
  setNodeDate: (g: KnowledgeGraph, node: string, date: string, doc?: string | null): Draft => ({ op: "set-node-date", node: nodeAnchor(g, node, doc), date, context: nodeContext(g, node, doc) }),
  deleteEdge: (g: KnowledgeGraph, edge: string): Draft => ({ op: "delete-edge", edge: edgeRef(g, edge), context: edgeContext(g, edge) }),
  setEdgeDate: (g: KnowledgeGraph, edge: string, date: string): Draft => ({ op: "set-edge-date", edge: edgeRef(g, edge), date, context: edgeContext(g, edge) }),
  /** A missing relation; `evidence` is the words selected in article `doc`, which both ends are pointed at from when they can be. */
  addEdge: (g: KnowledgeGraph, source: string, relation: Relation, target: string, evidence: Span, date?: string): Draft => {
    const src = sourceOf(g, evidence.doc);
    if (!src) throw new Error(`the article ${evidence.doc} is not in the graph`);
    const edge: EdgeRef = { source: nodeAnchor(g, source, evidence.doc), relation, target: nodeAnchor(g, target, evidence.doc) };
    if (date) edge.date = date;
    return {
      op: "add-edge",
      edge,
      evidence: makeAnchor(src, evidence.start, evidence.end),
      context: { label: `${g.getNodeAttribute(source, "label")} ${relation} ${g.getNodeAttribute(target, "label")}`, sentence: src.text.slice(evidence.start, evidence.end) },
    };
  },
};

/** The numbered entry, keys in the file's order. */
export function numbered(id: string, draft: Draft): Correction {
  return { id, ...draft } as Correction;
}
