// Layout for large graphs, near-linear in nodes and edges: ForceAtlas2 runs
// only on the core, the entities that recur across articles (officials,
// bodies, places, teams named in two articles or more); every other node (a
// meeting, a notice, a one-article team or person) is then placed beside the
// nodes it links to, breadth-first from the core, each once. Groups linked to
// no core node are laid in rows beside the map. Seeded and in the graph's own
// order, so the same graph gives the same positions.
import Graph from "graphology";
import type { Attributes } from "graphology-types";
import { seededRandom } from "./seeded-random";

/** Kinds of entity that can recur: what a reader looks for first. */
const CORE_TYPES = new Set(["official", "agency", "hospital", "university", "school", "place", "group"]);

const round = (v: number) => Math.round(v * 100) / 100;

/** Nodes of a core type mentioned in two articles or more, with a link to another node. */
export function coreNodes(graph: Graph): string[] {
  const core: string[] = [];
  graph.forEachNode((node, a: Attributes) => {
    if (!CORE_TYPES.has(a.type as string) || graph.degree(node) === 0) return;
    const mentions = (a.mentions as { doc: string }[] | undefined) ?? [];
    const first = mentions[0]?.doc;
    if (mentions.some((m) => m.doc !== first)) core.push(node);
  });
  return core;
}

/** The subgraph of `nodes` and the edges between them, undirected for the layout. */
export function inducedSubgraph(graph: Graph, nodes: readonly string[]): Graph {
  const sub = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const inside = new Set(nodes);
  for (const n of nodes) sub.addNode(n);
  graph.forEachEdge((_e, _a, s, t) => {
    if (s !== t && inside.has(s) && inside.has(t) && !sub.hasEdge(s, t)) sub.addEdge(s, t);
  });
  return sub;
}

/**
 * Places every node that `isPlaced` rejects: breadth-first from placed nodes,
 * each at the centre of its placed neighbours plus a seeded offset of about
 * `step`; unreached groups start in rows to the right of the map.
 */
export function placeOutward(graph: Graph, isPlaced: (n: string) => boolean, step: number, seed: number): void {
  const random = seededRandom(seed);
  const placed = new Set<string>();
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((n, a: Attributes) => {
    if (!isPlaced(n)) return;
    placed.add(n);
    maxX = Math.max(maxX, a.x as number);
    minY = Math.min(minY, a.y as number);
    maxY = Math.max(maxY, a.y as number);
  });
  if (maxX === -Infinity) (maxX = 0), (minY = 0), (maxY = 0);

  const put = (n: string, x: number, y: number) => {
    graph.mergeNodeAttributes(n, { x: round(x), y: round(y) });
    placed.add(n);
  };
  const beside = (n: string) => {
    let x = 0;
    let y = 0;
    let k = 0;
    graph.forEachNeighbor(n, (m, a: Attributes) => {
      if (!placed.has(m)) return;
      x += a.x as number;
      y += a.y as number;
      k++;
    });
    const angle = random() * 2 * Math.PI;
    const r = step * (k === 1 ? 1 : 0.5) * (0.5 + 0.5 * random());
    put(n, x / k + r * Math.cos(angle), y / k + r * Math.sin(angle));
  };
  /** Breadth-first from `frontier`: each unplaced neighbour once, when first reached. */
  const spread = (frontier: string[]) => {
    const queued = new Set<string>();
    for (let head = 0; head < frontier.length; head++) {
      graph.forEachNeighbor(frontier[head], (m) => {
        if (placed.has(m) || queued.has(m)) return;
        queued.add(m);
        frontier.push(m);
      });
      if (!placed.has(frontier[head])) beside(frontier[head]);
    }
  };

  spread([...placed]);
  // Groups linked to nothing placed: rows of seeds to the right, each group spread from its first node.
  const span = Math.max(maxY - minY, step * 10);
  const perRow = Math.max(1, Math.floor(span / (step * 4)));
  let islands = 0;
  graph.forEachNode((n) => {
    if (placed.has(n)) return;
    const column = Math.floor(islands / perRow);
    const row = islands % perRow;
    put(n, maxX + step * (4 + column * 4), minY + row * step * 4);
    islands++;
    spread([n]);
  });
}
