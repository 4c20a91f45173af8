import { describe, expect, it } from "vitest";
import { inducedSubgraph, SelectionError, selectSubgraph, takeSubgraph } from "../../src/export/subgraph";
import { neighbourhood } from "../../src/graph/select";
import { AWKWARD_DOC, AWKWARD_KEY, SEED, testGraph } from "./fixture";

describe("selectSubgraph", () => {
  const graph = testGraph();

  it("takes the whole graph when nothing is chosen", () => {
    const sel = selectSubgraph(graph, { choice: { kind: "all" } });
    expect(sel.nodes.size).toBe(graph.order);
    expect(sel.edges.size).toBe(graph.size);
  });

  it("takes a neighbourhood with the edges among its nodes, in the graph's order", () => {
    const sel = selectSubgraph(graph, { choice: { kind: "neighbourhood", node: SEED, depth: 1 } });
    expect(sel.nodes).toEqual(neighbourhood(graph, SEED, 1));
    expect(sel.nodes.has(AWKWARD_KEY)).toBe(true);
    expect([...sel.nodes]).toEqual(graph.nodes().filter((n) => sel.nodes.has(n)));
    for (const e of sel.edges) {
      expect(sel.nodes.has(graph.source(e)) && sel.nodes.has(graph.target(e))).toBe(true);
    }
    // Every edge between two selected nodes comes along, not only those at the seed.
    const among = graph.filterEdges((_e, _a, s, t) => sel.nodes.has(s) && sel.nodes.has(t));
    expect([...sel.edges]).toEqual(among);
    expect(among.some((e) => graph.source(e) !== SEED && graph.target(e) !== SEED)).toBe(true);
  });

  it("grows with depth", () => {
    const d1 = selectSubgraph(graph, { choice: { kind: "neighbourhood", node: SEED, depth: 1 } });
    const d2 = selectSubgraph(graph, { choice: { kind: "neighbourhood", node: SEED, depth: 2 } });
    expect(d2.nodes.size).toBeGreaterThan(d1.nodes.size);
    for (const n of d1.nodes) expect(d2.nodes.has(n)).toBe(true);
  });

  it("takes a shortest path: its nodes in order and only its edges", () => {
    const sel = selectSubgraph(graph, { choice: { kind: "path", from: AWKWARD_KEY, to: "agency:河南省教育廳" } });
    expect(sel.nodes.has(SEED)).toBe(true);
    expect(sel.edges.size).toBe(sel.nodes.size - 1);
  });

  it("takes a hand-picked set with the edges among them", () => {
    const sel = selectSubgraph(graph, { choice: { kind: "nodes", nodes: [AWKWARD_KEY, SEED, "agency:河南省教育廳"] } });
    expect(sel.nodes.size).toBe(3);
    expect([...sel.edges].every((e) => sel.nodes.has(graph.source(e)) && sel.nodes.has(graph.target(e)))).toBe(true);
    expect(sel.edges.size).toBe(graph.filterEdges((_e, _a, s, t) => sel.nodes.has(s) && sel.nodes.has(t)).length);
    expect(sel.edges.size).toBeGreaterThan(0);
  });

  it("chooses inside the type, relation and date filter", () => {
    const sel = selectSubgraph(graph, {
      choice: { kind: "neighbourhood", node: SEED, depth: 2 },
      filter: { types: new Set(["official", "meeting"]), from: "2020-01-22", to: "2020-01-22" },
    });
    expect(sel.nodes.size).toBeGreaterThan(1);
    for (const n of sel.nodes) expect(["official", "meeting"]).toContain(graph.getNodeAttribute(n, "type"));
    for (const e of sel.edges) expect(graph.getEdgeAttribute(e, "date") ?? "2020-01-22").toBe("2020-01-22");
    const byRelation = selectSubgraph(graph, { choice: { kind: "all" }, filter: { relations: new Set(["chaired"]) } });
    expect(byRelation.edges.size).toBeGreaterThan(0);
    for (const e of byRelation.edges) expect(graph.getEdgeAttribute(e, "relation")).toBe("chaired");
  });

  it("names unknown keys, hidden nodes, bad depths and missing paths", () => {
    const unknown = () => selectSubgraph(graph, { choice: { kind: "path", from: SEED, to: "official:nobody" } });
    expect(unknown).toThrow(SelectionError);
    expect(unknown).toThrow(/unknown node key: official:nobody/);
    try {
      unknown();
    } catch (e) {
      expect((e as SelectionError).unknownKeys).toEqual(["official:nobody"]);
    }
    expect(() => selectSubgraph(graph, { choice: { kind: "neighbourhood", node: SEED, depth: 1 }, filter: { types: new Set(["meeting"]) } })).toThrow(
      /left out by the type or date filter: official:鄭邦山/,
    );
    expect(() => selectSubgraph(graph, { choice: { kind: "neighbourhood", node: SEED, depth: -1 } })).toThrow(/depth/);
    expect(() =>
      selectSubgraph(graph, { choice: { kind: "path", from: SEED, to: AWKWARD_KEY }, filter: { relations: new Set(["holds_post"]) } }),
    ).toThrow(/no path between [\s\S]* inside the filter/);
  });
});

describe("inducedSubgraph", () => {
  const graph = testGraph();

  it("copies attributes, keeps graph attributes and only the articles it cites", () => {
    const sub = takeSubgraph(graph, { choice: { kind: "nodes", nodes: [SEED, AWKWARD_KEY] } });
    expect(sub.order).toBe(2);
    expect(sub.getNodeAttributes(AWKWARD_KEY)).toEqual(graph.getNodeAttributes(AWKWARD_KEY));
    expect(sub.getAttribute("builtWith")).toBe("test fixture");
    const cited = new Set<string>();
    sub.forEachNode((_n, a) => a.mentions.forEach((m) => cited.add(m.doc)));
    sub.forEachEdge((_e, a) => a.evidence.forEach((m) => cited.add(m.doc)));
    expect(sub.getAttribute("sources").map((s) => s.id)).toEqual(graph.getAttribute("sources").map((s) => s.id).filter((id) => cited.has(id)));
    expect(sub.getAttribute("sources").map((s) => s.id)).toContain(AWKWARD_DOC);
    expect(sub.getAttribute("sources").length).toBeLessThan(graph.getAttribute("sources").length);
  });

  it("does not share attribute objects with the source graph", () => {
    const sub = inducedSubgraph(graph, selectSubgraph(graph, { choice: { kind: "nodes", nodes: [SEED] } }));
    sub.getNodeAttributes(SEED).aliases.push("changed");
    expect(graph.getNodeAttributes(SEED).aliases).not.toContain("changed");
  });
});
