// The graphs the explorer benchmark opens, made by the real build CLI
// (scripts/build-graph.ts): the seed (graph-data/articles) and the synthetic
// corpora of 1,000 and 10,000 articles. A built graph is kept in
// bench-results/explorer with a stamp of its inputs (the corpus, the
// extractor and graph code) and made again when one of them changes: the
// 10,000-article build takes minutes.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ensureCorpus } from "../corpus-cache";

export interface BenchGraph {
  /** "seed", "1,000 articles"… */
  name: string;
  articles: number;
  file: string;
  bytes: number;
}

const CODE_DIRS = ["src/extract", "src/graph", "scripts/build-graph.ts"];

function* filesUnder(path: string): Generator<string> {
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

export function stampOf(root: string, inputs: string[]): string {
  const hash = createHash("sha256");
  for (const input of [...inputs, ...CODE_DIRS.map((d) => join(root, d))]) {
    for (const file of filesUnder(input)) hash.update(relative(root, file)).update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

function buildWithCli(root: string, input: string, out: string, log: (line: string) => void): void {
  const started = performance.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "scripts/build-graph.ts"), "--input", input, "--out", out, "--quiet"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "inherit", "pipe"],
  });
  if (r.status !== 0 && !existsSync(out)) throw new Error(`build-graph on ${relative(root, input)} failed: ${(r.stderr ?? r.error?.message ?? "").trim().split("\n").slice(-3).join(" | ")}`);
  log(`  built ${relative(root, out)} with the CLI in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Builds (or reuses) one graph file from an input folder. */
function ensureGraph(root: string, key: string, name: string, articles: number, input: string, stampInputs: string[], log: (line: string) => void): BenchGraph {
  const file = join(root, "bench-results/explorer", `graph-${key}.json`);
  const stampFile = `${file}.stamp`;
  const stamp = stampOf(root, stampInputs);
  if (!(existsSync(file) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp)) {
    buildWithCli(root, input, file, log);
    writeFileSync(stampFile, stamp);
  }
  return { name, articles, file, bytes: statSync(file).size };
}

export async function ensureBenchGraphs(root: string, sizes: number[], seed: number, log: (line: string) => void): Promise<BenchGraph[]> {
  const articles = join(root, "graph-data/articles");
  const seedCount = readdirSync(articles).filter((f) => /\.(txt|html?)$/i.test(f)).length;
  const graphs = [ensureGraph(root, "seed", "seed", seedCount, articles, [articles], log)];
  for (const size of [...sizes].sort((a, b) => a - b)) {
    const corpus = await ensureCorpus(root, size, seed, log);
    // The corpus's own stamp stands for its 10,000 files.
    graphs.push(ensureGraph(root, `s${seed}-n${size}`, `${size.toLocaleString("en-US")} articles`, size, corpus.dir, [`${corpus.dir}.stamp`], log));
  }
  return graphs;
}
