// First positions for nodes added to a graph that is already laid out: each
// beside the nodes it links to, so a short ForceAtlas2 run only has to settle
// them and the rest of the map stays where the reader left it.
import type Graph from "graphology";
import { seededRandom } from "./layout";

interface Point {
  x: number;
  y: number;
}

/** A typical edge length among placed nodes (the median), to scale jitter and gaps. */
function typicalEdgeLength(graph: Graph, placed: (n: string) => boolean): number {
  const lengths: number[] = [];
  graph.forEachEdge((_e, _a, s, t, sa, ta) => {
    if (placed(s) && placed(t)) lengths.push(Math.hypot((sa.x as number) - (ta.x as number), (sa.y as number) - (ta.y as number)));
  });
  lengths.sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)];
  return median && Number.isFinite(median) && median > 0 ? median : 10;
}

/**
 * Places `added` (nodes without a position yet) and leaves every other node
 * where it is: a node linked to placed nodes goes near their centre, the
 * others follow outwards in breadth-first order, and a group linked to
 * nothing placed starts to the right of the map. Seeded: the same graph
 * gives the same positions.
 */
export function placeNearNeighbours(graph: Graph, added: readonly string[], seed = 7): void {
  const pending = new Set(added.filter((n) => graph.hasNode(n)));
  if (!pending.size) return;
  const random = seededRandom(seed);
  const isPlaced = (n: string) => !pending.has(n);
  const step = typicalEdgeLength(graph, isPlaced);

  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((n, a) => {
    if (pending.has(n)) return;
    maxX = Math.max(maxX, a.x as number);
    minY = Math.min(minY, a.y as number);
    maxY = Math.max(maxY, a.y as number);
  });
  if (maxX === -Infinity) (maxX = 0), (minY = 0), (maxY = 0);
  let islands = 0;

  const near = (centre: Point, radius: number): Point => {
    const angle = random() * 2 * Math.PI;
    const r = radius * (0.5 + 0.5 * random());
    return { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) };
  };

  while (pending.size) {
    // One round: every pending node with a placed neighbour, at the centre of those neighbours.
    const round: [string, Point][] = [];
    for (const node of pending) {
      let x = 0;
      let y = 0;
      let k = 0;
      graph.forEachNeighbor(node, (m, a) => {
        if (!isPlaced(m)) return;
        x += a.x as number;
        y += a.y as number;
        k++;
      });
      if (k) round.push([node, near({ x: x / k, y: y / k }, step * (k === 1 ? 1 : 0.5))]);
    }
    if (!round.length) {
      // Nothing placed touches what is left: start the next group beside the map.
      const first = pending.values().next().value as string;
      const span = Math.max(maxY - minY, step);
      round.push([first, { x: maxX + step * (2 + islands), y: minY + span * random() }]);
      islands++;
    }
    for (const [node, p] of round) {
      graph.mergeNodeAttributes(node, { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 });
      pending.delete(node);
    }
  }
}
