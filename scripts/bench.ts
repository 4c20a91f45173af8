// `npm run bench`: prints figures beside their targets and records them in
// BENCHMARKS.md. A benchmark, not a test: it exits 0 however slow the machine.
//   npm run bench                          everything (the 10,000-article build takes minutes)
//   npm run bench -- --only extract --runs 5
//   npm run bench -- --only build --sizes 100,1000 --runs 3
//   npm run bench -- --only explorer --graph-sizes 1000 --loads 3
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, InvalidArgumentError } from "commander";
import { readArticles } from "./bench/articles";
import { benchBuild, type BuildBenchResult, type Builder, type Extractions } from "./bench/build-bench";
import { ensureCorpus } from "./bench/corpus-cache";
import { benchExplorer, type ExplorerBenchOptions } from "./bench/explorer-bench";
import { benchExtraction } from "./bench/extract-bench";
import { benchLongArticles } from "./bench/long-article-bench";
import { benchLayout, type LayoutBenchResult } from "./bench/layout-bench";
import { describeMachine, machineLine } from "./bench/machine";
import {
  buildTable,
  buildVerdicts,
  bundleTable,
  explorerVerdicts,
  extractTable,
  extractVerdict,
  firstFrameTable,
  growthTable,
  interactionTable,
  longArticleTable,
  longArticleVerdicts,
  panTable,
  searchTable,
  type Table,
  updateBenchmarksFile,
  type Verdict,
  verdictTable,
} from "./bench/report";
import { markdownTable, textTable } from "./bench/stats";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PARTS = ["extract", "long", "build", "layout", "explorer"] as const;
type Part = (typeof PARTS)[number];

/** The explorer's options as the command line gives them (its sizes are --graph-sizes). */
type ExplorerFlags = Pick<ExplorerBenchOptions, "loads" | "bigLoads" | "pans" | "panSeconds" | "bigPans" | "bigPanSeconds" | "panSizes" | "explorerRoot">;

interface BenchOptions extends ExplorerFlags {
  only: Part[];
  runs?: number;
  bigRuns: number;
  sizes: number[];
  longSizes: number[];
  seed: number;
  extractions: Extractions[];
  builder: Builder;
  heapMb?: number;
  graphSizes: number[];
  layoutSizes: number[];
  write: boolean;
}

const list =
  <T extends string>(allowed: readonly T[], name: string) =>
  (value: string): T[] => {
    const items = value.split(",").map((s) => s.trim());
    const bad = items.find((s) => !allowed.includes(s as T));
    if (bad) throw new InvalidArgumentError(`${name}: "${bad}" is not one of ${allowed.join(", ")}`);
    return items as T[];
  };

