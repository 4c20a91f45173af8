import Graph from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { writeGexf } from "../../src/export/gexf";
import { readGraphFile } from "../../src/export/read";
import { xmldomParse } from "../../src/export/xmldom";
import type { KnowledgeGraph } from "../../src/graph/build";
import { AWKWARD_KEY, SEED, testGraph, withExtras, type EdgeView, type NodeView } from "./fixture";
import { python, xmllint } from "./readers";
import { expectCarried, seedNeighbourhood } from "./roundtrip";

/** graphology-gexf's reading, with folded edges opened back into one view per fact. */
function views(gexf: string) {
  const parsed = parse(Graph, gexf);
  const nodes = new Map<string, NodeView>();
  parsed.forEachNode((key, a) => {
    nodes.set(key, { label: a.label, type: a.type, aliases: JSON.parse(a.aliases), titles: a.titles && JSON.parse(a.titles), date: a.date });
  });
  const edges = new Map<string, EdgeView>();
  parsed.forEachEdge((key, a, source, target) => {
    const evidence = JSON.parse(a.evidence);
    expect(a.evidence_text).toBe(evidence.map((s: { text: string }) => s.text).join("\n"));
    const base = { source, target, relation: a.relation, title: a.title, inferred: a.inferred === true };
    if (a.facts) for (const f of JSON.parse(a.facts)) edges.set(f.key, { ...base, date: f.date, evidence: f.evidence });
    else edges.set(key, { ...base, date: a.date, evidence });
  });
  return { parsed, nodes, edges };
}

