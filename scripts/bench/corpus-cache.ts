// Synthetic corpora for the benchmarks, generated once per (seed, count) and
// kept in bench-results/ (ignored by git). A stamp of the generator's source
// tells when a kept corpus is out of date.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeSynthCorpus } from "../synth-corpus";

export interface CachedCorpus {
  dir: string;
  planted: string;
  count: number;
  seed: number;
}

function generatorStamp(root: string): string {
  const dir = join(root, "scripts/synth");
  const hash = createHash("sha256");
  for (const f of readdirSync(dir).sort()) hash.update(f).update(readFileSync(join(dir, f)));
  return hash.digest("hex").slice(0, 16);
}

export async function ensureCorpus(root: string, count: number, seed: number, log: (line: string) => void): Promise<CachedCorpus> {
  const base = join(root, "bench-results", `corpus-s${seed}-n${count}`);
  const corpus = { dir: base, planted: `${base}.planted.jsonl`, count, seed };
  const stampFile = `${base}.stamp`;
  const stamp = generatorStamp(root);
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp && existsSync(corpus.planted)) return corpus;
  const started = performance.now();
  await writeSynthCorpus({ count, seed, out: corpus.dir, planted: corpus.planted });
  writeFileSync(stampFile, stamp);
  log(`  generated ${count.toLocaleString("en-US")} synthetic articles (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return corpus;
}
