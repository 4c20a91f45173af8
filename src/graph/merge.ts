// Extractions into a contract graph, one article at a time: the one code path
// behind buildGraph (an empty graph, every article) and behind adding an
// article to a graph already on screen (which may have been imported, so the
// rules are read back from the graph itself, not from build-time state).
// Rules: one node per (type, Simplified label), meetings only when dated and
// named specifically enough; one edge per (source, relation, target, date);
// aliases, posts, mentions and evidence appended.
import type { Extraction, ExtractedEntity, TextRange } from "../extract/types";
import { simplify } from "../extract/script";
import type { EdgeAttributes, NodeAttributes, NodeType, Span } from "./contract";
import type { KnowledgeGraph } from "./build";
import { attachSearchKeys } from "./search-keys";
import { sizeFromDegree, TYPE_COLORS } from "./style";

/** Meeting names too generic to say two articles report the same gathering. */
const MIN_SHARED_MEETING_NAME = 4;

/** What makes two entities one node, and two relations one edge. */
export interface MergeIndex {
  /** Merge key (type and Simplified label, a meeting's date) → node key. */
  nodeOfMergeKey: Map<string, string>;
  /** source|relation|target|date → edge key. */
  edgeOfFact: Map<string, string>;
}

export interface MergeResult {
  /** Nodes and edges the articles added, in the order they were added. */
  addedNodes: string[];
  addedEdges: string[];
}

/** The merge key of an entity with this type, Simplified label and date; null when it is never shared. */
function sharedMergeKey(type: NodeType, matchKey: string, date: string | undefined): string | null {
  if (type !== "meeting") return `${type}:${matchKey}`;
  // Two articles' "會議" on one day are not known to be one meeting.
  return matchKey.length >= MIN_SHARED_MEETING_NAME && date ? `meeting:${date}:${matchKey}` : null;
}

function readableKey(e: ExtractedEntity): string {
  return e.type === "meeting" && e.date ? `meeting:${e.date}:${e.label}` : `${e.type}:${e.label}`;
}

const factKey = (source: string, relation: string, target: string, date: string | undefined) => `${source}|${relation}|${target}|${date ?? ""}`;

export function emptyMergeIndex(): MergeIndex {
  return { nodeOfMergeKey: new Map(), edgeOfFact: new Map() };
}

/**
 * The index a graph implies: each node's merge key from its type, label
 * (folded to Simplified as the extractor folds it) and date; the first node
 * in the graph's order wins, as it did when the graph was built.
 */
export function indexGraph(graph: KnowledgeGraph): MergeIndex {
  const index = emptyMergeIndex();
  graph.forEachNode((node, a) => {
    const key = sharedMergeKey(a.type, simplify(a.label), a.date);
    if (key !== null && !index.nodeOfMergeKey.has(key)) index.nodeOfMergeKey.set(key, node);
  });
  graph.forEachEdge((edge, a, source, target) => {
    const fact = factKey(source, a.relation, target, a.date);
    if (!index.edgeOfFact.has(fact)) index.edgeOfFact.set(fact, edge);
  });
  return index;
}

/** `wanted`, or `wanted#2`, `#3` … : the first key the graph does not hold. */
function freeKey(has: (key: string) => boolean, wanted: string): string {
  if (!has(wanted)) return wanted;
  let n = 2;
  while (has(`${wanted}#${n}`)) n++;
  return `${wanted}#${n}`;
}

const spans = (doc: string, ranges: TextRange[]): Span[] => ranges.map((r) => ({ doc, start: r.start, end: r.end }));

function pushUnique(list: string[], values: Iterable<string>, except?: string) {
  for (const v of values) if (v !== except && !list.includes(v)) list.push(v);
}

/**
 * Adds one article's entities and relations, and its source entry, to the
 * graph. New nodes sit at (0, 0) with size 1: sizes, layout and search keys
 * are the caller's last step (see finishMerge).
 */
