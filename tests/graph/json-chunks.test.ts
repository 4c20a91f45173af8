// The streamed JSON of a graph is the text JSON.stringify(graph.export()) gives.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { buildGraph, serializeGraph } from "../../src/graph/build";
import { graphJsonChunks } from "../../src/graph/json-chunks";
import { goldExtractions } from "../fixtures/gold-graph";

const streamed = (g: Graph) => [...graphJsonChunks(g)].join("");

describe("graphJsonChunks", () => {
  it("gives the bytes of JSON.stringify(graph.export()) for a built graph", () => {
    const graph = buildGraph(goldExtractions(), { builtWith: "test" });
    expect(graph.order).toBeGreaterThan(10);
    expect(streamed(graph)).toBe(serializeGraph(graph));
  });

  it("splits the sources array: no piece holds two articles' texts", () => {
    const graph = buildGraph(goldExtractions(), { builtWith: "test" });
    const texts = graph.getAttribute("sources").map((s) => s.text);
    expect(texts.length).toBeGreaterThan(1);
    for (const piece of graphJsonChunks(graph)) expect(texts.filter((t) => piece.includes(JSON.stringify(t).slice(1, -1))).length).toBeLessThanOrEqual(1);
  });

  it("matches on empty graphs, nodes and edges without attributes, undefined values and odd characters", () => {
    const empty = new Graph();
    expect(streamed(empty)).toBe(JSON.stringify(empty.export()));

    const g = new Graph({ type: "mixed", multi: true });
    g.replaceAttributes({ list: [1, undefined, "x"], gone: undefined, nested: { a: [1, 2] }, quote: '"\u2028</script>' });
    g.addNode("bare");
    g.addNode("键\u0000", { label: "省委\n", none: undefined });
    g.addDirectedEdgeWithKey("e1", "bare", "键\u0000");
    g.addUndirectedEdgeWithKey("e2", "bare", "键\u0000", { w: 1 });
    g.addDirectedEdge("bare", "bare", { w: 2 });
    expect(streamed(g)).toBe(JSON.stringify(g.export()));
  });
});

describe("writeGraphAtomically", () => {
  it("writes the bytes of serializeGraph, across several batches, and leaves no temp file", async () => {
    const { mkdtempSync, readFileSync, readdirSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { writeGraphAtomically } = await import("../../scripts/lib/write-graph-stream");
    const dir = mkdtempSync(join(tmpdir(), "graph-stream-"));
    const graph = buildGraph(goldExtractions(), { builtWith: "test" });
    // Enough nodes that the output passes the writer's batch size more than once.
    for (let i = 0; i < 6000; i++) graph.addNode(`filler${i}`, { label: "填充".repeat(100), type: "place", aliases: [], mentions: [], x: 0, y: 0, size: 1, color: "#000" });
    const target = join(dir, "out", "graph.json");
    const bytes = await writeGraphAtomically(target, graph);
    const expected = serializeGraph(graph);
    expect(bytes).toBeGreaterThan(2 * (1 << 20));
    expect(readFileSync(target, "utf8")).toBe(expected);
    expect(readdirSync(join(dir, "out"))).toEqual(["graph.json"]);
    rmSync(dir, { recursive: true, force: true });
  });
});
