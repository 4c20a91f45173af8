// Layout alone, today's and the core layout, on the graph of a synthetic
// corpus: the planted extractions merged (no extractor, so this measures
// the layout only), then each layout on its own copy of the graph, in this
// process, `runs` times each, alternating. Medians and the ratio.
import { readFileSync } from "node:fs";
import { EXTRACTOR_VERSION } from "../../src/extract/index";
import type { Extraction } from "../../src/extract/types";
import { buildGraph, type KnowledgeGraph } from "../../src/graph/build";
import { applyLayout, CORE_LAYOUT_ABOVE } from "../../src/graph/layout";
import { coreNodes } from "../../src/graph/layout-core";
import { readArticles } from "./articles";
import type { CachedCorpus } from "./corpus-cache";
import { median } from "./stats";

export interface LayoutBenchResult {
  articles: number;
  nodes: number;
  edges: number;
  coreNodes: number;
  fullMs: number;
  coreMs: number;
}

function plantedGraph(corpus: CachedCorpus): KnowledgeGraph {
  const docs = new Map(readArticles(corpus.dir).map((a) => [a.doc.id, a.doc]));
  const extractions: Extraction[] = [];
  for (const line of readFileSync(corpus.planted, "utf8").split("\n")) {
    if (!line) continue;
    const { doc: id, entities, relations } = JSON.parse(line) as { doc: string } & Omit<Extraction, "doc">;
    extractions.push({ doc: docs.get(id)!, entities, relations });
  }
  return buildGraph(extractions, { builtWith: EXTRACTOR_VERSION, layout: false });
}

export function benchLayout(corpus: CachedCorpus, runs: number, log: (line: string) => void): LayoutBenchResult {
  const graph = plantedGraph(corpus);
  const full: number[] = [];
  const core: number[] = [];
  const time = (options: Parameters<typeof applyLayout>[1]) => {
    const copy = graph.copy();
    const started = performance.now();
    applyLayout(copy, options);
    return performance.now() - started;
  };
  for (let i = 0; i < runs; i++) {
    full.push(time({ coreAbove: Number.POSITIVE_INFINITY }));
    core.push(time({ coreAbove: Math.min(CORE_LAYOUT_ABOVE, graph.order - 1) }));
    log(`  ${corpus.count} articles, run ${i + 1}/${runs}: ForceAtlas2 on all ${(full.at(-1)! / 1000).toFixed(1)} s, core layout ${(core.at(-1)! / 1000).toFixed(1)} s`);
  }
  return { articles: corpus.count, nodes: graph.order, edges: graph.size, coreNodes: coreNodes(graph).length, fullMs: median(full), coreMs: median(core) };
}
