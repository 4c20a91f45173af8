// A precomputed, reproducible layout: seeded initial positions, ForceAtlas2
// for a fixed number of iterations, then noverlap, rounded so the output is
// byte-identical from run to run.
import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";

export interface LayoutOptions {
  seed?: number;
  /** ForceAtlas2 iterations; by default fewer as the graph grows. */
  iterations?: number;
}

/** mulberry32: a tiny seeded PRNG, enough for initial positions. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
