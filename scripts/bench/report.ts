// Turns benchmark results into the terminal tables and the sections of
// BENCHMARKS.md, with each target shown as met or not met beside its figure.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { BuildBenchResult } from "./build-bench";
import type { ExplorerFigure } from "./explorer-bench";
import type { ExtractBenchResult } from "./extract-bench";
import { describeGrowth, growth, int, rate, seconds } from "./stats";

export const TARGETS = {
  extractCharsPerSecond: 2_000_000,
  build1000Ms: 15_000,
  /** Largest growth exponent still called linear (n^1.15 allows for noise and n log n layout). */
  linearExponent: 1.15,
};

export type Table = string[][];

export interface Verdict {
  target: string;
  figure: string;
  status: "met" | "not met" | "n/a";
}

export function extractTable(r: ExtractBenchResult): Table {
  return [
    ["articles", "characters", "runs", "median", "slowest run", "fastest run", "entities/article", "relations/article"],
    [
      int(r.articles),
      int(r.chars),
      String(r.runs),
      rate(r.medianCharsPerSecond, "chars"),
      rate(Math.min(...r.perRun), "chars"),
      rate(Math.max(...r.perRun), "chars"),
      r.entitiesPerArticle.toFixed(1),
      r.relationsPerArticle.toFixed(1),
    ],
  ];
}

export function extractVerdict(r: ExtractBenchResult): Verdict {
  const target = `extraction ≥ ${rate(TARGETS.extractCharsPerSecond, "chars")} per core`;
  if (r.entitiesPerArticle === 0) return { target, figure: `${rate(r.medianCharsPerSecond, "chars")}, but the extractor returned nothing: rules not in place`, status: "n/a" };
  return { target, figure: rate(r.medianCharsPerSecond, "chars"), status: r.medianCharsPerSecond >= TARGETS.extractCharsPerSecond ? "met" : "not met" };
}

const mb = (v: number) => (Number.isFinite(v) ? `${int(v)} MB` : "–");
const ms = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? "–" : seconds(v));
const workMs = (r: BuildBenchResult) => (r.steps ? Object.values(r.steps).reduce((s, v) => s + v, 0) : Number.NaN);

export function buildTable(results: readonly BuildBenchResult[]): Table {
  const rows: Table = [["articles", "extractions", "runs", "wall (median)", "CPU", "peak RSS", "nodes", "edges", "graph.json", "read", "extract", "merge+metrics", "layout", "serialise", "write"]];
  for (const r of results) {
    const s = r.steps;
    rows.push([
      int(r.articles),
      r.extractions,
      r.error ? `${r.runs.length} (failed: ${r.error.slice(0, 80)})` : String(r.runs.length),
      ms(r.medianWallMs),
      ms(r.medianCpuMs),
      mb(r.medianRssMb),
      r.nodes === undefined ? "–" : int(r.nodes),
      r.edges === undefined ? "–" : int(r.edges),
      r.bytes === undefined ? "–" : `${(r.bytes / 1048576).toFixed(1)} MB`,
      ms(s?.read),
      ms(s?.extract),
      ms(s?.merge),
      ms(s?.layout),
      ms(s?.serialise),
      ms(s?.write),
    ]);
  }
  return rows;
}

/** Steps shorter than this are timer noise: no growth is read into them. */
const NOISE_MS = 20;

function stepGrowth(a: BuildBenchResult, aMs: number | undefined, b: BuildBenchResult, bMs: number | undefined): string {
  if (aMs === undefined || bMs === undefined || !(aMs >= NOISE_MS && bMs >= NOISE_MS)) return "–";
  return describeGrowth(growth(a.articles, aMs, b.articles, bMs));
}

