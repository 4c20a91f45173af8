// Writes a synthetic corpus of articles in this genre, for benchmarks and
// scale tests only (never for quality scores: the text is made of templates).
//   npm run synth-corpus -- --count 1000 --out bench-results/corpus --seed 1 [--planted FILE.jsonl]
import { Command, InvalidArgumentError } from "commander";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync, createWriteStream } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { articleFile, generateCorpus, plantedLine } from "./synth/corpus";

const SYNTH_FILE = /^synth-\d+\.txt$/;

export interface SynthCorpusOptions {
  count: number;
  out: string;
  seed: number;
  /** Also write the planted extractions (JSON Lines) to this file. */
  planted?: string;
}

/** Writes the corpus; returns the number of characters of article text. */
export async function writeSynthCorpus({ count, out, seed, planted }: SynthCorpusOptions): Promise<number> {
  if (existsSync(out)) {
    const foreign = readdirSync(out).filter((f) => !SYNTH_FILE.test(f));
    if (foreign.length) {
      throw new Error(`${out}: holds files that are not synthetic articles (${foreign.slice(0, 3).join(", ")}); choose an empty or synthetic-only folder`);
    }
    // Earlier synthetic articles only: a smaller corpus must not keep stale ones.
    for (const f of readdirSync(out)) rmSync(join(out, f));
  } else {
    mkdirSync(out, { recursive: true });
  }
  const plantedOut = planted ? createWriteStream(planted) : undefined;
  let chars = 0;
  for (const article of generateCorpus({ count, seed })) {
    writeFileSync(join(out, `${article.id}.txt`), articleFile(article));
    chars += article.text.length;
    if (plantedOut && !plantedOut.write(`${plantedLine(article)}\n`)) {
      await new Promise<void>((done) => plantedOut.once("drain", () => done()));
    }
  }
  if (plantedOut) await new Promise<void>((done, fail) => plantedOut.end((err?: Error | null) => (err ? fail(err) : done())));
  return chars;
}

function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number ≥ 0, got "${value}"`);
    return n;
  };
}

async function main() {
  const program = new Command()
    .name("synth-corpus")
    .description("Write N synthetic articles (half Simplified, half Traditional) for benchmarks and scale tests.")
    .requiredOption("--count <n>", "number of articles", positiveInt("--count"))
    .requiredOption("--out <dir>", "folder to write the .txt articles to")
    .option("--seed <n>", "seed: the same seed and count give byte-identical files", positiveInt("--seed"), 1)
    .option("--planted <file>", "also write the planted extractions, one JSON line per article")
    .parse();
  const opts = program.opts<{ count: number; out: string; seed: number; planted?: string }>();
  const started = performance.now();
  const chars = await writeSynthCorpus({ ...opts, out: resolve(opts.out), planted: opts.planted && resolve(opts.planted) });
  const secs = (performance.now() - started) / 1000;
  console.log(`wrote ${opts.count} articles (${chars.toLocaleString("en")} characters) to ${opts.out} in ${secs.toFixed(1)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(`synth-corpus: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}

