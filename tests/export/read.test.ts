import Graph from "graphology";
import { write as graphologyGexf } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { writeGexf } from "../../src/export/gexf";
import { writeGraphml } from "../../src/export/graphml";
import { writeJson } from "../../src/export/json";
import { detectFormat, readGraphFile, type ReadResult } from "../../src/export/read";
import { convertLabels } from "../../src/export/script";
import { xmldomParse } from "../../src/export/xmldom";
import type { KnowledgeGraph } from "../../src/graph/build";
import { serializedGraphSchema } from "../../src/graph/contract";
import { AWKWARD_DOC, AWKWARD_KEY, SEED } from "./fixture";
import { seedNeighbourhood } from "./roundtrip";

const read = (text: string, fileName?: string) => readGraphFile(text, { fileName, xml: xmldomParse });

function ok(result: ReadResult): Extract<ReadResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected a graph, got: ${result.errors.join("; ")}`);
  return result;
}
function errors(result: ReadResult): string[] {
  if (result.ok) throw new Error("expected errors, got a graph");
  return result.errors;
}

/** The graph with evidence words left out, as the contract stores it. */
/** The graph as the contract sees it. Search keys are derived data that the
 *  table-like formats leave out and the explorer recomputes on load; so are the
 *  identity keys, the resolved jurisdiction and the join records (the merge
 *  derives keys from labels and the articles' regions when a node has none). */
const contract = (g: KnowledgeGraph) => {
  const out = JSON.parse(JSON.stringify(g.export()));
  for (const n of out.nodes) for (const k of ["search", "identityKeys", "region", "identity"]) delete n.attributes[k];
  return out;
};

/** A small graph as another tool would write it: labels, types, relations, nothing else. */
function foreignGraph(placed: boolean) {
  const g = new Graph({ type: "directed", multi: true });
  g.addNode("p1", { label: "王某", type: "official", ...(placed ? { x: 1, y: 2, size: 3, color: "#123456" } : {}) });
  g.addNode("a1", { label: "某廳", type: "agency", ...(placed ? { x: 4, y: 5, size: 6, color: "#654321" } : {}) });
  g.addNode("m1", { label: "會議", type: "meeting", date: "2020-01-02", ...(placed ? { x: 7, y: 8, size: 9, color: "#abcdef" } : {}) });
  g.addEdgeWithKey("e1", "p1", "a1", { relation: "holds_post" });
  g.addEdgeWithKey("e2", "p1", "m1", { relation: "chaired" });
  return g;
}

describe("readGraphFile: our own files come back as they went out", () => {
  it("JSON: the same contract graph", () => {
    const sub = seedNeighbourhood();
    const result = ok(read(writeJson(sub), "n.json"));
    expect(result.format).toBe("json");
    expect(result.filled).toEqual([]);
    expect(contract(result.graph)).toEqual(contract(sub));
  });

  it("GraphML: the same contract graph, articles included", () => {
    const sub = seedNeighbourhood();
    const result = ok(read(writeGraphml(sub), "n.graphml"));
    expect(result.filled).toEqual([]);
    expect(contract(result.graph)).toEqual(contract(sub));
  });

  it("GraphML with converted labels keeps the written label as originalLabel", async () => {
    const converted = convertLabels(seedNeighbourhood(), (s) => s.replace("鄭", "郑"));
    const result = ok(read(writeGraphml(converted)));
    expect(result.graph.getNodeAttribute(SEED, "label")).toBe("郑邦山");
    expect(result.graph.getNodeAttribute(SEED, "originalLabel")).toBe("鄭邦山");
  });

  it("GEXF: the same nodes and edges; the articles rebuilt from the quoted words", () => {
    const sub = seedNeighbourhood();
    const result = ok(read(writeGexf(sub), "n.gexf"));
    expect(result.format).toBe("gexf");
    expect(result.filled.join("\n")).toMatch(/no article texts: rebuilt from the quoted evidence/);
    const got = contract(result.graph);
    const want = contract(sub);
    expect(got.nodes).toEqual(want.nodes);
    // Edges folded by date come back one per date, next to each other.
    const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    expect(got.edges.sort(byKey)).toEqual(want.edges.sort(byKey));
    expect(result.graph.getAttribute("builtWith")).toBe("test fixture");
    // Every quote sits at its offsets again, so evidence and highlights still show.
    const texts = new Map(result.graph.getAttribute("sources").map((s) => [s.id, s.text]));
    const original = new Map(sub.getAttribute("sources").map((s) => [s.id, s.text]));
    expect([...texts.keys()].sort()).toEqual([...original.keys()].sort());
    result.graph.forEachEdge((_e, a) => {
      for (const s of a.evidence) expect(texts.get(s.doc)!.slice(s.start, s.end)).toBe(original.get(s.doc)!.slice(s.start, s.end));
    });
    expect(texts.get(AWKWARD_DOC)).toContain(result.graph.getNodeAttribute(AWKWARD_KEY, "label"));
  });
});

describe("readGraphFile: files from other tools", () => {
  it("a GEXF from graphology's own writer: defaults filled and reported", () => {
    const result = ok(read(graphologyGexf(foreignGraph(true)), "other.gexf"));
    const g = result.graph;
    expect(g.order).toBe(3);
    expect(g.getNodeAttributes("p1")).toMatchObject({ label: "王某", type: "official", x: 1, y: 2, size: 3, color: "#123456", aliases: [], mentions: [] }); // rgb() from GEXF 1.2 back to hex
    expect(g.getNodeAttribute("m1", "date")).toBe("2020-01-02");
    expect(g.getEdgeAttributes("e2")).toEqual({ relation: "chaired", evidence: [] });
    const filled = result.filled.join("\n");
    expect(filled).toMatch(/3 nodes with no mentions/);
    expect(filled).toMatch(/2 edges with no evidence/);
    expect(filled).toMatch(/no builtWith/);
    expect(g.getAttribute("sources")).toEqual([]);
    expect(serializedGraphSchema.safeParse(g.export()).success).toBe(true);
  });

  it("undirected edges are read as directed and reported", () => {
    const g = foreignGraph(true);
    g.dropEdge("e1");
    const mixed = new Graph({ type: "mixed", multi: true });
    mixed.import(g.export());
    mixed.addUndirectedEdgeWithKey("u1", "p1", "a1", { relation: "holds_post" });
    const result = ok(read(graphologyGexf(mixed)));
    expect(result.graph.source("u1")).toBe("p1");
    expect(result.graph.type).toBe("directed");
    expect(result.filled).toContain("1 undirected edge: read as directed, from source to target");
  });

  it("no layout, sizes or colours: laid out, sized by degree, coloured by type", () => {
    const result = ok(read(graphologyGexf(foreignGraph(false))));
    const g = result.graph;
    const filled = result.filled.join("\n");
    expect(filled).toMatch(/3 of 3 nodes had no position: the graph was laid out/);
    expect(filled).toMatch(/3 nodes with no size: sized by degree/);
    expect(filled).toMatch(/3 nodes with no colour: coloured by type/);
    expect(g.getNodeAttribute("p1", "color")).toBe("#E69F00");
    expect(g.getNodeAttribute("p1", "size")).toBeGreaterThan(g.getNodeAttribute("a1", "size"));
    expect(new Set(g.mapNodes((_n, a) => `${a.x},${a.y}`)).size).toBe(3);
  });
});

describe("readGraphFile: what is refused", () => {
  it("malformed JSON", () => {
    expect(errors(read('{"nodes": [', "bad.json"))[0]).toMatch(/^not valid JSON: /);
  });

  it("JSON whose node lacks a type, or has an unknown one, or whose edge has an unknown relation", () => {
    const data = contract(seedNeighbourhood());
    delete data.nodes[3].attributes.type;
    data.nodes[4].attributes.type = "person";
    data.edges[0].attributes.relation = "likes";
    const list = errors(read(JSON.stringify(data)));
    expect(list).toContain(`nodes[3].attributes.type (node ${data.nodes[3].key}): missing: must be one of official, agency, hospital, university, school, group, notice, meeting, place`);
    expect(list).toContain(`nodes[4].attributes.type (node ${data.nodes[4].key}): must be one of official, agency, hospital, university, school, group, notice, meeting, place`);
    expect(list.find((e) => e.startsWith("edges[0].attributes.relation"))).toMatch(/must be one of holds_post, chaired/);
  });

  it("a file without article texts whose span ends at 300,000,000: refused by name, nothing allocated", () => {
    const node = (key: string, mentions: unknown[]) => ({
      key,
      attributes: { label: key, type: "official", aliases: [], mentions, x: 0, y: 0, size: 1, color: "#000000" },
    });
    const file = JSON.stringify({
      attributes: { builtWith: "x" },
      nodes: [node("official:a", [{ doc: "d", start: 299_999_999, end: 300_000_000 }]), node("official:b", [{ doc: "d", start: 0, end: 2, text: "某某" }])],
      edges: [],
    });
    expect(file.length).toBeLessThan(500);
    expect(errors(read(file, "huge-span.json"))).toEqual([
      "nodes[0].attributes.mentions[0].end: 300000000 is past any article this reader rebuilds (10000000 characters; the file carries no article texts)",
    ]);
    // Within the limit the article is rebuilt, the quote at its place.
    const fine = ok(read(file.replace("299999999", "9").replace("300000000", "10"), "fine.json"));
    expect(fine.graph.getAttribute("sources")[0].text).toBe("某某        ");
  });

  it("dangling edges, self-loops, duplicate keys and spans outside their article", () => {
    const data = contract(seedNeighbourhood());
    data.edges[0].target = "agency:nowhere";
    data.edges[1].target = data.edges[1].source;
    data.nodes[2].key = data.nodes[1].key;
    data.nodes[0].attributes.mentions[0].end = 10_000_000;
    data.nodes[0].attributes.mentions.push({ doc: "unknown-doc", start: 0, end: 1 });
    const list = errors(read(JSON.stringify(data)));
    expect(list).toContain("edges[0].target: no node agency:nowhere");
    expect(list.some((e) => /^edges\[1\]: joins .* to itself/.test(e))).toBe(true);
    expect(list).toContain(`nodes[2].key: ${data.nodes[1].key} appears twice`);
    expect(list.some((e) => /^nodes\[0\]\.attributes\.mentions\[0\]\.end: 10000000 is past the end of henan-education-2020/.test(e))).toBe(true);
    const last = data.nodes[0].attributes.mentions.length - 1;
    expect(list).toContain(`nodes[0].attributes.mentions[${last}].doc: no article unknown-doc in attributes.sources`);
  });

  it("JSON that is not a graph, and long lists of problems cut short", () => {
    expect(errors(read("[1, 2]", "x.json"))[0]).toMatch(/not a graph/);
    const data = contract(seedNeighbourhood(2));
    expect(data.nodes.length).toBeGreaterThan(20);
    for (const n of data.nodes) n.attributes.type = "nope";
    const list = errors(read(JSON.stringify(data)));
    expect(list).toHaveLength(21);
    expect(list[20]).toMatch(/^… and \d+ more problems$/);
  });

  it("a GEXF node without a type, an edge with an unknown relation", () => {
    const g = foreignGraph(true);
    g.removeNodeAttribute("a1", "type");
    g.setEdgeAttribute("e2", "relation", "met");
    const list = errors(read(graphologyGexf(g)));
    expect(list).toContain("nodes[1].attributes.type (node a1): missing: must be one of official, agency, hospital, university, school, group, notice, meeting, place");
    expect(list.some((e) => e.startsWith("edges[1].attributes.relation (edge e2): must be one of holds_post"))).toBe(true);
  });

  it("broken XML, a wrong root and an edge to a missing node", () => {
    const gexf = writeGexf(seedNeighbourhood());
    expect(errors(read(gexf.slice(0, gexf.length / 2), "cut.gexf"))[0]).toMatch(/^broken XML: /);
    expect(errors(read("<svg xmlns='http://www.w3.org/2000/svg'/>", "x.gexf"))[0]).toBe("not a GEXF file: the root element is <svg>, not <gexf>");
    const dangling = writeGraphml(seedNeighbourhood()).replace(/(<edge id="[^"]*" source=")[^"]*"/, '$1nobody"');
    expect(errors(read(dangling, "d.graphml"))[0]).toMatch(/^GRAPHML: one of your graphml file edges points to an inexisting node/);
  });

  it("text that is no graph format at all", () => {
    expect(errors(read("hello"))[0]).toMatch(/not a graph file this explorer reads/);
  });
});

describe("detectFormat", () => {
  it("goes by the file name, then by the text", () => {
    expect(detectFormat("", "a.GEXF")).toBe("gexf");
    expect(detectFormat("", "a.graphml")).toBe("graphml");
    expect(detectFormat("\uFEFF  {\"nodes\": []}")).toBe("json");
    expect(detectFormat('<?xml version="1.0"?>\n<gexf version="1.3">')).toBe("gexf");
    expect(detectFormat('<?xml version="1.0"?>\n<graphml xmlns="x">', "g.xml")).toBe("graphml");
    expect(detectFormat("<html>")).toBeNull();
  });
});
