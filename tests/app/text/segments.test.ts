import { describe, expect, it } from "vitest";
import { segmentText } from "../../../src/app/text/segments";

const text = "鄭邦山到河南大學第一附屬醫院調研。";

describe("segmentText", () => {
  it("covers the whole text, mentions as their own segments", () => {
    const segs = segmentText(text, [{ start: 0, end: 3, node: "o" }, { start: 4, end: 14, node: "h" }]);
    expect(segs.map((s) => s.text).join("")).toBe(text);
    expect(segs.filter((s) => s.node).map((s) => [s.text, s.node])).toEqual([
      ["鄭邦山", "o"],
      ["河南大學第一附屬醫院", "h"],
    ]);
  });

  it("keeps the longer of two mentions that start together and drops one nested inside", () => {
    const segs = segmentText(text, [{ start: 4, end: 8, node: "u" }, { start: 4, end: 14, node: "h" }, { start: 6, end: 8, node: "x" }]);
    expect(segs.filter((s) => s.node).map((s) => s.node)).toEqual(["h"]);
  });

  it("cuts mentions at the ends of a slice and ignores ranges outside the text", () => {
    const segs = segmentText(text, [{ start: 4, end: 14, node: "h" }, { start: 10, end: 99, node: "bad" }], 8, 12);
    expect(segs).toEqual([{ text: "第一附屬", start: 8, node: "h" }]);
  });
});
