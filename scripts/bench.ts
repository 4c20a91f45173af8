// `npm run bench`: prints figures beside their targets and records them in
// BENCHMARKS.md. A benchmark, not a test: it exits 0 however slow the machine.
//   npm run bench                          everything (the 10,000-article build takes minutes)
//   npm run bench -- --only extract --runs 5
//   npm run bench -- --only build --sizes 100,1000 --runs 3
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, InvalidArgumentError } from "commander";
import { readArticles } from "./bench/articles";
import { benchBuild, type BuildBenchResult, type Builder, type Extractions } from "./bench/build-bench";
import { ensureCorpus } from "./bench/corpus-cache";
import { benchExplorer } from "./bench/explorer-bench";
import { benchExtraction } from "./bench/extract-bench";
import { describeMachine, machineLine } from "./bench/machine";
import {
  buildTable,
  buildVerdicts,
  explorerTable,
  extractTable,
  extractVerdict,
  growthTable,
  type Table,
  updateBenchmarksFile,
  type Verdict,
  verdictTable,
} from "./bench/report";
import { markdownTable, textTable } from "./bench/stats";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PARTS = ["extract", "build", "explorer"] as const;
type Part = (typeof PARTS)[number];

interface BenchOptions {
  only: Part[];
  runs?: number;
  bigRuns: number;
  sizes: number[];
  seed: number;
  extractions: Extractions[];
  builder: Builder;
  heapMb?: number;
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
    .description("Measure extraction throughput and whole builds on synthetic corpora; record the figures in BENCHMARKS.md.")
    .option("--only <parts>", `comma-separated: ${PARTS.join(", ")}`, list(PARTS, "--only"), [...PARTS])
    .option("--runs <n>", "timed runs per measurement (default: 5 for extraction, 3 for builds up to 1,000 articles)", wholeNumber("--runs"))
    .option("--big-runs <n>", "runs for builds of more than 1,000 articles", wholeNumber("--big-runs"), 1)
    .option("--sizes <list>", "corpus sizes for the build", (v) => v.split(",").map(wholeNumber("--sizes")), [100, 1000, 10000])
    .option("--seed <n>", "seed of the synthetic corpus", wholeNumber("--seed", 0), 1)
    .option("--extractions <list>", "planted (the corpus's own entities: a graph of realistic size) and/or extractor (the real rules)", list(["planted", "extractor"] as const, "--extractions"), [
      "planted",
      "extractor",
    ])
    .option("--builder <kind>", 'once (scripts/bench/build-once.ts, step times) or cli (scripts/build-graph.ts once it is in main)', "once")
    .option("--heap-mb <n>", "--max-old-space-size for the build child", wholeNumber("--heap-mb"))
    .option("--no-write", "print only; leave BENCHMARKS.md as it is")
    .parse()
    .opts<BenchOptions>();
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

  if (opts.only.includes("build")) {
    const modes: Extractions[] = opts.builder === "cli" ? ["extractor"] : opts.extractions;
    const results: BuildBenchResult[] = [];
    const sizes = [...opts.sizes].sort((a, b) => a - b);
    for (const size of sizes) {
      const runs = size > 1000 ? opts.bigRuns : (opts.runs ?? 3);
      log(`\nwhole build: ${size.toLocaleString("en-US")} articles, ${runs} run${runs > 1 ? "s" : ""} each (${modes.join(", ")})`);
      const corpus = await ensureCorpus(ROOT, size, opts.seed, log);
      for (const extractions of modes) {
        results.push(await benchBuild(ROOT, corpus, { extractions, builder: opts.builder, runs, heapMb: opts.heapMb, log }));
      }
    }
    const table = buildTable(results);
    const growthRows = growthTable(results);
    const buildVerdictList = buildVerdicts(results);
    verdicts.push(...buildVerdictList);
    show("Whole build (child process each run; medians)", table);
    show("Growth with the number of articles", growthRows);
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
      markdownTable(verdictTable(buildVerdictList)),
    ].join("\n\n");
  }

  if (opts.only.includes("explorer")) {
    const figures = await benchExplorer();
    const table = explorerTable(figures);
    show("Explorer", table);
    sections.explorer = ["### Explorer", header, markdownTable(table)].join("\n\n");
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
