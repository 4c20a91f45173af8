// Extraction time and peak memory against the length of one article (10 KB to 10 MB):
// each length in a child process of its own, so its peak RSS is its own. The fitted
// exponent says whether extraction stays linear in the article's length.
import { join } from "node:path";
import { runChildProcess } from "./child-output";
import { fitExponent, median } from "./stats";

export interface LongArticleRun {
  ms: number;
  /** User + system CPU time: less swayed than wall time by other work on the machine. */
  cpuMs: number;
  maxRssMb: number;
  chars: number;
  entities: number;
  relations: number;
}

export interface LongArticlePoint {
  chars: number;
  runs: LongArticleRun[];
  medianMs: number;
  medianCpuMs: number;
  medianRssMb: number;
}

export interface LongArticleResult {
  points: LongArticlePoint[];
  /** k in CPU time ∝ n^k, least squares over every length. */
  timeExponent: number;
}

async function runChild(root: string, corpusDir: string, chars: number): Promise<LongArticleRun> {
  const args = ["--import", "tsx", join(root, "scripts/bench/long-article-child.ts"), corpusDir, String(chars)];
  const { code, stdout, stderr } = await runChildProcess(process.execPath, args, root);
  if (code !== 0) throw new Error(`long article of ${chars} characters: exit ${code}: ${stderr.trim().split("\n").slice(-3).join(" ")}`);
  return JSON.parse(stdout.trim().split("\n").pop()!) as LongArticleRun;
}

export async function benchLongArticles(
  root: string,
  corpusDir: string,
  opts: { sizes: number[]; runs: number; bigRuns: number; log: (line: string) => void },
): Promise<LongArticleResult> {
  const points: LongArticlePoint[] = [];
  for (const chars of opts.sizes) {
    const runs: LongArticleRun[] = [];
    const count = chars > 1_000_000 ? opts.bigRuns : opts.runs;
    for (let k = 0; k < count; k++) runs.push(await runChild(root, corpusDir, chars));
    const point = { chars, runs, medianMs: median(runs.map((r) => r.ms)), medianCpuMs: median(runs.map((r) => r.cpuMs)), medianRssMb: median(runs.map((r) => r.maxRssMb)) };
    opts.log(`  ${chars.toLocaleString("en-US")} characters: ${(point.medianMs / 1000).toFixed(2)} s (CPU ${(point.medianCpuMs / 1000).toFixed(2)} s), ${Math.round(point.medianRssMb)} MB peak RSS`);
    points.push(point);
  }
  return { points, timeExponent: fitExponent(points.map((p) => ({ n: p.chars, cost: p.medianCpuMs }))) };
}
