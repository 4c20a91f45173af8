// The explorer refuses a graph whose node or edge key is "__proto__" (the
// renderer's caches are plain objects: the key set their prototype and broke
// them, and every graph opened after); other names of Object.prototype are keys
// like any other.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { unrenderableKeys } from "../../../src/app/load/renderable";
import type { KnowledgeGraph } from "../../../src/graph/build";
import { GRAPH_OPTIONS } from "../../../src/graph/contract";

const graphOf = (nodes: string[], edges: [string, string, string][] = []) => {
  const g = new Graph({ ...GRAPH_OPTIONS }) as KnowledgeGraph;
  for (const n of nodes) g.addNode(n, { label: n, type: "official", aliases: [], mentions: [], x: 0, y: 0, size: 1, color: "#000" });
  for (const [key, s, t] of edges) g.addDirectedEdgeWithKey(key, s, t, { relation: "leads", evidence: [] });
  return g;
};

describe("keys the map can draw", () => {
  it('refuses a node or an edge keyed "__proto__", naming it', () => {
    expect(unrenderableKeys(graphOf(["official:甲", "__proto__"]))).toMatch(/^node key "__proto__": the map cannot draw a node/);
    expect(unrenderableKeys(graphOf(["a", "b"], [["__proto__", "a", "b"]]))).toMatch(/^edge key "__proto__"/);
  });

  it("takes constructor, toString and a label __proto__", () => {
    expect(unrenderableKeys(graphOf(["constructor", "toString", "hasOwnProperty"], [["valueOf", "constructor", "toString"]]))).toBeUndefined();
  });
});
