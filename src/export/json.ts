// The contract itself (graphology's own serialisation): opens again in the
// explorer. Evidence spans also carry their words, for readers outside it.
import type { KnowledgeGraph } from "../graph/build";
import { quote, sourcesById } from "./records";

export function writeJson(graph: KnowledgeGraph): string {
  const data = graph.export();
  const sources = sourcesById(graph);
  for (const edge of data.edges) {
    if (edge.attributes) edge.attributes.evidence = edge.attributes.evidence.map((s) => quote(sources, s));
  }
  return JSON.stringify(data);
}
