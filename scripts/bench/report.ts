// Turns benchmark results into the terminal tables and the sections of
// BENCHMARKS.md, with each target shown as met or not met beside its figure.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { BuildBenchResult } from "./build-bench";
import type { ExplorerBenchResult } from "./explorer-bench";
import type { ExtractBenchResult } from "./extract-bench";
import type { LongArticleResult } from "./long-article-bench";
import type { PanRun } from "./explorer/pan";
import { describeGrowth, growth, int, median, rate, seconds } from "./stats";

export const TARGETS = {
  extractCharsPerSecond: 2_000_000,
  build1000Ms: 15_000,
  seedFirstFrameMs: 1000,
  searchMs: 50,
  /** Explorer frame time over bare sigma's, same graph, same run. */
  explorerOverhead: 1.2,
  /** gzip bytes (kB of 1,000 bytes, as vite reports them). */
  initialJsGzip: 200_000,
  /** Largest growth exponent still called linear (n^1.15 allows for noise and n log n layout). */
  linearExponent: 1.15,
  /** Extraction time against one article's length. */
  longArticleExponent: 1.1,
  longArticleChars: 10_000_000,
  longArticleMs: 15_000,
  longArticleRssMb: 500,
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

export function longArticleTable(r: LongArticleResult): Table {
  const rows: Table = [["characters", "runs", "wall (median)", "CPU", "chars/s (CPU)", "peak RSS", "entities", "relations"]];
  for (const p of r.points) {
    const last = p.runs[p.runs.length - 1];
    rows.push([int(p.chars), String(p.runs.length), seconds(p.medianMs), seconds(p.medianCpuMs), rate(p.chars / (p.medianCpuMs / 1000), "chars"), mb(p.medianRssMb), int(last.entities), int(last.relations)]);
  }
  return rows;
}

export function longArticleVerdicts(r: LongArticleResult): Verdict[] {
  const exponent: Verdict = {
    target: `extraction CPU time ∝ length^k, k ≤ ${TARGETS.longArticleExponent}`,
    figure: `k = ${r.timeExponent.toFixed(2)} (${int(r.points[0]?.chars ?? 0)} to ${int(r.points[r.points.length - 1]?.chars ?? 0)} characters)`,
    status: r.points.length < 2 ? "n/a" : r.timeExponent <= TARGETS.longArticleExponent ? "met" : "not met",
  };
  const big = r.points.find((p) => p.chars >= TARGETS.longArticleChars);
  const target = `a ${int(TARGETS.longArticleChars)}-character article in ≤ ${seconds(TARGETS.longArticleMs)} and ≤ ${TARGETS.longArticleRssMb} MB`;
  const size: Verdict = big
    ? {
        target,
        figure: `${seconds(big.medianMs)}, ${mb(big.medianRssMb)}`,
        status: big.medianMs <= TARGETS.longArticleMs && big.medianRssMb <= TARGETS.longArticleRssMb ? "met" : "not met",
      }
    : { target, figure: "not measured (--long-sizes)", status: "n/a" };
  return [exponent, size];
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

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const msOf = (v: number) => (Number.isFinite(v) && v >= 0 ? seconds(v) : "–");
const fps = (v: number) => (Number.isFinite(v) ? `${v.toFixed(v < 10 ? 2 : 1)} frames/s` : "–");

/** Frames per second in steady motion: from the median interval between renders over all runs. */
export function panFps(runs: readonly PanRun[]): number {
  return 1000 / median(runs.flatMap((r) => r.intervals));
}

/** How many times longer the explorer takes per frame than bare sigma. */
export function panOverhead(explorerFps: number, bareFps: number): number {
  return bareFps / explorerFps;
}

export function firstFrameTable(r: ExplorerBenchResult): Table {
  const rows: Table = [["graph", "nodes", "edges", "graph.json", "loads", "graph file received", "first render (sigma)", "first frame on screen", "fastest", "slowest", "bare sigma, on screen (1 load)"]];
  for (const f of r.firstFrame) {
    const on = f.loads.map((l) => l.onScreen);
    rows.push([
      f.graph.name,
      f.facts ? int(f.facts.nodes) : "–",
      f.facts ? int(f.facts.edges) : "–",
      `${(f.graph.bytes / 1048576).toFixed(1)} MB`,
      f.error ? `${f.loads.length} (failed: ${f.error})` : String(f.loads.length),
      msOf(median(f.loads.map((l) => l.graphArrived))),
      msOf(median(f.loads.map((l) => l.rendered))),
      msOf(median(on)),
      on.length ? msOf(Math.min(...on)) : "–",
      on.length ? msOf(Math.max(...on)) : "–",
      f.bare ? msOf(f.bare.onScreen) : "–",
    ]);
  }
  return rows;
}

export function interactionTable(r: ExplorerBenchResult): Table {
  const rows: Table = [["graph", "hover: rendered", "hover: on screen", "click: rendered", "click: on screen"]];
  for (const f of r.firstFrame) {
    if (f.interactionError) rows.push([f.graph.name, `failed: ${f.interactionError}`, "", "", ""]);
    if (!f.interactions) continue;
    const of = (what: string) => f.interactions!.find((i) => i.what === what);
    const hover = of("hover");
    const click = of("click");
    rows.push([f.graph.name, msOf(hover?.rendered ?? Number.NaN), msOf(hover?.onScreen ?? Number.NaN), msOf(click?.rendered ?? Number.NaN), msOf(click?.onScreen ?? Number.NaN)]);
  }
  return rows;
}

export function searchTable(r: ExplorerBenchResult): Table {
  const rows: Table = [["query", "keystrokes", "median", "worst", "options listed"]];
  for (const q of r.search?.queries ?? []) rows.push([q.kind, String(q.keystrokes), msOf(median(q.times)), msOf(Math.max(...q.times)), String(q.results)]);
  if (r.search) rows.push(["all keystrokes", String(r.search.keystrokes), msOf(r.search.median), msOf(r.search.worst), ""]);
  return rows;
}

export function panTable(r: ExplorerBenchResult): Table {
  const rows: Table = [["graph", "runs", "explorer", "bare sigma", "overhead (explorer frame time / bare)", "render call, explorer / bare (median)", "frames (explorer, bare)"]];
  for (const p of r.pan) {
    const e = panFps(p.explorer);
    const b = panFps(p.bare);
    const ratio = panOverhead(e, b);
    const frames = (runs: readonly PanRun[]) => runs.map((x) => x.frames).join("+");
    const renderMs = (runs: readonly PanRun[]) => median(runs.flatMap((x) => x.renderMs)).toFixed(1);
    rows.push([
      p.graph.name,
      p.error ? `failed: ${p.error}` : String(p.explorer.length),
      fps(e),
      fps(b),
      Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : "–",
      `${renderMs(p.explorer)} ms / ${renderMs(p.bare)} ms`,
      `${frames(p.explorer)}, ${frames(p.bare)}`,
    ]);
  }
  return rows;
}

export function bundleTable(r: ExplorerBenchResult): Table {
  const rows: Table = [["JavaScript", "files", "size", "gzip"]];
  const b = r.bundle;
  if (!b) return [...rows, ["before the first frame", "–", "–", r.bundleError ?? "–"]];
  const raw = (files: readonly { bytes: number }[]) => kb(files.reduce((s, f) => s + f.bytes, 0));
  rows.push(["fetched before the seed's first frame", b.fetched.map((f) => f.file).join(", "), raw(b.fetched), kb(b.fetchedGzip)]);
  rows.push(["the build's entry and its static imports", String(b.initial.length), raw(b.initial), kb(b.initialGzip)]);
  rows.push(["loaded when used (largest first)", b.lazy.slice(0, 6).map((f) => `${f.file.replace(/^assets\//, "")} ${kb(f.gzip)}`).join(", ") + (b.lazy.length > 6 ? `, ${b.lazy.length - 6} more` : ""), raw(b.lazy), kb(b.lazy.reduce((s, f) => s + f.gzip, 0))]);
  return rows;
}

export function explorerVerdicts(r: ExplorerBenchResult): Verdict[] {
  const verdicts: Verdict[] = [];
  const seed = r.firstFrame.find((f) => f.graph.name === "seed");
  const seedTarget = `first frame of the seed within ${seconds(TARGETS.seedFirstFrameMs)} of navigation`;
  if (seed?.loads.length) {
    const m = median(seed.loads.map((l) => l.onScreen));
    verdicts.push({ target: seedTarget, figure: `${msOf(m)} (median of ${seed.loads.length})`, status: m <= TARGETS.seedFirstFrameMs ? "met" : "not met" });
  } else verdicts.push({ target: seedTarget, figure: `failed: ${seed?.error ?? "not run"}`, status: "not met" });

  const searchTarget = `search answers within ${TARGETS.searchMs} ms on the ${r.search?.graph.name ?? "largest"} graph`;
  if (r.search)
    verdicts.push({
      target: searchTarget,
      figure: `worst ${msOf(r.search.worst)}, median ${msOf(r.search.median)} (${r.search.keystrokes} keystrokes)`,
      status: r.search.worst <= TARGETS.searchMs ? "met" : "not met",
    });
  else if (r.searchError) verdicts.push({ target: searchTarget, figure: `failed: ${r.searchError}`, status: "not met" });

  for (const p of r.pan) {
    const target = `explorer within ${TARGETS.explorerOverhead}× of bare sigma, pan frames, ${p.graph.name}`;
    const ratio = panOverhead(panFps(p.explorer), panFps(p.bare));
    if (p.error || !Number.isFinite(ratio)) verdicts.push({ target, figure: `failed: ${p.error ?? "no frames"}`, status: "not met" });
    else verdicts.push({ target, figure: `${ratio.toFixed(2)}× (${fps(panFps(p.explorer))} against ${fps(panFps(p.bare))})`, status: ratio <= TARGETS.explorerOverhead ? "met" : "not met" });
  }

  const bundleTarget = `at most ${kb(TARGETS.initialJsGzip)} gzip of JavaScript before the first frame`;
  if (r.bundle) verdicts.push({ target: bundleTarget, figure: `${kb(r.bundle.fetchedGzip)} (build: entry and static imports ${kb(r.bundle.initialGzip)})`, status: r.bundle.fetchedGzip <= TARGETS.initialJsGzip ? "met" : "not met" });
  else verdicts.push({ target: bundleTarget, figure: `failed: ${r.bundleError ?? "not run"}`, status: "not met" });
  return verdicts;
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
