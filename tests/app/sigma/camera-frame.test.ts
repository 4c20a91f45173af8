import { describe, expect, it } from "vitest";
import { alreadyThere, frame, WHOLE_GRAPH } from "../../../src/app/sigma/camera-frame";

describe("frame", () => {
  it("moves close to one node, but never farther out than the camera is", () => {
    expect(frame([{ x: 0.2, y: 0.7 }], 1)).toEqual({ x: 0.2, y: 0.7, ratio: 0.45 });
    expect(frame([{ x: 0.2, y: 0.7 }], 0.1)).toEqual({ x: 0.2, y: 0.7, ratio: 0.1 });
  });

  it("centres several nodes with a margin, leaving hidden and unknown ones out", () => {
    const f = frame([{ x: 0.2, y: 0.4 }, { x: 0.6, y: 0.5 }, { x: 5, y: 5, hidden: true }, undefined], 1)!;
    expect(f.x).toBeCloseTo(0.4);
    expect(f.y).toBeCloseTo(0.45);
    expect(f.ratio).toBeCloseTo(0.6);
  });

  it("gives nothing when nothing can be shown", () => {
    expect(frame([undefined, { x: 0, y: 0, hidden: true }], 1)).toBeNull();
  });
});

describe("alreadyThere", () => {
  it("is true only where the camera would end up", () => {
    expect(alreadyThere({ x: 0.5, y: 0.5, ratio: 1 }, WHOLE_GRAPH)).toBe(true);
    expect(alreadyThere({ x: 0.5 + 1e-12, y: 0.5, ratio: 1 }, WHOLE_GRAPH)).toBe(true);
    expect(alreadyThere({ x: 0.51, y: 0.5, ratio: 1 }, WHOLE_GRAPH)).toBe(false);
    expect(alreadyThere({ x: 0.5, y: 0.5, ratio: 0.9 }, WHOLE_GRAPH)).toBe(false);
    expect(alreadyThere({ x: 0.2, y: 0.7, ratio: 0.45 }, frame([{ x: 0.2, y: 0.7 }], 1)!)).toBe(true);
  });
});
