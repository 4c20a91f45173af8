import { describe, expect, it } from "vitest";
import { drawPickedRing, PICKED_RING } from "../../../src/app/sigma/picked-ring";

/** A 2D context that records what is drawn. */
function recorder() {
  const calls: string[] = [];
  const ctx = new Proxy({} as Record<string, unknown>, {
    get: (_t, key: string) => (...args: unknown[]) => calls.push(`${key}(${args.join(",")})`),
    set: (_t, key: string, value) => {
      calls.push(`${key}=${value}`);
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

describe("drawPickedRing", () => {
  it("rings a hand-picked node just outside its disc", () => {
    const { ctx, calls } = recorder();
    drawPickedRing(ctx, { x: 10, y: 20, size: 5, picked: true });
    expect(calls).toEqual(["beginPath()", `arc(10,20,8,0,${Math.PI * 2})`, "lineWidth=2.5", `strokeStyle=${PICKED_RING}`, "stroke()"]);
  });

  it("draws nothing for other nodes", () => {
    const { ctx, calls } = recorder();
    drawPickedRing(ctx, { x: 10, y: 20, size: 5, picked: false });
    drawPickedRing(ctx, { x: 10, y: 20, size: 5 });
    expect(calls).toEqual([]);
  });
});