function wholeNumber(name: string, min = 1) {
  return (value: string): number => {
    const n = Number(value.replaceAll("_", ""));
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be a whole number ≥ ${min}, got "${value}"`);
    return n;
  };
}

function parseOptions(): BenchOptions {
  return new Command()
    .name("bench")
    .description("Measure extraction throughput, whole builds and the explorer in headless Chromium on synthetic corpora; record the figures in BENCHMARKS.md.")
    .option("--only <parts>", `comma-separated: ${PARTS.join(", ")}`, list(PARTS, "--only"), [...PARTS])
    .option("--runs <n>", "timed runs per measurement (default: 5 for extraction, 3 for builds up to 1,000 articles)", wholeNumber("--runs"))
    .option("--big-runs <n>", "runs for builds of more than 1,000 articles", wholeNumber("--big-runs"), 1)
    .option("--sizes <list>", "corpus sizes for the build", (v) => v.split(",").map(wholeNumber("--sizes")), [100, 1000, 10000])
    .option("--long-sizes <list>", "long: lengths of the one long article, in characters", (v) => v.split(",").map(wholeNumber("--long-sizes")), [10_000, 100_000, 1_000_000, 10_000_000])
    .option("--seed <n>", "seed of the synthetic corpus", wholeNumber("--seed", 0), 1)
    .option("--extractions <list>", "planted (the corpus's own entities: a graph of realistic size) and/or extractor (the real rules)", list(["planted", "extractor"] as const, "--extractions"), [
      "planted",
      "extractor",
    ])
    .option("--builder <kind>", 'once (scripts/bench/build-once.ts, step times) or cli (scripts/build-graph.ts once it is in main)', "once")
    .option("--heap-mb <n>", "--max-old-space-size for the build child", wholeNumber("--heap-mb"))
    .option("--layout-sizes <list>", "layout: corpus sizes (articles)", (v) => v.split(",").map(wholeNumber("--layout-sizes")), [10000])
    .option("--graph-sizes <list>", "explorer: synthetic graphs to open besides the seed (articles)", (v) => v.split(",").map(wholeNumber("--graph-sizes")), [1000, 10000])
    .option("--loads <n>", "explorer: page loads per graph up to 1,000 articles", wholeNumber("--loads"), 5)
    .option("--big-loads <n>", "explorer: page loads per larger graph (a minute each for 10,000 articles)", wholeNumber("--big-loads"), 2)
    .option("--pans <n>", "explorer: camera pans per page, explorer and bare sigma each", wholeNumber("--pans"), 3)
    .option("--pan-seconds <n>", "explorer: how long each pan lasts", wholeNumber("--pan-seconds"), 10)
    .option("--big-pans <n>", "explorer: pans per page on graphs over 1,000 articles", wholeNumber("--big-pans"), 2)
    .option("--big-pan-seconds <n>", "explorer: how long each pan lasts there (a frame takes seconds)", wholeNumber("--big-pan-seconds"), 60)
    .option("--pan-sizes <list>", "explorer: graphs (articles) to pan on", (v) => v.split(",").map(wholeNumber("--pan-sizes")), [1000, 10000])
    .option("--explorer-root <dir>", "explorer: measure the explorer of another checkout (before/after), with this one's graphs and harness")
    .option("--no-write", "print only; leave BENCHMARKS.md as it is")
    .parse()
    .opts<BenchOptions>();
}

function addTable(results: readonly BuildBenchResult[]): Table {
  const rows: Table = [["articles", "+100 wall", "+100 CPU", "+100 peak RSS", "cold wall (median)"]];
  for (const r of results) {
    if (!r.add100) continue;
    rows.push([`${r.articles.toLocaleString("en-US")} + 100`, `${(r.add100.wallMs / 1000).toFixed(1)} s`, `${(r.add100.cpuMs / 1000).toFixed(1)} s`, `${r.add100.maxRssMb.toLocaleString("en-US")} MB`, `${(r.medianWallMs / 1000).toFixed(1)} s`]);
  }
  return rows;
}

function show(title: string, table: Table) {
  console.log(`\n${title}\n${textTable(table)}`);
}

async function main() {
  const opts = parseOptions();
  if (opts.builder !== "once" && opts.builder !== "cli") throw new InvalidArgumentError(`--builder must be once or cli, got "${opts.builder}"`);
  const machine = describeMachine();
  const args = process.argv.slice(2).join(" ");
  const command = process.env.npm_lifecycle_event === "bench" ? `npm run bench${args ? ` -- ${args}` : ""}` : `npx tsx scripts/bench.ts ${args}`.trim();
  const log = (line: string) => console.log(line);
  console.log(`date: ${machine.date}\nmachine: ${machineLine(machine)}\ncommand: ${command}`);
  const header = `Run ${machine.date} on ${machineLine(machine)}.  \nCommand: \`${command}\``;
  const sections: Record<string, string> = {};
  const verdicts: Verdict[] = [];

  if (opts.only.includes("extract")) {
    const runs = opts.runs ?? 5;
    log(`\nextraction throughput: 1,000 articles, one process, ${runs} runs after a warm-up`);
    const corpus = await ensureCorpus(ROOT, 1000, opts.seed, log);
    const result = benchExtraction(readArticles(corpus.dir), runs);
    const table = extractTable(result);
    const verdict = extractVerdict(result);
    verdicts.push(verdict);
    show("Extraction throughput (extractDocument, one core)", table);
    sections.extract = [
      "### Extraction throughput",
      header,
      `\`extractDocument\` (${result.extractor}) over 1,000 synthetic articles in one process, median of ${runs} passes after a warm-up.`,
      markdownTable(table),
      `Target: ${verdict.target}: **${verdict.status}**; measured ${verdict.figure}.`,
    ].join("\n\n");
  }

  if (opts.only.includes("long")) {
    const runs = opts.runs ?? 3;
    log(`\nextraction of one long article: ${opts.longSizes.map((n) => n.toLocaleString("en-US")).join(", ")} characters, a child process each, ${runs} runs up to 1,000,000 characters, ${opts.bigRuns} above`);
    const corpus = await ensureCorpus(ROOT, 1000, opts.seed, log);
    const result = await benchLongArticles(ROOT, corpus.dir, { sizes: [...opts.longSizes].sort((a, b) => a - b), runs, bigRuns: opts.bigRuns, log });
    const table = longArticleTable(result);
    const longVerdicts = longArticleVerdicts(result);
    verdicts.push(...longVerdicts);
    show("Extraction of one long article (time and peak memory against length)", table);
    sections.long = [
      "### One long article",
      header,
      "`extractDocument` on one article made of the synthetic corpus's articles one after another, cut to each length; each length in a child process of its own (peak RSS is the whole process: Node, the corpus read in and the extraction), after a short article as warm-up. The exponent is fitted by least squares to the medians of every length.",
      markdownTable(table),
      markdownTable(verdictTable(longVerdicts)),
    ].join("\n\n");
  }

  if (opts.only.includes("build")) {
    const modes: Extractions[] = opts.builder === "cli" ? ["extractor"] : opts.extractions;
    const results: BuildBenchResult[] = [];
    const sizes = [...opts.sizes].sort((a, b) => a - b);
    for (const size of sizes) {
      const runs = size > 1000 ? opts.bigRuns : (opts.runs ?? 3);
      log(`\nwhole build: ${size.toLocaleString("en-US")} articles, ${runs} run${runs > 1 ? "s" : ""} each (${modes.join(", ")})`);
      const corpus = await ensureCorpus(ROOT, size, opts.seed, log);
      // The CLI is also timed adding 100 articles to the corpus with a warm cache (article i is the same in every corpus size).
      const grown = opts.builder === "cli" ? await ensureCorpus(ROOT, size + 100, opts.seed, log) : undefined;
      for (const extractions of modes) {
        results.push(await benchBuild(ROOT, corpus, { extractions, builder: opts.builder, runs, heapMb: opts.heapMb, log, grown }));
      }
    }
    const table = buildTable(results);
    const growthRows = growthTable(results);
    const buildVerdictList = buildVerdicts(results);
    verdicts.push(...buildVerdictList);
    show("Whole build (child process each run; medians)", table);
    show("Growth with the number of articles", growthRows);
    const added = addTable(results);
    if (added.length > 1) show("Adding 100 articles with a warm extraction cache (the CLI)", added);
    const how =
      opts.builder === "cli"
        ? "The build CLI (`scripts/build-graph.ts --quiet`) in a child process per run."
        : "`scripts/bench/build-once.ts` in a child process per run: the CLI's steps (read, extract, merge and metrics, layout, serialise, write), timed one by one. " +
          "`planted`: the synthetic corpus's planted entities and relations stand in for the extractor, so merge and layout work on a graph of realistic size; " +
          "`extractor`: the real `extractDocument`.";
    sections.build = [
      "### Whole build",
      header,
      `${how} Wall time includes starting Node and tsx; CPU time (user + system, all threads) and peak RSS from \`/usr/bin/time -v\`; linearity is judged on CPU time, which other work on the machine sways less than wall time. Medians of ${opts.runs ?? 3} runs up to 1,000 articles, ${opts.bigRuns} above.`,
      markdownTable(table),
      "Growth (n^k: k = 1 is linear, 2 quadratic):",
      markdownTable(growthRows),
      ...(added.length > 1 ? ["Adding 100 articles to the corpus, the extraction cache filled by a build of the corpus (target: ≤ 30 s at 100,000 articles):", markdownTable(added)] : []),
      markdownTable(verdictTable(buildVerdictList)),
    ].join("\n\n");
  }

  if (opts.only.includes("layout")) {
    const runs = opts.runs ?? 1;
    const layoutResults: LayoutBenchResult[] = [];
    for (const size of opts.layoutSizes) {
      log(`\nlayout: ${size.toLocaleString("en-US")} articles (planted extractions), ForceAtlas2 on every node against the core layout, ${runs} run${runs > 1 ? "s" : ""}`);
      layoutResults.push(benchLayout(await ensureCorpus(ROOT, size, opts.seed, log), runs, log));
    }
    const table: Table = [["articles", "nodes", "edges", "core nodes", "ForceAtlas2 on all", "core layout", "ratio"]];
    for (const r of layoutResults) {
      table.push([r.articles, r.nodes, r.edges, r.coreNodes].map((n) => n.toLocaleString("en-US")).concat([`${(r.fullMs / 1000).toFixed(1)} s`, `${(r.coreMs / 1000).toFixed(1)} s`, `×${(r.fullMs / r.coreMs).toFixed(1)}`]));
    }
    show("Layout: ForceAtlas2 on every node (before) against ForceAtlas2 on the core and the rest placed beside it (now)", table);
    sections.layout = [
      "### Layout",
      header,
      `The graph of the synthetic corpus's planted extractions (merged without layout), then \`applyLayout\` on a copy: ForceAtlas2 on every node (the layout before, \`coreAbove: Infinity\`) and the core layout (ForceAtlas2 on the entities mentioned in two articles or more, every other node placed breadth-first beside its neighbours). Medians of ${runs} run${runs > 1 ? "s" : ""}, in one process.`,
      markdownTable(table),
    ].join("\n\n");
  }

  if (opts.only.includes("explorer")) {
    log(`\nexplorer in headless Chromium: the seed and ${opts.graphSizes.map((n) => n.toLocaleString("en-US")).join(", ")} articles`);
    const { loads, bigLoads, pans, panSeconds, bigPans, bigPanSeconds, panSizes } = opts;
    const result = await benchExplorer({
      ...{ loads, bigLoads, pans, panSeconds, bigPans, bigPanSeconds, panSizes },
      root: ROOT,
      sizes: opts.graphSizes,
      seed: opts.seed,
      explorerRoot: opts.explorerRoot ? resolve(opts.explorerRoot) : undefined,
      log,
    });
    const tables = { firstFrame: firstFrameTable(result), search: searchTable(result), interaction: interactionTable(result), pan: panTable(result), bundle: bundleTable(result) };
    const explorerVerdictList = explorerVerdicts(result);
    verdicts.push(...explorerVerdictList);
    show("Explorer: navigation to first frame", tables.firstFrame);
    show("Explorer: search, keystroke to listed results", tables.search);
    show("Explorer: hover and click, mouse event to frame", tables.interaction);
    show("Explorer: frames while panning, against bare sigma", tables.pan);
    show("Explorer: JavaScript before the first frame", tables.bundle);
    const map = result.mapSize ? `${Math.round(result.mapSize.width)}×${Math.round(result.mapSize.height)} px` : "–";
    sections.explorer = [
      "### Explorer",
      header + (opts.explorerRoot ? `  \nExplorer measured: the checkout at \`${opts.explorerRoot}\` (graphs and harness from this one).` : ""),
      `The production build (\`vite build\`, NODE_ENV=production) served from localhost, headless Chromium ${result.browserVersion ?? ""} with the flags of the end-to-end tests (WebGL through SwiftShader: software), viewport 1280×800, the map ${map}. Graphs built by \`scripts/build-graph.ts\` from the seed (\`graph-data/articles\`) and the synthetic corpora (seed ${opts.seed}). Each load in a fresh browser context.`,
      "**Navigation to first frame.** *First render*: sigma's first render call has returned (the explorer's `explorer:first-frame` performance mark). *On screen*: two animation frames later, when the frame has gone through the GPU process; with software WebGL the draw itself runs there, after the render call (seconds for tens of thousands of edges). Medians of the loads. Bare sigma (the same settings, no React, no reducers) loaded once, as the yardstick.",
      markdownTable(tables.firstFrame),
      `**Search**, on the ${result.search?.graph.name ?? "largest"} graph: from a keystroke (its first event) to the list of results in the DOM (the next task after the input event; React renders the update of an input event before it). Queries made from the best-connected official: a prefix of the name as written, the whole name in the other script, pinyin and initials, typed one key at a time.`,
      markdownTable(tables.search),
      "**Hover and click** on the best-connected official, on the last load of each graph: from the mouse event to the end of sigma's next render (the JavaScript) and to that frame on screen (two animation frames later; with software WebGL mostly the GPU process drawing every node and edge again).",
      markdownTable(tables.interaction),
      `**Pan frames**: ${opts.pans} pans of ${opts.panSeconds} s per page (${opts.bigPans} of ${opts.bigPanSeconds} s above 1,000 articles), sigma's camera animation across half the whole-graph view (sigma counts it as moving: the settings hide edges, and labels above 20,000 nodes, as they do for a person dragging), the explorer and bare sigma (same graph, a map of the same size, open side by side) taking turns in the same run. Frame time = the median interval between consecutive renders, the first interval left out (it waits for the frame drawn before the pan); overhead = explorer frame time / bare sigma frame time. The render call is the JavaScript of one frame.`,
      markdownTable(tables.pan),
      "**JavaScript before the first frame**: the scripts the seed's page fetched before its first frame was on screen, gzip at zlib's default level (as vite's report), kB of 1,000 bytes; the build's own account (the entry chunk and its static imports) beside it.",
      markdownTable(tables.bundle),
      markdownTable(verdictTable(explorerVerdictList)),
    ].join("\n\n");
  }

  if (verdicts.length) show("Targets", verdictTable(verdicts));
  if (opts.write) {
    updateBenchmarksFile(join(ROOT, "BENCHMARKS.md"), sections);
    console.log(`\nrecorded in BENCHMARKS.md (${Object.keys(sections).join(", ")})`);
  }
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
