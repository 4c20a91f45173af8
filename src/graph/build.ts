// Extractions of one or more articles -> one graphology graph as the contract
// describes it: one node per entity across articles, one edge per distinct
// (source, relation, target, date), merged evidence (merge.ts, shared with
// adding articles to a graph on screen), then sizes, layout, search keys.
import Graph from "graphology";
import type { Extraction } from "../extract/types";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "./contract";
import { GRAPH_OPTIONS } from "./contract";
import { applyLayout, type LayoutOptions } from "./layout";
import { addExtraction, emptyMergeIndex, sizeByDegree } from "./merge";
import { attachSearchKeys } from "./search-keys";

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface BuildOptions {
  builtWith: string;
  layout?: LayoutOptions | false;
}

export function buildGraph(extractions: Iterable<Extraction>, options: BuildOptions): KnowledgeGraph {
  const builder = new GraphBuilder(options.builtWith);
  for (const x of extractions) builder.add(x);
  finishGraph(builder.graph, options.layout);
  return builder.graph;
}

/**
 * The merge one article at a time, for a caller that receives extractions as
 * they come (from worker threads) and keeps no list of them. `graph` is then
 * the merged graph, to correct and finish (finishGraph).
 */
export class GraphBuilder {
  readonly graph: KnowledgeGraph = new Graph({ ...GRAPH_OPTIONS });
  private readonly index = emptyMergeIndex();

  constructor(builtWith: string) {
    this.graph.replaceAttributes({ sources: [], builtWith });
  }

  add(x: Extraction): void {
    addExtraction(this.graph, this.index, x);
  }
}

/** Sizes, layout and search keys: the last step, again after anything changes the graph (corrections). */
export function finishGraph(graph: KnowledgeGraph, layout: LayoutOptions | false = {}): void {
  sizeByDegree(graph);
  if (layout !== false) applyLayout(graph, layout);
  // Extra attribute `search`: cross-script and pinyin keys, so the explorer
  // needs no converter on first load (see search-keys.ts).
  attachSearchKeys(graph);
}

/** The contract's JSON text: stable key order, no timestamps. */
export function serializeGraph(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export());
}
