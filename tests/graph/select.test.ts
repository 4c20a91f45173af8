import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { appearanceDates, edgesAmong, filterView, lastDates, neighbourhood, shortestPath } from "../../src/graph/select";

// A small story: A chairs M1 (day 1), B attends M2 (day 3), A holds a post at
// agency G, M2 is organised by G; P is a place nobody is linked to by date.
function story() {
  const g = new Graph({ type: "directed", multi: true });
  g.addNode("A", { type: "official" });
  g.addNode("B", { type: "official" });
  g.addNode("G", { type: "agency" });
  g.addNode("M1", { type: "meeting", date: "2020-01-01" });
  g.addNode("M2", { type: "meeting", date: "2020-01-03" });
  g.addNode("P", { type: "place" });
  g.addNode("H", { type: "hospital" });
  g.addEdgeWithKey("a-m1", "A", "M1", { relation: "chaired", date: "2020-01-01" });
  g.addEdgeWithKey("b-m2", "B", "M2", { relation: "attended", date: "2020-01-03" });
  g.addEdgeWithKey("a-g", "A", "G", { relation: "holds_post" });
  g.addEdgeWithKey("g-m2", "G", "M2", { relation: "organized", date: "2020-01-03" });
  g.addEdgeWithKey("b-h", "B", "H", { relation: "holds_post" });
  return g;
}

describe("neighbourhood", () => {
  it("follows edges in both directions, depth by depth", () => {
    const g = story();
    expect([...neighbourhood(g, "M2", 1)].sort()).toEqual(["B", "G", "M2"]);
    expect([...neighbourhood(g, "M2", 2)].sort()).toEqual(["A", "B", "G", "H", "M2"]);
    expect([...neighbourhood(g, "M2", 0)]).toEqual(["M2"]);
  });
  it("edgesAmong keeps only edges inside the set", () => {
    const g = story();
    expect([...edgesAmong(g, new Set(["A", "G", "M2"]))].sort()).toEqual(["a-g", "g-m2"]);
  });
});

describe("shortestPath", () => {
  it("connects two officials through a shared body, against edge direction", () => {
    const path = shortestPath(story(), "A", "B");
    expect(path).toEqual({ nodes: ["A", "G", "M2", "B"], edges: ["a-g", "g-m2", "b-m2"] });
  });
  it("returns null when the two are not connected, and a single node for itself", () => {
    const g = story();
    expect(shortestPath(g, "A", "P")).toBeNull();
    expect(shortestPath(g, "A", "A")).toEqual({ nodes: ["A"], edges: [] });
    expect(shortestPath(g, "A", "nobody")).toBeNull();
  });
  it("can be kept to the visible nodes", () => {
    const g = story();
    expect(shortestPath(g, "A", "B", (n) => n !== "G")).toBeNull();
  });
});

describe("timeline", () => {
  it("dates an undated node by the first event that links it, directly or through posts", () => {
    const first = appearanceDates(story());
    expect(first.get("A")).toBe("2020-01-01");
    expect(first.get("G")).toBe("2020-01-01"); // through A's post, earlier than its own meeting
    expect(first.get("B")).toBe("2020-01-03");
    expect(first.get("H")).toBe("2020-01-03"); // through B's post
    expect(first.get("P")).toBeNull();
  });
  it("a window up to day 2 hides the later meeting, its people and its edges", () => {
    const view = filterView(story(), { to: "2020-01-02" });
    expect([...view.nodes].sort()).toEqual(["A", "G", "M1", "P"]);
    expect([...view.edges].sort()).toEqual(["a-g", "a-m1"]);
  });
  it("dates each node by the last event it takes part in, the mirror of its first", () => {
    const g = story();
    g.addNode("C", { type: "official" });
    g.addEdgeWithKey("c-m1", "C", "M1", { relation: "attended", date: "2020-01-01" });
    const last = lastDates(g);
    expect(last.get("C")).toBe("2020-01-01");
    expect(last.get("G")).toBe("2020-01-03");
    expect(last.get("A")).toBe("2020-01-03"); // through its post at G, as its first day comes through posts
    expect(last.get("H")).toBe("2020-01-03");
    expect(last.get("P")).toBeNull();
  });
  it("a window from day 2 removes what ended before it, as 'up to' removes what began after", () => {
    const g = story();
    g.addNode("C", { type: "official" });
    g.addEdgeWithKey("c-m1", "C", "M1", { relation: "attended", date: "2020-01-01" });
    const view = filterView(g, { from: "2020-01-02" });
    // C's only event is on day 1: it goes with M1; A stays through its post at G, which organises M2.
    expect([...view.nodes].sort()).toEqual(["A", "B", "G", "H", "M2", "P"]);
    expect([...view.edges].sort()).toEqual(["a-g", "b-h", "b-m2", "g-m2"]);
  });
  it("undated things follow the choice: kept, or hidden with their undated edges", () => {
    const kept = filterView(story(), { to: "2020-01-02" });
    expect(kept.nodes.has("P")).toBe(true);
    const hidden = filterView(story(), { to: "2020-01-02", hideUndated: true });
    expect([...hidden.nodes].sort()).toEqual(["A", "G", "M1"]);
    expect([...hidden.edges]).toEqual(["a-m1"]);
  });
  it("hideIsolated drops nodes left without a shown edge", () => {
    const view = filterView(story(), { relations: new Set(["attended"]), hideIsolated: true });
    expect([...view.nodes].sort()).toEqual(["B", "M2"]);
    expect([...filterView(story(), { hideIsolated: true }).nodes]).not.toContain("P");
  });
  it("type and relation filters drop nodes and edges", () => {
    const view = filterView(story(), { types: new Set(["official", "meeting"]), relations: new Set(["chaired"]) });
    expect([...view.nodes].sort()).toEqual(["A", "B", "M1", "M2"]);
    expect([...view.edges]).toEqual(["a-m1"]);
  });
});

describe("walks kept to a filtered view", () => {
  it("neighbourhood follows only the allowed edges", () => {
    const g = story();
    // Without the post edge a-g, the only edge A may follow is its chairing of M1.
    expect([...neighbourhood(g, "A", 1, undefined, (e) => e !== "a-g")].sort()).toEqual(["A", "M1"]);
    expect([...neighbourhood(g, "A", 1)].sort()).toEqual(["A", "G", "M1"]);
  });
  it("shortestPath avoids edges that are not allowed", () => {
    const g = story();
    expect(shortestPath(g, "A", "M2", undefined, (e) => e !== "a-g")).toBeNull();
    expect(shortestPath(g, "G", "B", undefined, (e) => e !== "g-m2")).toBeNull();
    expect(shortestPath(g, "G", "B")).toEqual({ nodes: ["G", "M2", "B"], edges: ["g-m2", "b-m2"] });
  });
});
