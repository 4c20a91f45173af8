// A short ForceAtlas2 run in a web worker that settles nodes just added to
// the map. Every other node is fixed for the run, so the map the reader knows
// does not move; the run ends by itself after a few seconds or when stopped.
import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";

export const SETTLE_MS = 4000;

export type SettleEnd = "done" | "stopped";

export interface LayoutRun {
  stop(): void;
  /** Resolves when the run ends, by itself ("done") or stopped. */
  done: Promise<SettleEnd>;
}

export function settleNewNodes(graph: Graph, added: readonly string[], durationMs = SETTLE_MS): LayoutRun {
  const moving = new Set(added);
  // The supervisor reads `fixed` once, when it copies the graph at start();
  // the flags are taken off again at once, so no file ever carries them.
  const flagged: string[] = [];
  // The worker hands back every position as a 32-bit float: fixed nodes get
  // their exact coordinates back, so their data does not change either.
  const kept = new Map<string, { x: number; y: number }>();
  graph.forEachNode((node, attrs) => {
    if (moving.has(node)) return;
    kept.set(node, { x: attrs.x as number, y: attrs.y as number });
    if (attrs.fixed) return;
    attrs.fixed = true;
    flagged.push(node);
  });
  const outputReducer = (node: string, attrs: Record<string, unknown>) => {
    const place = kept.get(node);
    if (place) {
      attrs.x = place.x;
      attrs.y = place.y;
    }
    return attrs;
  };
  let supervisor: FA2LayoutSupervisor;
  try {
    supervisor = new FA2LayoutSupervisor(graph, { settings: forceAtlas2.inferSettings(graph), getEdgeWeight: null, outputReducer });
    supervisor.start();
  } finally {
    for (const node of flagged) delete graph.getNodeAttributes(node).fixed;
  }

  let end: (how: SettleEnd) => void = () => {};
  const done = new Promise<SettleEnd>((resolve) => {
    let over = false;
    const timer = setTimeout(() => end("done"), durationMs);
    end = (how) => {
      if (over) return;
      over = true;
      clearTimeout(timer);
      supervisor.kill();
      resolve(how);
    };
  });
  return { stop: () => end("stopped"), done };
}
