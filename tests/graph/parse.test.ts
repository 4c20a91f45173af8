import { describe, expect, it } from "vitest";
import { graphFromData, parseGraphText } from "../../src/graph/parse";
import { storyJson } from "../app/story-graph";

const node = (key: string, attrs: Record<string, unknown> = {}) => ({
  key,
  attributes: { label: key, type: "official", aliases: [], mentions: [], x: 0, y: 0, size: 1, color: "#000", ...attrs },
});
const file = (nodes: unknown[], edges: unknown[] = []) => ({ attributes: { sources: [], builtWith: "t" }, nodes, edges });

describe("parseGraphText", () => {
  it("reads a contract graph", () => {
    const r = parseGraphText(storyJson());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.graph.hasNode("official:鄭邦山")).toBe(true);
  });

  it("says when the text is not JSON, with the parser's reason", () => {
    const r = parseGraphText('{"nodes": [');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.kind).toBe("json");
      expect(r.problem.details[0]).toMatch(/JSON/);
    }
  });

  it("names the field and the node that break the contract", () => {
    const r = graphFromData(file([node("official:甲"), node("official:乙", { type: "wizard" })]));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.kind).toBe("schema");
      expect(r.problem.details[0]).toContain('nodes[1].attributes.type (node "official:乙")');
    }
  });

  it("names an edge whose end is no node", () => {
    const r = graphFromData(file([node("a")], [{ source: "a", target: "b", attributes: { relation: "chaired", evidence: [] } }]));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.kind).toBe("structure");
      expect(r.problem.details).toEqual(['edges[0].target: no node has the key "b"']);
    }
  });

  it("calls a graph without nodes empty", () => {
    const r = graphFromData(file([]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.kind).toBe("empty");
  });
});
