import { describe, expect, it } from "vitest";
import { nextCorrectionId, parseCorrections, serializeCorrections } from "../../src/corrections/index";

const anchor = { doc: "a", start: 6, end: 8, text: "张明" };
const good = { id: "c1", op: "delete-node", node: anchor, context: { label: "张明", sentence: "张明主持会议。" } };

describe("the corrections file", () => {
  it("reads good entries and names each bad one by number and id, keeping it", () => {
    const text = JSON.stringify({
      version: 1,
      corrections: [good, { id: "c2", op: "rename", node: { ...anchor, end: 9 }, label: "x" }, { id: "c3", op: "explode" }, { ...good }],
    });
    const parsed = parseCorrections(text, "fixes.json");
    expect(parsed.corrections.map((c) => c.id)).toEqual(["c1"]);
    expect(parsed.errors).toEqual([
      expect.stringMatching(/^fixes\.json: entry 2 \(id c2\): node: text must be as long as the span/),
      expect.stringMatching(/^fixes\.json: entry 3 \(id c3\): op: /),
      expect.stringMatching(/^fixes\.json: entry 4 \(id c1\): the id c1 is used by an earlier entry/),
    ]);
    // Written again, nothing is lost: bad entries stay where they were.
    const again = JSON.parse(serializeCorrections(parsed.entries.map((e) => ("correction" in e ? e.correction : e.raw))));
    expect(again).toEqual(JSON.parse(text));
  });

  it("says when the text is not JSON or not a corrections file", () => {
    expect(parseCorrections("{", "f.json")).toMatchObject({ corrections: [], errors: [expect.stringMatching(/^f\.json: not JSON/)] });
    expect(parseCorrections('{"nodes": []}', "f.json").errors[0]).toMatch(/^f\.json: not a corrections file/);
  });

  it("is written stably, one field per line, and numbers new entries after the last", () => {
    const text = serializeCorrections([good]);
    expect(text).toBe(serializeCorrections(parseCorrections(text, "f").corrections));
    expect(text.split("\n").length).toBeGreaterThan(10);
    expect(nextCorrectionId(["c1", "c9", "x"])).toBe("c10");
    expect(nextCorrectionId([])).toBe("c1");
  });
});
