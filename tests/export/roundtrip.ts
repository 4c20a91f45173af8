// Shared by the per-format round-trip tests: the seed's neighbourhood and
// the checks that a format carried every node, edge and piece of evidence.
import { expect } from "vitest";
import { takeSubgraph } from "../../src/export/subgraph";
import type { KnowledgeGraph } from "../../src/graph/build";
import { AWKWARD_KEY, defined, expectedViews, SEED, testGraph, type EdgeView, type NodeView } from "./fixture";

export function seedNeighbourhood(depth = 1): KnowledgeGraph {
  return takeSubgraph(testGraph(), { choice: { kind: "neighbourhood", node: SEED, depth } });
}

export function expectCarried(graph: KnowledgeGraph, nodes: Map<string, NodeView>, edges: Map<string, EdgeView>) {
  const want = expectedViews(graph);
  expect(want.nodes.has(AWKWARD_KEY)).toBe(true); // the awkward strings are part of what is checked
  expect([...nodes.keys()]).toEqual([...want.nodes.keys()]);
  for (const [key, view] of want.nodes) expect(defined(nodes.get(key)!), key).toEqual(view);
  expect([...edges.keys()]).toEqual([...want.edges.keys()]);
  for (const [key, view] of want.edges) expect(defined(edges.get(key)!), key).toEqual(view);
}
