import Graph from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { writeGraphml } from "../../src/export/graphml";
import { xmldomParse } from "../../src/export/xmldom";
import type { EdgeView, NodeView } from "./fixture";
import { expectCarried, seedNeighbourhood } from "./roundtrip";

describe("writeGraphml", () => {
  it("round-trips the seed's neighbourhood through graphology-graphml's parser", () => {
    const sub = seedNeighbourhood();
    const parsed = parse(Graph, writeGraphml(sub));
    const nodes = new Map<string, NodeView>();
    parsed.forEachNode((key, a) => {
      nodes.set(key, { label: a.label, type: a.type, aliases: JSON.parse(a.aliases), titles: a.titles && JSON.parse(a.titles), date: a.date });
    });
    const edges = new Map<string, EdgeView>();
    parsed.forEachEdge((key, a, source, target) => {
      edges.set(key, { source, target, relation: a.relation, date: a.date, title: a.title, inferred: a.inferred === true, evidence: JSON.parse(a.evidence) });
    });
    expectCarried(sub, nodes, edges);
    expect(parsed.type).toBe("directed");
  });

  it("declares typed keys, carries layout, colour and the cited articles", () => {
    const sub = seedNeighbourhood();
    const xml = writeGraphml(sub);
    const doc = xmldomParse(xml);
    const keys = Array.from(doc.getElementsByTagName("key")).map((k) => `${k.getAttribute("for")}:${k.getAttribute("attr.name")}:${k.getAttribute("attr.type")}`);
    expect(keys).toEqual(
      expect.arrayContaining(["graph:sources:string", "node:label:string", "node:x:double", "node:r:int", "edge:relation:string", "edge:inferred:boolean", "edge:evidence:string"]),
    );
    expect(new Set(Array.from(doc.getElementsByTagName("key")).map((k) => k.getAttribute("id"))).size).toBe(keys.length);
    const parsed = parse(Graph, xml);
    parsed.forEachNode((key, a) => {
      expect([a.x, a.y, a.size]).toEqual([sub.getNodeAttribute(key, "x"), sub.getNodeAttribute(key, "y"), sub.getNodeAttribute(key, "size")]);
      expect(a.color).toBe(sub.getNodeAttribute(key, "color").toLowerCase());
    });
    expect(JSON.parse(parsed.getAttribute("sources"))).toEqual(sub.getAttribute("sources"));
  });

  it("keeps CR, tabs and non-BMP characters, and replaces what XML forbids", () => {
    const sub = seedNeighbourhood();
    const key = sub.nodes()[0];
    sub.setNodeAttribute(key, "label", "a\r\nb\tc 𡃁 \u0000\u001b\uD800 end");
    const xml = writeGraphml(sub);
    expect(() => xmldomParse(xml)).not.toThrow();
    expect(parse(Graph, xml).getNodeAttribute(key, "label")).toBe("a\r\nb\tc 𡃁 \uFFFD\uFFFD\uFFFD end");
    // Offsets index the article texts: their length must survive.
    const sources = JSON.parse(parse(Graph, xml).getAttribute("sources"));
    expect(sources.map((s: any) => s.text.length)).toEqual(sub.getAttribute("sources").map((s) => s.text.length));
  });
});
