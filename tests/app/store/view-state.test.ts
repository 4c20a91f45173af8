import { describe, expect, it } from "vitest";
import * as T from "../../../src/app/store/view-state";
import { INITIAL_VIEW } from "../../../src/app/store/view-state";
import { NODE_TYPES, RELATIONS } from "../../../src/graph/contract";

describe("view transitions", () => {
  it("toggles types and relations, keeping contract order", () => {
    let v = T.toggleType(INITIAL_VIEW, "place");
    v = T.toggleType(v, "official");
    expect(v.hiddenTypes).toEqual(["official", "place"]);
    expect(T.toggleType(v, "official").hiddenTypes).toEqual(["place"]);
    const r = T.toggleRelation(T.toggleRelation(INITIAL_VIEW, "mentions"), "chaired");
    expect(r.hiddenRelations).toEqual(["chaired", "mentions"]);
    expect(T.showAllTypesAndRelations({ ...v, hiddenRelations: r.hiddenRelations })).toMatchObject({ hiddenTypes: [], hiddenRelations: [] });
  });

  it("shows one type or relation alone, and expands a node through one relation", () => {
    expect(T.onlyRelation(INITIAL_VIEW, "issued").hiddenRelations).toEqual(RELATIONS.filter((r) => r !== "issued"));
    expect(T.onlyType(INITIAL_VIEW, "notice").hiddenTypes).toEqual(NODE_TYPES.filter((t) => t !== "notice"));
    const v = T.expandBy(INITIAL_VIEW, "a", "chaired");
    expect(v).toMatchObject({ node: "a", depth: 1 });
    expect(v.hiddenRelations).not.toContain("chaired");
    expect(v.hiddenRelations).toHaveLength(RELATIONS.length - 1);
    // A deeper focus already chosen is kept.
    expect(T.expandBy({ ...INITIAL_VIEW, depth: 2 }, "a", "chaired").depth).toBe(2);
  });

  it("never changes the view it is given", () => {
    const before = JSON.stringify(INITIAL_VIEW);
    T.toggleType(INITIAL_VIEW, "place");
    T.setWindow(INITIAL_VIEW, "2020-01-01", null);
    T.pathTo(INITIAL_VIEW, "x");
    expect(JSON.stringify(INITIAL_VIEW)).toBe(before);
  });

  it("keeps the same object when selecting the node already selected", () => {
    const v = T.select(INITIAL_VIEW, "a");
    expect(T.select(v, "a")).toBe(v);
  });

  it("sets a window inside out to its last day", () => {
    expect(T.setWindow(INITIAL_VIEW, "2020-02-01", "2020-01-25")).toMatchObject({ from: "2020-01-25", to: "2020-01-25" });
  });

  it("picks path ends: from here, then to there", () => {
    let v = T.pathFrom({ ...INITIAL_VIEW, node: "a" }, "a");
    expect([v.pathFrom, v.pathTo]).toEqual(["a", null]);
    v = T.pathTo({ ...v, node: "b" }, "b");
    expect([v.pathFrom, v.pathTo]).toEqual(["a", "b"]);
    expect(T.pathTo(v, "a")).toBe(v);
    expect(T.clearPath(v)).toMatchObject({ pathFrom: null, pathTo: null });
  });

  it("ends a path at a shift-clicked node, starting it at the selected one", () => {
    const v = T.pathTo({ ...INITIAL_VIEW, node: "a" }, "b");
    expect([v.pathFrom, v.pathTo]).toEqual(["a", "b"]);
    const w = T.pathTo(INITIAL_VIEW, "b");
    expect([w.pathFrom, w.pathTo]).toEqual(["b", null]);
  });

  it("drops nodes and articles a graph does not have", () => {
    const v = T.withinGraph({ ...INITIAL_VIEW, node: "gone", pathFrom: "a", pathTo: "gone", doc: "nope" }, (n) => n === "a", () => false);
    expect(v).toMatchObject({ node: null, pathFrom: "a", pathTo: null, doc: null });
  });
});
