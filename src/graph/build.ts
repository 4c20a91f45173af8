// Extractions of one or more articles -> one graphology graph as the contract
// describes it: one node per entity across articles, one edge per distinct
// (source, relation, target, date), merged evidence, sizes, colours, layout.
import Graph from "graphology";
import type { Extraction, ExtractedEntity, TextRange } from "../extract/types";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, Span } from "./contract";
import { GRAPH_OPTIONS } from "./contract";
import { applyLayout, type LayoutOptions } from "./layout";
import { attachSearchKeys } from "./search-keys";
import { sizeFromDegree, TYPE_COLORS } from "./style";

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface BuildOptions {
  builtWith: string;
  layout?: LayoutOptions | false;
}

/** Meeting names too generic to say two articles report the same gathering. */
const MIN_SHARED_MEETING_NAME = 4;

function mergeKeyOf(e: ExtractedEntity, docId: string): string {
  if (e.type !== "meeting") return `${e.type}:${e.matchKey}`;
  const base = `meeting:${e.date ?? ""}:${e.matchKey}`;
  // Two articles' "會議" on one day are not known to be one meeting.
  return e.matchKey.length >= MIN_SHARED_MEETING_NAME && e.date ? base : `${base}@${docId}#${e.id}`;
}

function readableKey(e: ExtractedEntity): string {
  return e.type === "meeting" && e.date ? `meeting:${e.date}:${e.label}` : `${e.type}:${e.label}`;
}

const spans = (doc: string, ranges: TextRange[]): Span[] => ranges.map((r) => ({ doc, start: r.start, end: r.end }));

function pushUnique(list: string[], values: Iterable<string>, except?: string) {
  for (const v of values) if (v !== except && !list.includes(v)) list.push(v);
}

export function buildGraph(extractions: Extraction[], options: BuildOptions): KnowledgeGraph {
  const graph: KnowledgeGraph = new Graph({ ...GRAPH_OPTIONS });
  graph.replaceAttributes({ sources: extractions.map((x) => x.doc), builtWith: options.builtWith });

  const nodeOfMergeKey = new Map<string, string>();
  const takenKeys = new Map<string, number>();

  for (const { doc, entities, relations } of extractions) {
    const nodeOfLocal = new Map<string, string>();
    const claimedHere = new Set<string>();
    for (const e of entities) {
      let mergeKey = mergeKeyOf(e, doc.id);
      // Two entities of one article are two nodes, even when their names agree (分别召开).
      if (claimedHere.has(mergeKey)) mergeKey = `${mergeKey}@${doc.id}#${e.id}`;
      claimedHere.add(mergeKey);
      let key = nodeOfMergeKey.get(mergeKey);
      if (key === undefined) {
        const wanted = readableKey(e);
        const seen = (takenKeys.get(wanted) ?? 0) + 1;
        takenKeys.set(wanted, seen);
        key = seen === 1 ? wanted : `${wanted}#${seen}`;
        nodeOfMergeKey.set(mergeKey, key);
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
      const key = r.date ? `${source}|${r.relation}|${target}|${r.date}` : `${source}|${r.relation}|${target}`;
      if (graph.hasEdge(key)) {
        const attrs = graph.getEdgeAttributes(key);
        attrs.evidence.push(...spans(doc.id, r.evidence));
        if (!r.inferred) delete attrs.inferred;
        if (r.title && (!attrs.title || r.title.length > attrs.title.length)) attrs.title = r.title;
        continue;
      }
      const attrs: EdgeAttributes = { relation: r.relation, evidence: spans(doc.id, r.evidence) };
      if (r.date) attrs.date = r.date;
      if (r.title) attrs.title = r.title;
      if (r.inferred) attrs.inferred = true;
      graph.addDirectedEdgeWithKey(key, source, target, attrs);
    }
  }

  let maxDegree = 0;
  graph.forEachNode((n) => (maxDegree = Math.max(maxDegree, graph.degree(n))));
  graph.forEachNode((n, a) => {
    a.size = sizeFromDegree(graph.degree(n), maxDegree);
  });
  if (options.layout !== false) applyLayout(graph, options.layout ?? {});
  // Extra attribute `search`: cross-script and pinyin keys, so the explorer
  // needs no converter on first load (see search-keys.ts).
  attachSearchKeys(graph);
  return graph;
}

/** The contract's JSON text: stable key order, no timestamps. */
export function serializeGraph(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export());
}
