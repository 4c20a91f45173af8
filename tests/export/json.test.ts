import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { writeJson } from "../../src/export/json";
import { serializedGraphSchema } from "../../src/graph/contract";
import type { EdgeView, NodeView } from "./fixture";
import { expectCarried, seedNeighbourhood } from "./roundtrip";

describe("writeJson", () => {
  it("round-trips the seed's neighbourhood through JSON.parse, evidence words included", () => {
    const sub = seedNeighbourhood();
    const data = JSON.parse(writeJson(sub));
    const nodes = new Map<string, NodeView>(
      data.nodes.map((n: any) => [n.key, { label: n.attributes.label, type: n.attributes.type, aliases: n.attributes.aliases, titles: n.attributes.titles, date: n.attributes.date }]),
    );
    const edges = new Map<string, EdgeView>(
      data.edges.map((e: any) => [
        e.key,
        { source: e.source, target: e.target, relation: e.attributes.relation, date: e.attributes.date, title: e.attributes.title, inferred: e.attributes.inferred === true, evidence: e.attributes.evidence },
      ]),
    );
    expectCarried(sub, nodes, edges);
  });

  it("is the contract: validates, reloads into graphology and keeps the cited articles", () => {
    const sub = seedNeighbourhood();
    const data = JSON.parse(writeJson(sub));
    expect(serializedGraphSchema.safeParse(data).success).toBe(true);
    const again = Graph.from(data);
    expect(again.order).toBe(sub.order);
    expect(again.size).toBe(sub.size);
    expect(data.attributes.sources.map((s: any) => s.id)).toEqual(sub.getAttribute("sources").map((s) => s.id));
    expect(data.attributes.sources[0].text).toBe(sub.getAttribute("sources")[0].text);
  });

  it("leaves the explorer's search keys out; graphology's Graph.from loads the multigraph, a plain import does not", () => {
    const sub = seedNeighbourhood();
    expect(sub.getNodeAttribute(sub.nodes()[0], "search")).toBeDefined(); // the builder adds them
    const data = JSON.parse(writeJson(sub));
    for (const n of data.nodes) expect(n.attributes.search).toBeUndefined();
    expect(Graph.from(data).multi).toBe(true);
    // Why the README says Graph.from: the fixture has two edges between the same nodes.
    expect(() => new Graph().import(data)).toThrow();
  });

  it("gives the same bytes for the same graph and leaves the graph untouched", () => {
    const sub = seedNeighbourhood();
    const before = JSON.stringify(sub.export());
    expect(writeJson(sub)).toBe(writeJson(seedNeighbourhood()));
    expect(JSON.stringify(sub.export())).toBe(before);
  });
});
