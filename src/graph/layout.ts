// A precomputed, reproducible layout: seeded initial positions, ForceAtlas2
// for a fixed number of iterations, then noverlap, rounded so the output is
// byte-identical from run to run. Past CORE_LAYOUT_ABOVE nodes only the core
// (entities that recur across articles) gets ForceAtlas2 and the rest is
// placed beside it (layout-core.ts): ForceAtlas2 over every meeting and
// notice of a large corpus was most of the build's time.
import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import { coreNodes, inducedSubgraph, placeOutward } from "./layout-core";

import { seededRandom } from "./seeded-random";
export { seededRandom };

export interface LayoutOptions {
  seed?: number;
  /** ForceAtlas2 iterations; by default fewer as the graph grows. */
  iterations?: number;
  /** Lay out only the core above this many nodes (default CORE_LAYOUT_ABOVE). */
  coreAbove?: number;
}

/** Up to this many nodes every node gets ForceAtlas2, as small graphs always have. */
export const CORE_LAYOUT_ABOVE = 5000;

export function defaultIterations(order: number): number {
  if (order <= 500) return 300;
  if (order <= 5000) return 120;
  return 50;
}

export function noverlapGridSize(order: number): number {
  return Math.max(20, Math.round(Math.sqrt(order)));
}

const round = (v: number) => Math.round(v * 100) / 100;

export function applyLayout(graph: Graph, options: LayoutOptions = {}): void {
  if (graph.order === 0) return;
  if (graph.order > (options.coreAbove ?? CORE_LAYOUT_ABOVE)) {
    layoutCoreThenPlace(graph, options);
    return;
  }
  forceLayout(graph, options);
}

/** Seeded start, ForceAtlas2, noverlap and rounding, over every node of `graph`. */
function forceLayout(graph: Graph, options: LayoutOptions): void {
  const random = seededRandom(options.seed ?? 42);
  const radius = Math.sqrt(graph.order) * 10;
  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, { x: (random() - 0.5) * radius, y: (random() - 0.5) * radius });
  });
  const settings = forceAtlas2.inferSettings(graph);
  const barnesHut = graph.order > 2000;
  forceAtlas2.assign(graph, {
    iterations: options.iterations ?? defaultIterations(graph.order),
    // θ = 1.2 is Gephi's default: a third of the time per iteration of the
    // library's 0.5 at 30k nodes (bench figures in BENCHMARKS.md).
    settings: barnesHut ? { ...settings, barnesHutOptimize: true, barnesHutTheta: 1.2 } : { ...settings, barnesHutOptimize: false },
  });
  noverlap.assign(graph, {
    maxIterations: graph.order > 5000 ? 20 : 100,
    // noverlap compares every pair of nodes within a grid cell; its fixed 20×20
    // grid made it quadratic in the node count. About one cell per node keeps
    // it linear, and finds the same overlapping pairs.
    settings: { margin: 2, ratio: 1.1, gridSize: noverlapGridSize(graph.order) },
  });
  graph.forEachNode((node, a) => {
    graph.mergeNodeAttributes(node, { x: round(a.x as number), y: round(a.y as number) });
  });
}

function layoutCoreThenPlace(graph: Graph, options: LayoutOptions): void {
  const core = inducedSubgraph(graph, coreNodes(graph));
  if (core.order > 0) {
    // The core keeps the sizes the map shows, so noverlap spaces it as drawn.
    core.forEachNode((n) => core.setNodeAttribute(n, "size", graph.getNodeAttribute(n, "size")));
    forceLayout(core, options);
    core.forEachNode((n, a) => graph.mergeNodeAttributes(n, { x: a.x, y: a.y }));
  }
  placeOutward(graph, (n) => core.hasNode(n), typicalEdgeLength(core), (options.seed ?? 42) + 1);
}

/** The median length of the core's edges (10 when it has none): how far a leaf sits from its neighbour. */
function typicalEdgeLength(core: Graph): number {
  const lengths: number[] = [];
  core.forEachEdge((_e, _a, _s, _t, sa, ta) => lengths.push(Math.hypot((sa.x as number) - (ta.x as number), (sa.y as number) - (ta.y as number))));
  lengths.sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)];
  return median && Number.isFinite(median) && median > 0 ? median : 10;
}
