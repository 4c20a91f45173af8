// neighbourhood and shortestPath through only what a view allows.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { neighbourhood, shortestPath } from "../../src/graph/select";

// A - B - C - D, and a short cut A - D through a hidden edge "ad".
function line() {
  const g = new Graph({ type: "directed", multi: true });
  for (const n of ["A", "B", "C", "D", "E"]) g.addNode(n);
  g.addEdgeWithKey("ab", "A", "B");
  g.addEdgeWithKey("cb", "C", "B");
  g.addEdgeWithKey("cd", "C", "D");
  g.addEdgeWithKey("ad", "A", "D");
  g.addEdgeWithKey("de", "D", "E");
  return g;
}

describe("neighbourhood within a view", () => {
  it("does not step through nodes the view leaves out", () => {
    const g = line();
    expect([...neighbourhood(g, "A", 3, (n) => n !== "D")].sort()).toEqual(["A", "B", "C"]);
  });

  it("does not step along edges the view leaves out", () => {
    const g = line();
    expect([...neighbourhood(g, "A", 1, undefined, (e) => e !== "ad")].sort()).toEqual(["A", "B"]);
    expect([...neighbourhood(g, "A", 3, undefined, (e) => e !== "ad")].sort()).toEqual(["A", "B", "C", "D"]);
  });
});

describe("shortestPath within a view", () => {
  it("takes the long way round when the short cut's edge is hidden", () => {
    const g = line();
    expect(shortestPath(g, "A", "E")).toEqual({ nodes: ["A", "D", "E"], edges: ["ad", "de"] });
    expect(shortestPath(g, "A", "E", undefined, (e) => e !== "ad")).toEqual({ nodes: ["A", "B", "C", "D", "E"], edges: ["ab", "cb", "cd", "de"] });
    expect(shortestPath(g, "A", "E", (n) => n !== "C", (e) => e !== "ad")).toBeNull();
  });
});
