// Keys the map can draw. Sigma keeps its per-node and per-edge caches in plain
// objects, where the key "__proto__" sets the object's prototype instead of an
// entry: the renderer's state breaks, and graphs opened after it fail too. The
// contract and the export tools take such a key; the explorer refuses the graph,
// before it replaces the one on screen, and says which key to rename.
import type { KnowledgeGraph } from "../../graph/build";

const RESERVED = new Set(["__proto__"]);

/** Why the map cannot show this graph, or undefined when it can. */
export function unrenderableKeys(graph: KnowledgeGraph): string | undefined {
  for (const kind of ["node", "edge"] as const) {
    const keys = kind === "node" ? graph.nodes() : graph.edges();
    const bad = keys.find((k) => RESERVED.has(k));
    if (bad !== undefined) return `${kind} key "${bad}": the map cannot draw a ${kind} with this key (its renderer keeps ${kind}s in plain objects); rename it`;
  }
  return undefined;
}