export function addExtraction(graph: KnowledgeGraph, index: MergeIndex, { doc, entities, relations }: Extraction): MergeResult {
  const sources = graph.getAttribute("sources");
  if (sources.some((s) => s.id === doc.id)) throw new Error(`the graph already has an article with the id ${doc.id}`);
  sources.push(doc);

  const added: MergeResult = { addedNodes: [], addedEdges: [] };
  const nodeOfLocal = new Map<string, string>();
  const claimedHere = new Set<string>();
  for (const e of entities) {
    let mergeKey = sharedMergeKey(e.type, e.matchKey, e.date);
    // Two entities of one article are two nodes, even when their names agree (分别召开).
    if (mergeKey !== null && claimedHere.has(mergeKey)) mergeKey = null;
    if (mergeKey !== null) claimedHere.add(mergeKey);
    let key = mergeKey === null ? undefined : index.nodeOfMergeKey.get(mergeKey);
    if (key === undefined) {
      key = freeKey((k) => graph.hasNode(k), readableKey(e));
      if (mergeKey !== null) index.nodeOfMergeKey.set(mergeKey, key);
      const attrs: NodeAttributes = {
        label: e.label,
        type: e.type,
        aliases: [],
        mentions: [],
        x: 0,
        y: 0,
        size: 1,
        color: TYPE_COLORS[e.type],
      };
      if (e.type === "official") attrs.titles = [];
      if (e.date) attrs.date = e.date;
      graph.addNode(key, attrs);
      added.addedNodes.push(key);
    }
    const attrs = graph.getNodeAttributes(key);
    pushUnique(attrs.aliases, e.label === attrs.label ? e.aliases : [e.label, ...e.aliases], attrs.label);
    if (e.titles?.length) pushUnique((attrs.titles ??= []), e.titles);
    attrs.mentions.push(...spans(doc.id, e.mentions));
    nodeOfLocal.set(e.id, key);
  }

  for (const r of relations) {
    const source = nodeOfLocal.get(r.source);
    const target = nodeOfLocal.get(r.target);
    if (!source || !target) throw new Error(`relation ${r.relation} in ${doc.id} names an unknown entity`);
    if (source === target) continue;
    const fact = factKey(source, r.relation, target, r.date);
    const existing = index.edgeOfFact.get(fact);
    if (existing !== undefined) {
      const attrs = graph.getEdgeAttributes(existing);
      attrs.evidence.push(...spans(doc.id, r.evidence));
      if (!r.inferred) delete attrs.inferred;
      if (r.title && (!attrs.title || r.title.length > attrs.title.length)) attrs.title = r.title;
      continue;
    }
    const attrs: EdgeAttributes = { relation: r.relation, evidence: spans(doc.id, r.evidence) };
    if (r.date) attrs.date = r.date;
    if (r.title) attrs.title = r.title;
    if (r.inferred) attrs.inferred = true;
    const key = freeKey((k) => graph.hasEdge(k), r.date ? `${source}|${r.relation}|${target}|${r.date}` : `${source}|${r.relation}|${target}`);
    graph.addDirectedEdgeWithKey(key, source, target, attrs);
    index.edgeOfFact.set(fact, key);
    added.addedEdges.push(key);
  }
  return added;
}

/** Throws, before anything changes, what addExtraction would throw halfway through. */
function checkExtractions(graph: KnowledgeGraph, extractions: Extraction[]): void {
  const ids = new Set(graph.getAttribute("sources").map((s) => s.id));
  for (const { doc, entities, relations } of extractions) {
    if (ids.has(doc.id)) throw new Error(`the graph already has an article with the id ${doc.id}`);
    ids.add(doc.id);
    const local = new Set(entities.map((e) => e.id));
    const stray = relations.find((r) => !local.has(r.source) || !local.has(r.target));
    if (stray) throw new Error(`relation ${stray.relation} in ${doc.id} names an unknown entity`);
  }
}

/** Node sizes from degree, over the whole graph (a merge can change the largest degree). */
export function sizeByDegree(graph: KnowledgeGraph): void {
  let maxDegree = 0;
  graph.forEachNode((n) => (maxDegree = Math.max(maxDegree, graph.degree(n))));
  graph.forEachNode((n, a) => {
    a.size = sizeFromDegree(graph.degree(n), maxDegree);
  });
}

/**
 * Adds articles to a graph that already stands (built here or imported).
 * Sizes are recomputed and search keys attached where nodes lack them or
 * gained aliases; new nodes are left at (0, 0) for the caller to place
 * (see place.ts): existing nodes keep their positions.
 */
export function mergeExtractions(graph: KnowledgeGraph, extractions: Extraction[]): MergeResult {
  checkExtractions(graph, extractions);
  const index = indexGraph(graph);
  const result: MergeResult = { addedNodes: [], addedEdges: [] };
  for (const x of extractions) {
    const one = addExtraction(graph, index, x);
    result.addedNodes.push(...one.addedNodes);
    result.addedEdges.push(...one.addedEdges);
  }
  sizeByDegree(graph);
  attachSearchKeys(graph);
  return result;
}