/** Growth between consecutive sizes, per kind of extraction. */
export function growthTable(results: readonly BuildBenchResult[]): Table {
  const rows: Table = [["extractions", "articles", "wall time", "CPU time", "peak RSS", "work (sum of steps)", "layout"]];
  for (const mode of new Set(results.map((r) => r.extractions))) {
    const ok = results.filter((r) => r.extractions === mode && r.runs.length > 0).sort((a, b) => a.articles - b.articles);
    for (let i = 1; i < ok.length; i++) {
      const [a, b] = [ok[i - 1], ok[i]];
      rows.push([
        mode,
        `${int(a.articles)} → ${int(b.articles)}`,
        describeGrowth(growth(a.articles, a.medianWallMs, b.articles, b.medianWallMs)),
        describeGrowth(growth(a.articles, a.medianCpuMs, b.articles, b.medianCpuMs)),
        describeGrowth(growth(a.articles, a.medianRssMb, b.articles, b.medianRssMb)),
        stepGrowth(a, workMs(a), b, workMs(b)),
        stepGrowth(a, a.steps?.layout, b, b.steps?.layout),
      ]);
    }
  }
  return rows;
}

export function buildVerdicts(results: readonly BuildBenchResult[]): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const mode of new Set(results.map((r) => r.extractions))) {
    const of = results.filter((r) => r.extractions === mode);
    const thousand = of.find((r) => r.articles === 1000);
    if (thousand) {
      const target = `1,000 articles built in < ${seconds(TARGETS.build1000Ms)} with layout (${mode})`;
      verdicts.push(
        thousand.runs.length
          ? { target, figure: seconds(thousand.medianWallMs), status: thousand.medianWallMs < TARGETS.build1000Ms ? "met" : "not met" }
          : { target, figure: `failed: ${thousand.error ?? "no run"}`, status: "not met" },
      );
    }
    const ok = of.filter((r) => r.runs.length > 0).sort((a, b) => a.articles - b.articles);
    const failedLarger = of.find((r) => r.runs.length === 0 && r.articles > (ok.at(-1)?.articles ?? 0));
    if (ok.length >= 2) {
      const [a, b] = ok.slice(-2);
      // CPU time, not wall time: on a shared machine wall time swings by half from run to run.
      const t = growth(a.articles, a.medianCpuMs, b.articles, b.medianCpuMs);
      const m = growth(a.articles, a.medianRssMb, b.articles, b.medianRssMb);
      const linear = t.exponent <= TARGETS.linearExponent && m.exponent <= TARGETS.linearExponent && !failedLarger;
      verdicts.push({
        target: `time and memory linear in articles, ${int(a.articles)} → ${int(b.articles)} (${mode})`,
        figure: `CPU time n^${t.exponent.toFixed(2)}, memory n^${m.exponent.toFixed(2)}${failedLarger ? `; ${int(failedLarger.articles)} failed` : ""}`,
        status: linear ? "met" : "not met",
      });
    }
  }
  return verdicts;
}

export function verdictTable(verdicts: readonly Verdict[]): Table {
  return [["target", "measured", "status"], ...verdicts.map((v) => [v.target, v.figure, v.status])];
}

export function explorerTable(figures: readonly ExplorerFigure[]): Table {
  return [["measure", "value", "status"], ...figures.map((f) => [f.what, f.value ?? "–", f.note ? `${f.status} (${f.note})` : f.status])];
}

const START = (name: string) => `<!-- bench:${name}:start -->`;
const END = (name: string) => `<!-- bench:${name}:end -->`;

/** Replaces the marked sections of BENCHMARKS.md that were run, keeps the rest. */
export function updateBenchmarksFile(path: string, sections: Record<string, string>): void {
  let text = existsSync(path) ? readFileSync(path, "utf8") : "# Benchmarks\n";
  for (const [name, body] of Object.entries(sections)) {
    const block = `${START(name)}\n${body.trim()}\n${END(name)}`;
    const from = text.indexOf(START(name));
    const to = text.indexOf(END(name));
    text = from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + END(name).length) : `${text.trimEnd()}\n\n${block}\n`;
  }
  writeFileSync(path, text);
}
