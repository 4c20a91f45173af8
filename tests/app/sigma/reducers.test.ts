import { describe, expect, it } from "vitest";
import { emptyRenderState, FADED_NODE, makeEdgeReducer, makeNodeReducer, type RenderState } from "../../../src/app/sigma/reducers";
import type { ComputedView } from "../../../src/app/store/compute-view";
import { emptyCounts } from "../../../src/app/store/loaded-graph";
import { RELATION_COLORS } from "../../../src/graph/style";

const view = (nodes: string[], edges: string[]): ComputedView => ({
  nodes: new Set(nodes),
  edges: new Set(edges),
  counts: emptyCounts(),
  focused: false,
  path: null,
  pathMissing: false,
});

function reducers(state: Partial<RenderState>) {
  const s = { ...emptyRenderState(), ...state };
  return { node: makeNodeReducer(() => s), edge: makeEdgeReducer(() => s) };
}

describe("reducers", () => {
  it("change the data sigma hands them in place instead of copying it", () => {
    const r = reducers({ computed: view(["a"], ["e"]) });
    const data = { label: "甲", type: "official", x: 0, y: 0, color: "#E69F00" };
    expect(r.node("a", data)).toBe(data);
    const edge = { relation: "chaired" };
    expect(r.edge("e", edge)).toBe(edge);
  });

  it("hide what the view leaves out and draw with sigma's program, not the contract type", () => {
    const r = reducers({ computed: view(["a"], []) });
    expect(r.node("b", { type: "agency" })).toMatchObject({ hidden: true });
    const shown = r.node("a", { type: "agency" });
    expect(shown.hidden).toBeUndefined();
    expect(shown.type).toBe("circle");
    expect(r.edge("e", { relation: "chaired" })).toMatchObject({ hidden: true });
  });

  it("fade all but the hovered node's neighbourhood and show only its edges", () => {
    const r = reducers({
      computed: view(["a", "b", "c"], ["ab", "bc"]),
      hoverNodes: new Set(["a", "b"]),
      hoverEdges: new Set(["ab"]),
      hoverLabels: true,
    });
    expect(r.node("c", { color: "#000", label: "丙" })).toMatchObject({ color: FADED_NODE, label: "" });
    expect(r.node("b", { color: "#000", label: "乙" })).toMatchObject({ color: "#000", label: "乙", forceLabel: true });
    expect(r.edge("bc", { relation: "chaired" })).toMatchObject({ hidden: true });
    expect(r.edge("ab", { relation: "chaired" })).toMatchObject({ color: RELATION_COLORS.chaired, size: 2 });
  });

  it("highlight the selection and the path, and use the chosen script's labels", () => {
    const r = reducers({
      computed: view(["a", "b", "c"], ["ab", "bc"]),
      selected: "a",
      pathNodes: new Set(["a", "b"]),
      pathEdges: new Set(["ab"]),
      labels: new Map([["b", "郑邦山"]]),
    });
    expect(r.node("a", { label: "x" })).toMatchObject({ highlighted: true, forceLabel: true });
    expect(r.node("b", { label: "鄭邦山" })).toMatchObject({ label: "郑邦山", forceLabel: true });
    expect(r.node("c", { label: "丙" })).toMatchObject({ color: FADED_NODE });
    expect(r.edge("ab", { relation: "issued" }).size).toBe(3);
  });

  it("mark hand-picked nodes for the ring and always label them, leaving the rest as they were", () => {
    const r = reducers({ computed: view(["a", "b"], []), picked: new Set(["a"]) });
    expect(r.node("a", { label: "甲", color: "#E69F00" })).toMatchObject({ picked: true, forceLabel: true, color: "#E69F00" });
    const other = r.node("b", { label: "乙", picked: true });
    expect(other.picked).toBe(false); // an attribute of that name in a file does not count
    expect(other.forceLabel).toBeUndefined();
  });

  it("never move, resize or restack a node for the selection or the hand-picked set, so those redraw alone", () => {
    const plain = reducers({ computed: view(["a"], []) }).node("a", { size: 4, x: 1, y: 2 });
    const marked = reducers({ computed: view(["a"], []), selected: "a", picked: new Set(["a"]) }).node("a", { size: 4, x: 1, y: 2 });
    expect(marked).toMatchObject({ highlighted: true, picked: true });
    for (const k of ["size", "x", "y", "zIndex"]) expect(marked[k], k).toBe(plain[k]);
  });

  it("in a light hover, label the neighbours and thicken their edges, fading and hiding nothing", () => {
    const r = reducers({
      computed: view(["a", "b", "c"], ["ab", "bc"]),
      hoverNodes: new Set(["a", "b"]),
      hoverEdges: new Set(["ab"]),
      hoverLabels: true,
      lightHover: true,
    });
    expect(r.node("c", { color: "#000", label: "丙" })).toMatchObject({ color: "#000", label: "丙" });
    expect(r.node("c", { color: "#000", label: "丙" }).forceLabel).toBeUndefined();
    expect(r.node("b", { color: "#000", label: "乙" })).toMatchObject({ forceLabel: true });
    expect(r.node("b", {}).zIndex).toBeUndefined();
    expect(r.edge("bc", { relation: "chaired" }).hidden).toBeUndefined();
    expect(r.edge("ab", { relation: "chaired" })).toMatchObject({ size: 2, color: RELATION_COLORS.chaired });
    expect(r.edge("ab", {}).zIndex).toBeUndefined();
  });

  it("keep the path's look on an edge a light hover thickens", () => {
    const r = reducers({ computed: view(["a", "b"], ["ab"]), pathNodes: new Set(["a", "b"]), pathEdges: new Set(["ab"]), hoverEdges: new Set(["ab"]), hoverNodes: new Set(["a"]), lightHover: true });
    expect(r.edge("ab", { relation: "issued" })).toMatchObject({ size: 3, color: "#1F2933" });
  });
});
