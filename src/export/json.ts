// The contract itself (graphology's own serialisation): opens again in the
// explorer. Evidence spans also carry their words, for readers outside it.
// The explorer's search keys are left out (derived data, a sixth of the
// file; the explorer recomputes them on load). Load it with
// `Graph.from(data)`: a plain `new Graph().import(data)` makes a simple graph
// and fails on the parallel edges of this multigraph.
import type { KnowledgeGraph } from "../graph/build";
import { DERIVED_NODE, quote, sourcesById } from "./records";

export function writeJson(graph: KnowledgeGraph): string {
  const data = graph.export();
  const sources = sourcesById(graph);
  for (const node of data.nodes) {
    if (node.attributes) for (const name of DERIVED_NODE) delete node.attributes[name];
  }
  for (const edge of data.edges) {
    if (edge.attributes) edge.attributes.evidence = edge.attributes.evidence.map((s) => quote(sources, s));
  }
  return JSON.stringify(data);
}
