// The mark of a hand-picked node: a dark ring just outside its disc, drawn
// on sigma's label canvas (see draw-label.ts), so it shows on the map and in
// a PNG of it without a WebGL program of its own.

export const PICKED_RING = "#1F2933";

export function drawPickedRing(context: CanvasRenderingContext2D, data: { x: number; y: number; size: number; picked?: unknown }): void {
  if (!data.picked) return;
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.lineWidth = 2.5;
  context.strokeStyle = PICKED_RING;
  context.stroke();
}
