import Graph from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { writeGexf } from "../../src/export/gexf";
import { xmldomParse } from "../../src/export/xmldom";
import type { EdgeView, NodeView } from "./fixture";
import { expectCarried, seedNeighbourhood } from "./roundtrip";

describe("writeGexf", () => {
  it("round-trips the seed's neighbourhood through graphology-gexf's parser", () => {
    const sub = seedNeighbourhood();
    const parsed = parse(Graph, writeGexf(sub));
    const nodes = new Map<string, NodeView>();
    parsed.forEachNode((key, a) => {
      nodes.set(key, { label: a.label, type: a.type, aliases: JSON.parse(a.aliases), titles: a.titles && JSON.parse(a.titles), date: a.date });
    });
    const edges = new Map<string, EdgeView>();
    parsed.forEachEdge((key, a, source, target) => {
      const evidence = JSON.parse(a.evidence);
      expect(a.evidence_text).toBe(evidence.map((s: any) => s.text).join("\n"));
      edges.set(key, { source, target, relation: a.relation, date: a.date, title: a.title, inferred: a.inferred === true, evidence });
    });
    expectCarried(sub, nodes, edges);
    expect(parsed.type).toBe("directed");
  });

  it("writes GEXF 1.3 with declared attributes, viz data and the relation as edge kind", () => {
    const sub = seedNeighbourhood();
    const gexf = writeGexf(sub);
    expect(gexf).toMatch(/<gexf version="1.3" xmlns="http:\/\/gexf.net\/1.3"/);
    const doc = xmldomParse(gexf); // well-formed: xmldom raises nothing
    const declared = [...Array.from(doc.getElementsByTagName("attribute"))].map((a) => a.getAttribute("id"));
    expect(declared).toEqual(expect.arrayContaining(["type", "aliases", "titles", "mentions", "relation", "evidence", "evidence_text"]));
    const parsed = parse(Graph, gexf);
    parsed.forEachNode((key, a) => {
      expect(a.x).toBe(sub.getNodeAttribute(key, "x"));
      expect(a.y).toBe(sub.getNodeAttribute(key, "y"));
      expect(a.size).toBe(sub.getNodeAttribute(key, "size"));
      expect(a.color).toBe(sub.getNodeAttribute(key, "color"));
    });
    parsed.forEachEdge((_e, a) => expect(a.kind).toBe(a.relation));
    const meta = doc.getElementsByTagName("meta")[0];
    expect(meta.getElementsByTagName("creator")[0].textContent).toBe("test fixture");
    expect(meta.getElementsByTagName("description")[0].textContent).toContain("awkward-2020");
    expect(meta.getElementsByTagName("lastmodifieddate").length).toBe(0);
    expect(meta.getAttribute("lastmodifieddate")).toBeFalsy();
  });

  it("replaces characters XML cannot carry instead of writing a broken file", () => {
    const sub = seedNeighbourhood();
    const key = sub.nodes()[0];
    sub.setNodeAttribute(key, "label", "bell\u0007here");
    const gexf = writeGexf(sub);
    expect(() => xmldomParse(gexf)).not.toThrow();
    expect(parse(Graph, gexf).getNodeAttribute(key, "label")).toBe("bell\uFFFDhere");
  });
});
