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

const round = (v: number) => Math.round(v * 100) / 100;

export function applyLayout(graph: Graph, options: LayoutOptions = {}): void {
  if (graph.order === 0) return;
  const random = seededRandom(options.seed ?? 42);
  const radius = Math.sqrt(graph.order) * 10;
  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, { x: (random() - 0.5) * radius, y: (random() - 0.5) * radius });
  });
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, {
    iterations: options.iterations ?? defaultIterations(graph.order),
    settings: { ...settings, barnesHutOptimize: graph.order > 2000 },
  });
  noverlap.assign(graph, { maxIterations: graph.order > 5000 ? 20 : 100, settings: { margin: 2, ratio: 1.1 } });
  graph.forEachNode((node, a) => {
    graph.mergeNodeAttributes(node, { x: round(a.x as number), y: round(a.y as number) });
  });
}
