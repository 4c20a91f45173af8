// The heavy half of adding articles, loaded on first use: the merge rules
// (with the script converter they fold labels with), first positions, the
// layout worker.
import Graph from "graphology";
import type { Extraction } from "../../extract/types";
import type { KnowledgeGraph } from "../../graph/build";
import { GRAPH_OPTIONS } from "../../graph/contract";
import { applyLayout } from "../../graph/layout";
import { mergeExtractions, type MergeResult } from "../../graph/merge";
import { placeNearNeighbours } from "../../graph/place";

export { settleNewNodes } from "./settle-layout";

/** Merges into the graph on screen; new nodes start beside their neighbours, the others stay. */
export function mergeIntoGraph(graph: KnowledgeGraph, extractions: Extraction[]): MergeResult {
  const result = mergeExtractions(graph, extractions);
  placeNearNeighbours(graph, result.addedNodes);
  return result;
}

export const BUILT_IN_BROWSER = "articles added in the explorer";

/** A graph of these articles alone, laid out whole: for an explorer that has no graph yet. */
export function graphFromArticles(extractions: Extraction[]): { graph: KnowledgeGraph; result: MergeResult } {
  const graph: KnowledgeGraph = new Graph({ ...GRAPH_OPTIONS });
  graph.replaceAttributes({ sources: [], builtWith: BUILT_IN_BROWSER });
  const result = mergeExtractions(graph, extractions);
  applyLayout(graph);
  return { graph, result };
}
