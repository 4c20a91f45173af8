// Where the camera goes to show some nodes, in sigma's camera coordinates.

const CLOSE_RATIO = 0.45;

/**
 * One node close up (never farther out than the camera is now), several
 * centred with a margin around them.
 */
export function frame(points: Iterable<{ x: number; y: number; hidden?: boolean } | undefined>, ratio: number): { x: number; y: number; ratio: number } | null {
  // Loops, not Math.min(...list): a focus may hold tens of thousands of nodes.
  let n = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    if (!p || p.hidden) continue;
    n++;
    if (p.x < minX) minX = p.x;
    if (p.x > maxX) maxX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.y > maxY) maxY = p.y;
  }
  if (n === 0) return null;
  if (n === 1) return { x: minX, y: minY, ratio: Math.min(ratio, CLOSE_RATIO) };
  const extent = Math.max(maxX - minX, maxY - minY);
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: Math.min(1.2, Math.max(0.15, extent * 1.5)) };
}

/** Where sigma's camera shows the whole graph (its reset state). */
export const WHOLE_GRAPH = { x: 0.5, y: 0.5, ratio: 1 } as const;

/**
 * The camera is where a move would take it. Animating anyway redraws the
 * same picture for every frame of the animation, and on a large graph with
 * software WebGL each of those frames costs seconds (the explorer asks for
 * the whole graph as soon as it opens, where the camera already is).
 */
export function alreadyThere(camera: { x: number; y: number; ratio: number }, target: { x: number; y: number; ratio: number }): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return near(camera.x, target.x) && near(camera.y, target.y) && near(camera.ratio, target.ratio);
}
