// Whole builds in a child process, so each starts cold and its peak memory is
// its own: wall time measured here, CPU time and peak RSS from /usr/bin/time -v
// when the machine has it (else the child's own figures), step times from the child.
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { BuildOnceResult } from "./build-once";
import { runChildProcess } from "./child-output";
import type { CachedCorpus } from "./corpus-cache";
import { median } from "./stats";

export type Extractions = "planted" | "extractor";
/** "once": scripts/bench/build-once.ts (step times); "cli": the build CLI (scripts/build-graph.ts). */
export type Builder = "once" | "cli";

export interface BuildRun {
  wallMs: number;
  /** User + system CPU time of the child: less swayed than wall time by other work on the machine. */
  cpuMs: number;
  maxRssMb: number;
  child?: BuildOnceResult;
}

export interface BuildBenchResult {
  articles: number;
  extractions: Extractions;
  builder: Builder;
  runs: BuildRun[];
  medianWallMs: number;
  medianCpuMs: number;
  medianRssMb: number;
  /** Median of each step across runs (builder "once" only). */
  steps?: Record<string, number>;
  nodes?: number;
  edges?: number;
  bytes?: number;
  chars?: number;
  error?: string;
  /** The CLI with a warm extraction cache of these articles, given 100 more (builder "cli" with `grown`). */
  add100?: BuildRun;
}

const TIME = "/usr/bin/time";

function commandFor(root: string, corpus: CachedCorpus, out: string, extractions: Extractions, builder: Builder, heapMb?: number): string[] {
  const node = [process.execPath, ...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), "--import", "tsx"];
  // Cold: no extraction cache read or written.
  if (builder === "cli") return [...node, join(root, "scripts/build-graph.ts"), "--input", corpus.dir, "--out", out, "--quiet", "--no-cache"];
  const planted = extractions === "planted" ? ["--planted", corpus.planted] : [];
  return [...node, join(root, "scripts/bench/build-once.ts"), "--input", corpus.dir, "--out", out, ...planted];
}

async function runOnce(root: string, argv: string[]): Promise<BuildRun> {
  const timed = existsSync(TIME);
  const [cmd, ...args] = timed ? [TIME, "-v", ...argv] : argv;
  const started = performance.now();
  const { code, stdout, stderr } = await runChildProcess(cmd, args, root);
  const wallMs = performance.now() - started;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const exit = /Exit status: (\d+)/.exec(stderr);
  if (code !== 0 || (exit && exit[1] !== "0")) {
    // The child's own complaint, without /usr/bin/time's report.
    const own = stderr.split(/\n\s*Command (being timed|exited with)/)[0].trim().split("\n").slice(-4).join(" | ");
    throw new Error(own || `exit code ${code}`);
  }
  const line = stdout.trim().split("\n").pop() ?? "";
  let child: BuildOnceResult | undefined;
  try {
    child = JSON.parse(line) as BuildOnceResult;
  } catch {
    child = undefined;
  }
  const maxRssMb = rss ? Math.round(Number(rss[1]) / 1024) : (child?.maxRssMb ?? Number.NaN);
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  const cpuMs = user && system ? (Number(user[1]) + Number(system[1])) * 1000 : (child?.cpuMs ?? Number.NaN);
  return { wallMs, cpuMs, maxRssMb, ...(child ? { child } : {}) };
}

export async function benchBuild(
  root: string,
  corpus: CachedCorpus,
  options: { extractions: Extractions; builder: Builder; runs: number; heapMb?: number; log: (line: string) => void; grown?: CachedCorpus },
): Promise<BuildBenchResult> {
  const out = join(root, "bench-results", `graph-${corpus.count}-${options.extractions}.json`);
  const argv = commandFor(root, corpus, out, options.extractions, options.builder, options.heapMb);
  const result: BuildBenchResult = {
    articles: corpus.count,
    extractions: options.extractions,
    builder: options.builder,
    runs: [],
    medianWallMs: Number.NaN,
    medianCpuMs: Number.NaN,
    medianRssMb: Number.NaN,
  };
  for (let i = 0; i < options.runs; i++) {
    try {
      const run = await runOnce(root, argv);
      result.runs.push(run);
      options.log(
        `  ${corpus.count} articles, ${options.extractions}, run ${i + 1}/${options.runs}: ${(run.wallMs / 1000).toFixed(2)} s wall, ${(run.cpuMs / 1000).toFixed(2)} s CPU, ${run.maxRssMb} MB`,
      );
    } catch (err) {
      result.error = err instanceof Error ? err.message : String(err);
      options.log(`  ${corpus.count} articles, ${options.extractions}, run ${i + 1}: failed: ${result.error}`);
      break;
    }
  }
  if (options.grown && options.builder === "cli" && result.runs.length > 0) {
    // Fill a cache with the corpus (not timed), then build the corpus plus 100 articles with it: 100 extractions, the rest from the cache.
    const cacheDir = join(root, "bench-results", `extract-cache-${corpus.count}`);
    rmSync(cacheDir, { recursive: true, force: true });
    const node = [process.execPath, ...(options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : []), "--import", "tsx", join(root, "scripts/build-graph.ts")];
    try {
      await runOnce(root, [...node, "--input", corpus.dir, "--out", out, "--quiet", "--cache-dir", cacheDir]);
      const run = await runOnce(root, [...node, "--input", options.grown.dir, "--out", out, "--quiet", "--cache-dir", cacheDir]);
      result.add100 = run;
      options.log(`  ${corpus.count} + 100 articles, warm cache: ${(run.wallMs / 1000).toFixed(2)} s wall, ${(run.cpuMs / 1000).toFixed(2)} s CPU, ${run.maxRssMb} MB`);
    } catch (err) {
      options.log(`  ${corpus.count} + 100 articles, warm cache: failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    rmSync(cacheDir, { recursive: true, force: true });
  }
  rmSync(out, { force: true });
  if (result.runs.length === 0) return result;
  result.medianWallMs = median(result.runs.map((r) => r.wallMs));
  result.medianCpuMs = median(result.runs.map((r) => r.cpuMs));
  result.medianRssMb = median(result.runs.map((r) => r.maxRssMb));
  const children = result.runs.flatMap((r) => (r.child ? [r.child] : []));
  if (children.length) {
    const names = Object.keys(children[0].steps) as (keyof BuildOnceResult["steps"])[];
    result.steps = Object.fromEntries(names.map((n) => [n, median(children.map((c) => c.steps[n]))]));
    const { nodes, edges, bytes, chars } = children[0];
    Object.assign(result, { nodes, edges, bytes, chars });
  }
  return result;
}
