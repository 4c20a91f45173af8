// Extraction throughput: extractDocument over a synthetic corpus in this one
// process (JavaScript runs the extractor on one thread: one core), after a
// warm-up pass, median of several passes.
import { EXTRACTOR_VERSION, extractDocument } from "../../src/extract/index";
import type { ArticleInput } from "./articles";
import { median } from "./stats";

export interface ExtractBenchResult {
  articles: number;
  chars: number;
  runs: number;
  /** Characters per second, per pass. */
  perRun: number[];
  medianCharsPerSecond: number;
  entitiesPerArticle: number;
  relationsPerArticle: number;
  extractor: string;
}

export function benchExtraction(inputs: readonly ArticleInput[], runs: number): ExtractBenchResult {
  const chars = inputs.reduce((s, a) => s + a.doc.chars, 0);
  const pass = () => {
    let entities = 0;
    let relations = 0;
    for (const { doc, year } of inputs) {
      const x = extractDocument(doc, year ? { year } : {});
      entities += x.entities.length;
      relations += x.relations.length;
    }
    return { entities, relations };
  };
  const warm = pass();
  const perRun: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    pass();
    perRun.push(chars / ((performance.now() - started) / 1000));
  }
  return {
    articles: inputs.length,
    chars,
    runs,
    perRun,
    medianCharsPerSecond: median(perRun),
    entitiesPerArticle: warm.entities / inputs.length,
    relationsPerArticle: warm.relations / inputs.length,
    extractor: EXTRACTOR_VERSION,
  };
}
