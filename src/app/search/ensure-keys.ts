// A graph imported from elsewhere may lack the build-time search keys: they
// are computed here, with the converters loaded only then.
import type Graph from "graphology";
import { hasSearchKeys } from "../../graph/search-attrs";

export function lacksSearchKeys(graph: Graph): boolean {
  let lacking = false;
  graph.someNode((_n, attrs) => (lacking = !hasSearchKeys(attrs)));
  return lacking;
}

export async function ensureSearchKeys(graph: Graph): Promise<void> {
  if (!lacksSearchKeys(graph)) return;
  const { attachSearchKeys } = await import("../../graph/search-keys");
  attachSearchKeys(graph);
}
