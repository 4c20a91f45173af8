import Graph from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { writeGraphml } from "../../src/export/graphml";
import { readGraphFile } from "../../src/export/read";
import { xmldomParse } from "../../src/export/xmldom";
import type { KnowledgeGraph } from "../../src/graph/build";
import { SEED, withExtras, type EdgeView, type NodeView } from "./fixture";
import { python, xmllint } from "./readers";
import { expectCarried, seedNeighbourhood } from "./roundtrip";

/** graphology-graphml's reading, keyed by the `key` data our writer adds. */
function read(xml: string) {
  const parsed = parse(Graph, xml);
  const keyOf = (id: string) => parsed.getNodeAttribute(id, "key") as string;
  return { parsed, keyOf };
}

describe("writeGraphml", { timeout: 60_000 }, () => {
  it("round-trips the seed's neighbourhood through graphology-graphml's parser", () => {
    const sub = seedNeighbourhood();
    const { parsed, keyOf } = read(writeGraphml(sub));
    const nodes = new Map<string, NodeView>();
    parsed.forEachNode((_id, a) => {
      nodes.set(a.key, { label: a.label, type: a.type, aliases: JSON.parse(a.aliases), titles: a.titles && JSON.parse(a.titles), date: a.date });
    });
    const edges = new Map<string, EdgeView>();
    parsed.forEachEdge((_id, a, source, target) => {
      edges.set(a.key, { source: keyOf(source), target: keyOf(target), relation: a.relation, date: a.date, title: a.title, inferred: a.inferred === true, evidence: JSON.parse(a.evidence) });
    });
    expectCarried(sub, nodes, edges);
    expect(parsed.type).toBe("directed");
  });

  it("ids the GraphML schema accepts (NMTOKEN), the relation as the edge's label, well-formed for xmllint", () => {
    const sub = seedNeighbourhood();
    const xml = writeGraphml(sub);
    expect(xmllint(xml)).toBe("");
    const doc = xmldomParse(xml);
    for (const tag of ["node", "edge", "key"]) {
      for (const el of Array.from(doc.getElementsByTagName(tag))) expect(el.getAttribute("id")).toMatch(/^[a-z]\d+$/);
    }
    const edges = Array.from(doc.getElementsByTagName("edge"));
    expect(edges.length).toBe(sub.size);
    const relations = new Set(sub.mapEdges((_e, a) => a.relation));
    for (const e of edges) expect(relations.has(e.getAttribute("label") as never)).toBe(true);
  });

  it("declares typed keys, carries layout, colour and the cited articles", () => {
    const sub = seedNeighbourhood();
    const xml = writeGraphml(sub);
    const doc = xmldomParse(xml);
    const keys = Array.from(doc.getElementsByTagName("key")).map((k) => `${k.getAttribute("for")}:${k.getAttribute("attr.name")}:${k.getAttribute("attr.type")}`);
    expect(keys).toEqual(
      expect.arrayContaining(["graph:sources:string", "node:key:string", "node:label:string", "node:x:double", "node:r:int", "edge:relation:string", "edge:inferred:boolean", "edge:evidence:string"]),
    );
    expect(new Set(Array.from(doc.getElementsByTagName("key")).map((k) => k.getAttribute("id"))).size).toBe(keys.length);
    const { parsed } = read(xml);
    parsed.forEachNode((_id, a) => {
      expect([a.x, a.y, a.size]).toEqual([sub.getNodeAttribute(a.key, "x"), sub.getNodeAttribute(a.key, "y"), sub.getNodeAttribute(a.key, "size")]);
      expect(a.color).toBe(sub.getNodeAttribute(a.key, "color").toLowerCase());
    });
    expect(JSON.parse(parsed.getAttribute("sources"))).toEqual(sub.getAttribute("sources"));
  });

  it("igraph and networkx (Debian) read it: counts, keys, labels, relations", () => {
    const sub = withExtras(seedNeighbourhood());
    const files = { "graph.graphml": writeGraphml(sub) };
    const ig = python<{ nodes: number; edges: number; directed: boolean; keys: string[]; seed: string; relations: string[]; region: string }>(
      `
import json, igraph
g = igraph.Graph.Read_GraphML("graph.graphml")
seed = g.vs.find(key=${JSON.stringify(SEED)})
print(json.dumps({"nodes": g.vcount(), "edges": g.ecount(), "directed": g.is_directed(), "keys": g.vs["key"],
  "seed": seed["label"], "relations": sorted(set(g.es["relation"])), "region": seed["region"]}))
`,
      files,
      ["igraph"],
    );
    expect(ig).toEqual({
      nodes: sub.order,
      edges: sub.size,
      directed: true,
      keys: sub.nodes(),
      seed: sub.getNodeAttribute(SEED, "label"),
      relations: [...new Set(sub.mapEdges((_e, a) => a.relation))].sort(),
      region: "河南省",
    });
    const nx = python<{ nodes: number; edges: number; keys: string[]; edgeKeys: string[] }>(
      `
import json, networkx as nx
g = nx.read_graphml("graph.graphml", force_multigraph=True)
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "keys": [d["key"] for n, d in g.nodes(data=True)],
  "edgeKeys": [d["key"] for u, v, d in g.edges(data=True)]}))
`,
      files,
      ["networkx"],
    );
    expect(nx.nodes).toBe(sub.order);
    expect(nx.edges).toBe(sub.size);
    expect(nx.keys).toEqual(sub.nodes());
    expect(new Set(nx.edgeKeys)).toEqual(new Set(sub.edges()));
  });

  it("keeps CR, tabs, U+2028 and non-BMP characters, and replaces what XML forbids", () => {
    const sub = seedNeighbourhood();
    const key = sub.nodes()[0];
    sub.setNodeAttribute(key, "label", "a\r\nb\tc 𡃁 \u0000\u001b\uD800 \u2028\u2029\u0085 end");
    const [doc] = sub.getAttribute("sources");
    sub.setAttribute("sources", [{ ...doc, text: `${doc.text}\u2028尾` }, ...sub.getAttribute("sources").slice(1)]);
    const xml = writeGraphml(sub);
    expect(xmllint(xml)).toBe("");
    const { parsed } = read(xml);
    expect(parsed.getNodeAttribute("n0", "label")).toBe("a\r\nb\tc 𡃁 \uFFFD\uFFFD\uFFFD \u2028\u2029\u0085 end");
    // Offsets index the article texts: their length must survive, and the JSON around them stays JSON.
    const sources = JSON.parse(parsed.getAttribute("sources"));
    expect(sources.map((s: { text: string }) => s.text.length)).toEqual(sub.getAttribute("sources").map((s) => s.text.length));
    expect(sources[0].text).toContain("\u2028");
    // The explorer's own reader takes the file back (it refused it when U+2028 was written raw).
    const back = readGraphFile(xml, { fileName: "g.graphml", xml: xmldomParse });
    expect(back.ok && back.graph.getAttribute("sources")[0].text).toBe(sub.getAttribute("sources")[0].text);
  });

  it("keys that collide once XML-forbidden characters are replaced stay apart and come back", () => {
    const g = seedNeighbourhood();
    const like = g.getNodeAttributes(SEED);
    for (const key of ["official:甲\u0001乙", "official:甲\u0002乙", "__proto__"]) g.addNode(key, { ...like, label: "甲乙" });
    const xml = writeGraphml(g as KnowledgeGraph);
    const ids = Array.from(xmldomParse(xml).getElementsByTagName("node")).map((n) => n.getAttribute("id"));
    expect(new Set(ids).size).toBe(g.order);
    const back = readGraphFile(xml, { fileName: "g.graphml", xml: xmldomParse });
    if (!back.ok) throw new Error(back.errors.join("\n"));
    expect(back.graph.order).toBe(g.order);
    expect(back.graph.hasNode("__proto__")).toBe(true);
    expect(back.graph.hasNode(SEED)).toBe(true);
    expect(back.graph.nodes().filter((k) => k.startsWith("official:甲"))).toEqual(["official:甲\uFFFD乙", "official:甲\uFFFD乙~2"]);
  });

  it("carries attributes it does not know, on nodes, edges and the graph", () => {
    const { parsed } = read(writeGraphml(withExtras(seedNeighbourhood())));
    parsed.forEachNode((_id, a) => {
      expect(a.region).toBe("河南省");
      expect(JSON.parse(a.identity)).toEqual({ id: 7, source: "名單" });
    });
    parsed.forEachEdge((_e, a) => expect(a.score).toBe(0.5));
    expect(JSON.parse(parsed.getAttribute("candidates"))).toEqual([{ a: "x", b: "y" }]);
  });
});
