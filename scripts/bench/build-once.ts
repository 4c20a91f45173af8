// One whole build in its own process, timed step by step, for the benchmark:
//   node --import tsx scripts/bench/build-once.ts --input DIR --out FILE [--planted FILE.jsonl]
// Same steps as the build CLI (read, extract, merge and metrics, layout,
// serialise, write). With --planted, the synthetic corpus's planted
// extractions stand in for the extractor, so merge and layout work on a graph
// of realistic size while the extraction rules are not yet in place.
// Prints one JSON line with the timings, the graph's size and peak memory.
import { readFileSync, writeFileSync } from "node:fs";
import { Command } from "commander";
import { EXTRACTOR_VERSION, extractDocument } from "../../src/extract/index";
import type { Extraction } from "../../src/extract/types";
import { buildGraph, serializeGraph } from "../../src/graph/build";
import { applyLayout } from "../../src/graph/layout";
import { readArticles } from "./articles";

export interface BuildOnceResult {
  articles: number;
  chars: number;
  nodes: number;
  edges: number;
  bytes: number;
  /** Milliseconds per step. */
  steps: { read: number; extract: number; merge: number; layout: number; serialise: number; write: number };
  /** Resident memory after each step, MB. */
  rssAfter: Record<string, number>;
  maxRssMb: number;
  /** User + system CPU time of this process, ms. */
  cpuMs: number;
  extractions: "extractor" | "planted";
}

function plantedExtractions(file: string, docs: Map<string, Extraction["doc"]>): Extraction[] {
  const out: Extraction[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line) continue;
    const { doc: id, entities, relations } = JSON.parse(line) as { doc: string } & Omit<Extraction, "doc">;
    const doc = docs.get(id);
    if (!doc) throw new Error(`${file}: planted extraction for "${id}", which is not among the articles read`);
    out.push({ doc, entities, relations });
  }
  return out;
}

function main() {
  const opts = new Command()
    .requiredOption("--input <dir>", "folder of .txt articles")
    .requiredOption("--out <file>", "where to write the graph")
    .option("--planted <file>", "planted extractions (JSON Lines) to use instead of the extractor")
    .parse()
    .opts<{ input: string; out: string; planted?: string }>();

  const rssAfter: Record<string, number> = {};
  const mb = (bytes: number) => Math.round(bytes / 1048576);
  let last = performance.now();
  const step = (name: string): number => {
    const now = performance.now();
    const ms = now - last;
    last = now;
    rssAfter[name] = mb(process.memoryUsage().rss);
    return Math.round(ms * 10) / 10;
  };

  const inputs = readArticles(opts.input);
  const read = step("read");
  const extractions = opts.planted
    ? plantedExtractions(opts.planted, new Map(inputs.map((a) => [a.doc.id, a.doc])))
    : inputs.map(({ doc, year }) => extractDocument(doc, year ? { year } : {}));
  const extract = step("extract");
  const graph = buildGraph(extractions, { builtWith: EXTRACTOR_VERSION, layout: false });
  const merge = step("merge");
  applyLayout(graph);
  const layout = step("layout");
  const json = serializeGraph(graph);
  const serialise = step("serialise");
  writeFileSync(opts.out, json);
  const write = step("write");

  const result: BuildOnceResult = {
    articles: inputs.length,
    chars: inputs.reduce((s, a) => s + a.doc.chars, 0),
    nodes: graph.order,
    edges: graph.size,
    bytes: Buffer.byteLength(json),
    steps: { read, extract, merge, layout, serialise, write },
    rssAfter,
    // resourceUsage().maxRSS is in kilobytes.
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
    extractions: opts.planted ? "planted" : "extractor",
  };
  console.log(JSON.stringify(result));
}

main();
