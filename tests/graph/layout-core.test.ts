// The large-graph layout: ForceAtlas2 on the recurring core, every other node
// placed beside its neighbours, islands beside the map; seeded and complete.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { applyLayout } from "../../src/graph/layout";
import { coreNodes, placeOutward } from "../../src/graph/layout-core";

/** Officials and bodies in several articles, each article with its own meeting; plus one article linked to nothing recurring. */
function corpusGraph(articles: number): Graph {
  const g = new Graph({ type: "directed", multi: true });
  const mentionsIn = (docs: number[]) => docs.map((d) => ({ doc: `d${d}`, start: 0, end: 1 }));
  for (let b = 0; b < 5; b++) g.addNode(`body${b}`, { type: "agency", size: 3, mentions: mentionsIn([b, b + 1, b + 2]) });
  for (let d = 0; d < articles; d++) {
    g.addNode(`meeting${d}`, { type: "meeting", size: 1, mentions: mentionsIn([d]) });
    g.addNode(`person${d}`, { type: "official", size: 1, mentions: mentionsIn([d]) });
    g.addEdge(`body${d % 5}`, `meeting${d}`, { relation: "organized" });
    g.addEdge(`person${d}`, `meeting${d}`, { relation: "attended" });
    g.addEdge(`person${d}`, `body${(d + 1) % 5}`, { relation: "holds_post" });
  }
  g.addNode("lonely-notice", { type: "notice", size: 1, mentions: mentionsIn([999]) });
  g.addNode("lonely-body", { type: "agency", size: 1, mentions: mentionsIn([999]) });
  g.addEdge("lonely-body", "lonely-notice", { relation: "issued" });
  return g;
}

const positions = (g: Graph) => g.mapNodes((n, a) => `${n}:${a.x},${a.y}`).join(";");

describe("core layout", () => {
  it("takes as core only entities of a recurring kind mentioned in two articles or more", () => {
    const g = corpusGraph(20);
    expect(coreNodes(g).sort()).toEqual(["body0", "body1", "body2", "body3", "body4"]);
  });

  it("places every node, the same way each time, and differently with another seed", () => {
    const a = corpusGraph(40);
    const b = corpusGraph(40);
    const c = corpusGraph(40);
    applyLayout(a, { coreAbove: 10 });
    applyLayout(b, { coreAbove: 10 });
    applyLayout(c, { coreAbove: 10, seed: 5 });
    a.forEachNode((_n, at) => {
      expect(Number.isFinite(at.x)).toBe(true);
      expect(Number.isFinite(at.y)).toBe(true);
    });
    expect(positions(a)).toBe(positions(b));
    expect(positions(c)).not.toBe(positions(a));
  });

  it("puts a leaf closer to its neighbours than the map is wide, and an unlinked group beside the map", () => {
    const g = corpusGraph(60);
    applyLayout(g, { coreAbove: 10 });
    const at = (n: string) => g.getNodeAttributes(n) as { x: number; y: number };
    const dist = (p: string, q: string) => Math.hypot(at(p).x - at(q).x, at(p).y - at(q).y);
    const xs = g.mapNodes((_n, a) => a.x as number);
    const width = Math.max(...xs) - Math.min(...xs);
    expect(width).toBeGreaterThan(0);
    for (let d = 0; d < 60; d += 7) expect(dist(`meeting${d}`, `body${d % 5}`)).toBeLessThan(width / 2);
    const coreMaxX = Math.max(...[0, 1, 2, 3, 4].map((b) => at(`body${b}`).x));
    expect(at("lonely-body").x).toBeGreaterThan(coreMaxX);
    expect(dist("lonely-body", "lonely-notice")).toBeLessThan(width / 2);
  });

  it("leaves small graphs to the full ForceAtlas2 layout", () => {
    const full = corpusGraph(10);
    const core = corpusGraph(10);
    applyLayout(full);
    applyLayout(core, { coreAbove: 10 });
    expect(positions(full)).not.toBe(positions(core));
    // Below the threshold the core-only path is not taken: leaves then move with the forces, not at a fixed step.
    const again = corpusGraph(10);
    applyLayout(again, { coreAbove: 1000 });
    expect(positions(again)).toBe(positions(full));
  });

  it("placeOutward places each node once, breadth-first, beside what is placed", () => {
    const g = new Graph();
    g.addNode("a", { x: 0, y: 0 });
    for (const n of ["b", "c", "d"]) g.addNode(n);
    g.addEdge("a", "b");
    g.addEdge("b", "c");
    g.addEdge("c", "d");
    placeOutward(g, (n) => n === "a", 10, 1);
    const at = (n: string) => g.getNodeAttributes(n) as { x: number; y: number };
    expect(at("a")).toMatchObject({ x: 0, y: 0 });
    for (const [p, q] of [["a", "b"], ["b", "c"], ["c", "d"]]) {
      const d = Math.hypot(at(p).x - at(q).x, at(p).y - at(q).y);
      expect(d).toBeGreaterThanOrEqual(4.99);
      expect(d).toBeLessThanOrEqual(10.01);
    }
  });
});
