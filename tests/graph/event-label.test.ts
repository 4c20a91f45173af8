import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { eventContext, isGenericEventLabel } from "../../src/graph/event-label";

describe("generic event labels", () => {
  it("knows meeting and tour words in both scripts, and only for meetings", () => {
    for (const label of ["会议", "會議", "调研", "調研", "检查", "檢查", "督导", "督導"]) expect(isGenericEventLabel("meeting", label)).toBe(true);
    expect(isGenericEventLabel("meeting", "省政府常务会议")).toBe(false);
    expect(isGenericEventLabel("meeting", "疫情研判會")).toBe(false);
    expect(isGenericEventLabel("notice", "会议")).toBe(false);
  });

  it("gives the date and the organiser, else the first who chaired, else no holder", () => {
    const graph = new Graph({ multi: true });
    graph.addNode("m", { label: "調研", type: "meeting", date: "2020-02-01" });
    graph.addNode("p", { label: "江凌", type: "official" });
    graph.addNode("a", { label: "河南省教育廳", type: "agency" });
    graph.addNode("q", { label: "李四", type: "official" });
    graph.addEdge("q", "m", { relation: "attended" });
    graph.addEdge("p", "m", { relation: "chaired" });
    expect(eventContext(graph, "m")).toEqual({ date: "2020-02-01", holder: "p" });
    graph.addEdge("a", "m", { relation: "organized" });
    expect(eventContext(graph, "m")).toEqual({ date: "2020-02-01", holder: "a" });
    graph.addNode("n", { label: "检查", type: "meeting" });
    expect(eventContext(graph, "n")).toEqual({});
    expect(eventContext(graph, "a")).toBeNull();
  });
});
