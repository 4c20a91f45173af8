// Keys and labels a graph file may hold: well-formed Unicode (a lone surrogate
// made encodeURIComponent throw and crashed the explorer). Such a file is
// refused with the field named, so the graph on screen stays.
import { describe, expect, it } from "vitest";
import { readGraphFile } from "../../src/export/read";
import { graphFromData } from "../../src/graph/parse";

const node = (key: string, attrs: Record<string, unknown> = {}) => ({
  key,
  attributes: { label: "甲", type: "official", aliases: [], mentions: [], x: 0, y: 0, size: 1, color: "#000", ...attrs },
});
const file = (nodes: unknown[], edges: unknown[] = [], sources: unknown[] = []) => ({ attributes: { sources, builtWith: "t" }, nodes, edges });
const problems = (data: unknown) => {
  const r = graphFromData(data);
  return r.ok ? [] : r.problem.details;
};

describe("keys and labels in a graph file", () => {
  it("refuses a node key, an edge end, a label, an alias or a post with a lone surrogate, naming the field", () => {
    expect(problems(file([node("official:\ud800甲")]))).toEqual([expect.stringMatching(/^nodes\[0\]\.key .*lone surrogate/)]);
    expect(problems(file([node("a", { label: "王\udc00" })]))).toEqual([expect.stringMatching(/^nodes\[0\]\.attributes\.label .*lone surrogate/)]);
    expect(problems(file([node("a", { aliases: ["\ud83d"] })]))).toEqual([expect.stringMatching(/^nodes\[0\]\.attributes\.aliases\[0\]/)]);
    expect(problems(file([node("a", { titles: ["廳長\udfff"] })]))).toEqual([expect.stringMatching(/^nodes\[0\]\.attributes\.titles\[0\]/)]);
    expect(problems(file([node("a"), node("b")], [{ source: "a\ud800", target: "b", attributes: { relation: "leads", evidence: [] } }]))).toEqual([
      expect.stringMatching(/^edges\[0\]\.source/),
    ]);
  });

  it("takes pairs of surrogates (characters beyond the BMP, 𠮷) in keys and labels", () => {
    const r = graphFromData(file([node("official:𠮷明", { label: "𠮷明", aliases: ["吉明"] })]));
    expect(r.ok).toBe(true);
    if (r.ok) expect(encodeURIComponent(r.graph.nodes()[0])).toBe("official%3A%F0%A0%AE%B7%E6%98%8E");
  });

  it('takes "__proto__" as a key (the export tools write it; the explorer refuses it, see tests/app/load)', () => {
    const r = graphFromData(file([node("__proto__"), node("constructor", { label: "__proto__" })], [{ key: "__proto__", source: "__proto__", target: "constructor", attributes: { relation: "leads", evidence: [] } }]));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.graph.nodes()).toEqual(["__proto__", "constructor"]);
  });

  it("refuses a lone surrogate through the explorer's reader of graph files too", () => {
    const s = readGraphFile(JSON.stringify(file([node("a\udbff")])), { fileName: "g.json" });
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.errors.join("\n")).toContain("lone surrogate");
  });
});