describe("writeGexf", { timeout: 60_000 }, () => {
  it("round-trips the seed's neighbourhood through graphology-gexf's parser, in 1.3 and 1.2", () => {
    const sub = seedNeighbourhood();
    for (const version of ["1.3", "1.2"] as const) {
      const { parsed, nodes, edges } = views(writeGexf(sub, version));
      // Folded edges come out of the reading grouped: compare in the graph's own order.
      expectCarried(sub, nodes, new Map(sub.edges().map((e) => [e, edges.get(e)!])));
      expect(edges.size).toBe(sub.size);
      expect(parsed.type).toBe("directed");
    }
  });

  it("writes r, g, b colours, the namespaces of each version, and no timestamp", () => {
    const sub = seedNeighbourhood();
    const v13 = writeGexf(sub, "1.3");
    const v12 = writeGexf(sub, "1.2");
    expect(v13).toContain('xmlns="http://gexf.net/1.3"');
    expect(v13).toContain('version="1.3"');
    expect(v12).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(v12).toContain('version="1.2"');
    for (const gexf of [v13, v12]) {
      expect(xmllint(gexf)).toBe("");
      expect(gexf).not.toMatch(/hex=/);
      expect(gexf).not.toMatch(/lastmodifieddate/);
      const doc = xmldomParse(gexf);
      const colours = Array.from(doc.getElementsByTagName("viz:color"));
      expect(colours.length).toBe(sub.order);
      const seedColour = sub.getNodeAttribute(SEED, "color");
      const seedNode = Array.from(doc.getElementsByTagName("node")).find((n) => n.getAttribute("id") === SEED)!;
      const c = seedNode.getElementsByTagName("viz:color")[0];
      expect([c.getAttribute("r"), c.getAttribute("g"), c.getAttribute("b")].map(Number)).toEqual([1, 3, 5].map((i) => parseInt(seedColour.slice(i, i + 2), 16)));
    }
    // kind exists in 1.3 only; label carries the relation in both.
    expect(v12).not.toMatch(/ kind="/);
    expect(v13).toMatch(/ kind="visited"/);
    expect(v12).toMatch(/ label="visited"/);
  });

  it("is dynamic: dated nodes and edges carry start and end, and edges that differ only by date fold into one with spells", () => {
    const sub = seedNeighbourhood();
    const visits = sub.filterEdges(SEED, (_e, a, s, t) => s === SEED && t === AWKWARD_KEY && a.relation === "visited");
    expect(visits.length).toBe(2); // the fixture's two dated visits
    const gexf = writeGexf(sub, "1.3");
    expect(gexf).toMatch(/<graph defaultedgetype="directed" mode="dynamic" timeformat="date">/);
    const doc = xmldomParse(gexf);
    const edges = Array.from(doc.getElementsByTagName("edge"));
    expect(edges.length).toBe(sub.size - 1);
    const folded = edges.filter((e) => e.getElementsByTagName("spells").length);
    expect(folded.length).toBe(1);
    expect(folded[0].getAttribute("weight")).toBe("2");
    expect(Array.from(folded[0].getElementsByTagName("spell")).map((s) => [s.getAttribute("start"), s.getAttribute("end")])).toEqual([
      ["2020-01-22", "2020-01-22"],
      ["2020-01-23", "2020-01-23"],
    ]);
    // A dated node has its day as start and end; an undated one has none.
    const meeting = sub.findNode((_n, a) => a.type === "meeting" && Boolean(a.date))!;
    const node = (key: string) => Array.from(doc.getElementsByTagName("node")).find((n) => n.getAttribute("id") === key)!;
    expect(node(meeting).getAttribute("start")).toBe(sub.getNodeAttribute(meeting, "date"));
    expect(node(meeting).getAttribute("end")).toBe(sub.getNodeAttribute(meeting, "date"));
    expect(node(SEED).hasAttribute("start")).toBe(false);
  });

  it("networkx 2.8 (Debian) reads the 1.2 file: nodes, edges, colours, spells and attributes", () => {
    const sub = withExtras(seedNeighbourhood());
    const result = python<{ nodes: number; edges: number; mode: string; seed: Record<string, unknown>; spells: [string, string][][]; region: string; score: number }>(
      `
import json, networkx as nx
g = nx.read_gexf("graph.gexf")
seed = g.nodes[${JSON.stringify(SEED)}]
spells = [d["spells"] for u, v, d in g.edges(data=True) if "spells" in d]
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "mode": g.graph["mode"],
  "seed": {"label": seed["label"], "type": seed["type"], "color": seed["viz"]["color"], "x": seed["viz"]["position"]["x"]},
  "spells": spells, "region": seed["region"], "score": next(iter(g.edges(data=True)))[2]["score"]}))
`,
      { "graph.gexf": writeGexf(sub, "1.2") },
      ["networkx"],
    );
    expect(result.nodes).toBe(sub.order);
    expect(result.edges).toBe(sub.size - 1);
    expect(result.mode).toBe("dynamic");
    const colour = sub.getNodeAttribute(SEED, "color");
    expect(result.seed).toEqual({
      label: sub.getNodeAttribute(SEED, "label"),
      type: "official",
      color: { r: parseInt(colour.slice(1, 3), 16), g: parseInt(colour.slice(3, 5), 16), b: parseInt(colour.slice(5, 7), 16), a: 1 },
      x: sub.getNodeAttribute(SEED, "x"),
    });
    expect(result.spells).toEqual([
      [
        ["2020-01-22", "2020-01-22"],
        ["2020-01-23", "2020-01-23"],
      ],
    ]);
    expect(result.region).toBe("河南省");
    expect(result.score).toBe(0.5);
  });

  it("comes back into the explorer edge for edge, folded dates unfolded", () => {
    const sub = seedNeighbourhood();
    for (const version of ["1.3", "1.2"] as const) {
      const result = readGraphFile(writeGexf(sub, version), { fileName: "g.gexf", xml: xmldomParse });
      if (!result.ok) throw new Error(result.errors.join("\n"));
      const g = result.graph;
      expect(new Set(g.edges())).toEqual(new Set(sub.edges()));
      g.forEachEdge((e, a) => {
        expect(a.date).toBe(sub.getEdgeAttribute(e, "date"));
        expect(a.evidence).toEqual(sub.getEdgeAttribute(e, "evidence").map((s) => expect.objectContaining(s)));
        expect(a.weight).toBeUndefined();
      });
    }
  });

  it("carries attributes it does not know, on nodes, edges and the graph", () => {
    const gexf = writeGexf(withExtras(seedNeighbourhood()));
    const parsed = parse(Graph, gexf);
    expect(parsed.getNodeAttribute(SEED, "region")).toBe("河南省");
    expect(JSON.parse(parsed.getNodeAttribute(SEED, "identity"))).toEqual({ id: 7, source: "名單" });
    parsed.forEachEdge((_e, a) => expect(a.score).toBe(0.5));
    expect(xmldomParse(gexf).getElementsByTagName("description")[0].textContent).toContain('attributes: {"candidates":[{"a":"x","b":"y"}]}');
  });

  it("replaces characters XML cannot carry instead of writing a broken file", () => {
    const sub = seedNeighbourhood();
    const key = sub.nodes()[0];
    sub.setNodeAttribute(key, "label", "bell\u0007here");
    const gexf = writeGexf(sub);
    expect(xmllint(gexf)).toBe("");
    expect(parse(Graph, gexf).getNodeAttribute(key, "label")).toBe("bell\uFFFDhere");
  });

  it("keys that collide once XML-forbidden characters are replaced, and __proto__, get ids of their own", () => {
    const g = seedNeighbourhood();
    const like = g.getNodeAttributes(SEED);
    for (const key of ["official:甲\u0001乙", "official:甲\u0002乙", "official:甲\uFFFD乙", "__proto__"]) g.addNode(key, { ...like, label: key.slice(-2) });
    g.addDirectedEdgeWithKey("__proto__", "__proto__", "official:甲\u0001乙", { relation: "leads", evidence: [] });
    const gexf = writeGexf(g as KnowledgeGraph);
    expect(xmllint(gexf)).toBe("");
    const ids = Array.from(xmldomParse(gexf).getElementsByTagName("node")).map((n) => n.getAttribute("id"));
    expect(new Set(ids).size).toBe(g.order);
    expect(ids).toContain("official:甲\uFFFD乙"); // the key that needed no change keeps its name
    expect(ids).toContain("__proto__");
    const parsed = parse(Graph, gexf);
    expect(parsed.order).toBe(g.order);
    expect(parsed.size).toBe(g.size - 1); // the two dated visits are one edge
    expect(parsed.hasNode("__proto__")).toBe(true);
  });

  it("gives the same bytes for the same graph", () => {
    expect(writeGexf(testGraph(), "1.2")).toBe(writeGexf(testGraph().copy() as KnowledgeGraph, "1.2"));
  });
});
