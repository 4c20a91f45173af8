import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { placeNearNeighbours } from "../../src/graph/place";

/** A laid-out square of four nodes, edge length 10, plus the nodes to add at the origin. */
function square(): Graph {
  const g = new Graph();
  const at = (key: string, x: number, y: number) => g.addNode(key, { x, y });
  at("a", 100, 100);
  at("b", 110, 100);
  at("c", 110, 110);
  at("d", 100, 110);
  g.addEdge("a", "b");
  g.addEdge("b", "c");
  g.addEdge("c", "d");
  g.addEdge("d", "a");
  return g;
}

const pos = (g: Graph, n: string) => ({ x: g.getNodeAttribute(n, "x") as number, y: g.getNodeAttribute(n, "y") as number });
const dist = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);

describe("placeNearNeighbours", () => {
  it("puts a new node within one edge length of its only neighbour, and moves no other node", () => {
    const g = square();
    g.addNode("new", { x: 0, y: 0 });
    g.addEdge("new", "c");
    placeNearNeighbours(g, ["new"]);
    expect(dist(pos(g, "new"), pos(g, "c"))).toBeLessThanOrEqual(10);
    expect(dist(pos(g, "new"), pos(g, "c"))).toBeGreaterThan(0);
    expect([pos(g, "a"), pos(g, "b"), pos(g, "c"), pos(g, "d")]).toEqual([
      { x: 100, y: 100 },
      { x: 110, y: 100 },
      { x: 110, y: 110 },
      { x: 100, y: 110 },
    ]);
  });

  it("puts a node linked to several placed nodes near their centre", () => {
    const g = square();
    g.addNode("hub", { x: 0, y: 0 });
    for (const n of ["a", "b", "c", "d"]) g.addEdge("hub", n);
    placeNearNeighbours(g, ["hub"]);
    expect(dist(pos(g, "hub"), { x: 105, y: 105 })).toBeLessThanOrEqual(5);
  });

  it("places a chain of new nodes outwards from where it joins the map", () => {
    const g = square();
    for (const n of ["n1", "n2", "n3"]) g.addNode(n, { x: 0, y: 0 });
    g.addEdge("a", "n1");
    g.addEdge("n1", "n2");
    g.addEdge("n2", "n3");
    placeNearNeighbours(g, ["n3", "n2", "n1"]);
    expect(dist(pos(g, "n1"), pos(g, "a"))).toBeLessThanOrEqual(10);
    expect(dist(pos(g, "n2"), pos(g, "n1"))).toBeLessThanOrEqual(10);
    expect(dist(pos(g, "n3"), pos(g, "n2"))).toBeLessThanOrEqual(10);
  });

  it("starts a group linked to nothing on the map beside it, not on top of it", () => {
    const g = square();
    g.addNode("x", { x: 0, y: 0 });
    g.addNode("y", { x: 0, y: 0 });
    g.addEdge("x", "y");
    placeNearNeighbours(g, ["x", "y"]);
    expect(pos(g, "x").x).toBeGreaterThan(110);
    expect(dist(pos(g, "y"), pos(g, "x"))).toBeLessThanOrEqual(10);
  });

  it("gives the same positions for the same graph", () => {
    const one = square();
    const two = square();
    for (const g of [one, two]) {
      g.addNode("new", { x: 0, y: 0 });
      g.addEdge("new", "a");
      placeNearNeighbours(g, ["new"]);
    }
    expect(pos(one, "new")).toEqual(pos(two, "new"));
  });
});
