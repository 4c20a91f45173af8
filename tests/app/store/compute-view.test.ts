import { describe, expect, it } from "vitest";
import { computeView } from "../../../src/app/store/compute-view";
import { deriveLoadedGraph } from "../../../src/app/store/loaded-graph";
import { INITIAL_VIEW } from "../../../src/app/store/view-state";
import { storyGraph } from "../story-graph";

const loaded = deriveLoadedGraph(storyGraph());
const ZHENG = "official:鄭邦山";
const CHEN = "official:陳垠亭";
const MEETING = "meeting:2020-01-25:疫情研判會";
const AGENCY = "agency:河南省教育廳";
const NOTICE = "notice:關於做好防控工作的通知";

describe("computeView", () => {
  it("shows everything by default, with counts equal to the totals", () => {
    const v = computeView(loaded, INITIAL_VIEW);
    expect(v.nodes.size).toBe(loaded.graph.order);
    expect(v.edges.size).toBe(loaded.graph.size);
    expect(v.counts).toEqual(loaded.totals);
  });

  it("hides a type and the edges that touch it", () => {
    const v = computeView(loaded, { ...INITIAL_VIEW, hiddenTypes: ["meeting"] });
    expect(v.nodes.has(MEETING)).toBe(false);
    expect(v.counts.types.meeting).toBe(0);
    expect(v.counts.relations.chaired).toBe(0);
    expect(v.counts.types.official).toBe(loaded.totals.types.official);
  });

  it("focuses on the selected node's neighbourhood, 1 and 2 steps out", () => {
    const one = computeView(loaded, { ...INITIAL_VIEW, node: MEETING, depth: 1 });
    expect([...one.nodes].sort()).toEqual([MEETING, CHEN, ZHENG].sort());
    expect(one.focused).toBe(true);
    const two = computeView(loaded, { ...INITIAL_VIEW, node: MEETING, depth: 2 });
    expect([...two.nodes].sort()).toEqual([MEETING, CHEN, ZHENG, AGENCY].sort());
    expect(two.edges.size).toBe(3);
  });

  it("focuses through what the filters leave only", () => {
    const v = computeView(loaded, { ...INITIAL_VIEW, node: MEETING, depth: 3, hiddenRelations: ["holds_post"] });
    expect([...v.nodes].sort()).toEqual([MEETING, CHEN, ZHENG].sort());
  });

  it("shows what had happened up to a day: a later meeting and its people are hidden", () => {
    const v = computeView(loaded, { ...INITIAL_VIEW, to: "2020-01-24" });
    expect(v.nodes.has(NOTICE)).toBe(true);
    expect(v.nodes.has(AGENCY)).toBe(true);
    expect(v.nodes.has(MEETING)).toBe(false);
    expect(v.nodes.has(CHEN)).toBe(false);
    // Through his post, the head appears with his agency's first event.
    expect(v.nodes.has(ZHENG)).toBe(true);
    expect(computeView(loaded, { ...INITIAL_VIEW, to: "2020-01-21" }).nodes.has(ZHENG)).toBe(false);
    expect(computeView(loaded, { ...INITIAL_VIEW, to: "2020-01-25" }).nodes.has(CHEN)).toBe(true);
  });

  it("finds the path between two officials, and says when there is none", () => {
    const v = computeView(loaded, { ...INITIAL_VIEW, pathFrom: CHEN, pathTo: AGENCY });
    expect(v.path?.nodes).toEqual([CHEN, MEETING, ZHENG, AGENCY]);
    expect(v.pathMissing).toBe(false);
    const none = computeView(loaded, { ...INITIAL_VIEW, pathFrom: CHEN, pathTo: "official:单雄信" });
    expect(none.path).toBeNull();
    expect(none.pathMissing).toBe(true);
    const hidden = computeView(loaded, { ...INITIAL_VIEW, pathFrom: CHEN, pathTo: AGENCY, hiddenTypes: ["meeting"] });
    expect(hidden.pathMissing).toBe(true);
  });

  it("keeps the whole path on the map when focus would cut it", () => {
    const v = computeView(loaded, { ...INITIAL_VIEW, node: CHEN, depth: 1, pathFrom: CHEN, pathTo: NOTICE });
    for (const n of v.path!.nodes) expect(v.nodes.has(n)).toBe(true);
    for (const e of v.path!.edges) expect(v.edges.has(e)).toBe(true);
  });
});

describe("deriveLoadedGraph", () => {
  it("collects the days, the event dates and the mentions per article", () => {
    expect(loaded.dates).toEqual(["2020-01-22", "2020-01-25", "2020-02-02"]);
    expect(loaded.eventDates).toEqual(["2020-01-22", "2020-01-25"]);
    const marks = loaded.mentionsIn("a");
    expect(marks.find((m) => m.node === ZHENG)).toBeTruthy();
    expect(loaded.mentionsIn("nope")).toEqual([]);
  });
});
