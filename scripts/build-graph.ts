// `npm run build-graph`: article files -> graph-data/graph.json (the contract).
// Node glue only: finding and reading files, argv, progress, the atomic write.
// Every step that turns bytes into a graph lives in src/ and runs in the browser too.
import { lstat, mkdir, readdir, realpath, rename, stat, unlink } from "node:fs/promises";
import { unlinkSync, type Stats } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import cliProgress from "cli-progress";
import type Graph from "graphology";
import { EXTRACTOR_VERSION } from "../src/extract/index";
import { formatOfFile, type ArticleFormat } from "../src/extract/prepare";
import { finishGraph, GraphBuilder } from "../src/graph/build";
import { documentIds } from "../src/graph/source";
import { DEFAULT_CACHE_DIR } from "./lib/extract-cache";
import { defaultWorkers, extractInOrder } from "./lib/extract-pool";
import { applyCorrectionsFile, DEFAULT_CORRECTIONS } from "./lib/read-corrections";
import { writeGraphToPath } from "./lib/write-graph-stream";
import { planOutput, removeStaleTemps, tempPathFor } from "./lib/output-file";
import { printable } from "./lib/printable";

const DEFAULT_INPUT = "graph-data/articles";
const DEFAULT_OUT = "graph-data/graph.json";
/** Fewer files than this build in a blink: a bar would only flicker. */
const PROGRESS_MIN_FILES = 20;

interface ArticleFile {
  /** The path as the person would recognise it (the input they gave, plus the folders below it). */
  shown: string;
  absolute: string;
  format: ArticleFormat;
}

interface Failure {
  path: string;
  reason: string;
}

function parseYear(value: string): number {
  if (!/^[1-9]\d{3}$/.test(value)) throw new InvalidArgumentError("expected a four-digit year, such as 2020.");
  return Number(value);
}

function parseWorkers(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError("expected a whole number of threads, 1 or more.");
  return Number(value);
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

/** Why a path that is no folder cannot be read as an article, if it cannot: FIFOs, devices and sockets never end or never start. */
function notAFile(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  const kind = info.isFIFO() ? "a FIFO" : info.isSocket() ? "a socket" : info.isCharacterDevice() || info.isBlockDevice() ? "a device" : "not a file";
  return `not a regular file (${kind}): nothing read; copy it to a file first`;
}

/** Files named on the command line and article files found below named folders, in a stable order. */
async function collectFiles(inputs: string[]): Promise<{ files: ArticleFile[]; failures: Failure[]; notes: Failure[]; named: string[] }> {
  const files = new Map<string, ArticleFile>();
  const failures: Failure[] = [];
  const notes: Failure[] = [];
  /** Absolute paths of the files named on the command line, article or not. */
  const named: string[] = [];

  async function walk(dir: string, shown: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      failures.push({ path: shown, reason: describeFsError(err) });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const absolute = join(dir, entry.name);
      const shownChild = join(shown, entry.name);
      if (entry.isDirectory()) {
        await walk(absolute, shownChild);
        continue;
      }
      const format = formatOfFile(entry.name);
      if (entry.isSymbolicLink()) {
        let info;
        try {
          info = await stat(absolute);
        } catch {
          if (format) failures.push({ path: shownChild, reason: "a symbolic link to nothing (dangling): skipped" });
          continue;
        }
        // Linked folders are not followed: a link loop would never end.
        if (info.isDirectory()) notes.push({ path: shownChild, reason: "a symbolic link to a folder, not followed: name the folder with --input to include it" });
        else if (format) {
          const reason = notAFile(info);
          if (reason) failures.push({ path: shownChild, reason });
          else files.set(absolute, { shown: shownChild, absolute, format });
        }
      } else if (format) {
        if (entry.isFile()) files.set(absolute, { shown: shownChild, absolute, format });
        else failures.push({ path: shownChild, reason: notAFile(await lstat(absolute))! });
      }
    }
  }

  for (const input of inputs) {
    const absolute = resolve(input);
    try {
      const info = await stat(absolute).catch(async (err: unknown) => {
        // A link to nothing says so, not "no such file".
        if ((await lstat(absolute).catch(() => undefined))?.isSymbolicLink()) throw new Error("a symbolic link to nothing (dangling)");
        throw err;
      });
      if (info.isDirectory()) {
        await walk(absolute, input);
        continue;
      }
      named.push(absolute);
      const format = formatOfFile(input);
      const special = notAFile(info);
      if (!format) failures.push({ path: input, reason: "not an article file: expected .txt, .html or .htm" });
      else if (special) failures.push({ path: input, reason: special });
      else files.set(absolute, { shown: input, absolute, format });
    } catch (err) {
      failures.push({ path: input, reason: describeFsError(err) });
    }
  }
  // Code-unit order, not locale order: the same on every machine.
  const sorted = [...files.values()].sort((a, b) => (a.absolute < b.absolute ? -1 : a.absolute > b.absolute ? 1 : 0));
  return { files: sorted, failures, notes, named };
}

/** The real paths (links resolved) of every input file: the output must be none of them. */
async function realPaths(paths: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const p of paths) out.add(await realpath(p).catch(() => p));
  return out;
}

/** The temp file of a write in progress, removed on any way out. */
let pendingTemp: string | undefined;

function removePendingTemp(): void {
  if (pendingTemp === undefined) return;
  try {
    unlinkSync(pendingTemp);
  } catch {
    // already gone
  }
  pendingTemp = undefined;
}

/** Write to a temp file beside the target, then rename: readers see the old file or the new one, never half of one. */
async function writeAtomically(target: string, graph: Graph): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  // Temp files of builds killed between write and rename would otherwise stay forever.
  await removeStaleTemps(target);
  const temp = tempPathFor(target, process.pid);
  pendingTemp = temp;
  try {
    // Streamed: a large corpus's graph is never one string.
    await writeGraphToPath(temp, graph);
    await rename(temp, target);
    pendingTemp = undefined;
  } finally {
    if (pendingTemp !== undefined) {
      await unlink(temp).catch(() => undefined);
      pendingTemp = undefined;
    }
  }
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Ctrl-C, kill and hangup while the graph is written: the temp file is removed, then the
 * process ends by the same signal. Before the write nothing is on disk, so no handler is
 * installed and the signal's default action ends the process at once, even in the middle
 * of a long extraction (a handler would only run after it) or of a blocked read.
 */
function handleSignalsDuringWrite(shownOut: string): () => void {
  const handlers = SIGNALS.map((signal) => {
    const handler = () => {
      removePendingTemp();
      console.error(`interrupted: ${shownOut} left unchanged`);
      // process.exit would wait for a write blocked on a FIFO; the default action does not.
      process.kill(process.pid, signal);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  return () => handlers.forEach(([signal, handler]) => process.off(signal, handler));
}

interface CliOptions {
  input: string[];
  out: string;
  year?: number;
  quiet?: boolean;
  cache: boolean;
  cacheDir: string;
  workers?: number;
  /** The corrections file; false with --no-corrections. */
  corrections: string | false;
}

function makeProgram(): Command {
  return new Command()
    .name("build-graph")
    .description("Build the knowledge graph (graphology JSON) from news articles (.txt, .html, .htm, UTF-8).")
    .option("-i, --input <paths...>", "article files or folders (searched recursively)", [DEFAULT_INPUT])
    .option("-o, --out <file>", "where to write the graph", DEFAULT_OUT)
    .option("-y, --year <year>", "year of dates written without one (1月21日), unless the article's metadata gives one", parseYear)
    .option("-q, --quiet", "print errors only: no progress bar, no summary")
    .option("--no-cache", "extract every article again, neither reading nor writing the extraction cache")
    .option("--cache-dir <dir>", "where each article's extraction is kept, by its text's hash and the extractor's version", DEFAULT_CACHE_DIR)
    .option("-w, --workers <n>", "extraction worker threads (default: one per core)", parseWorkers)
    .option("-c, --corrections <file>", "corrections to apply after extraction (a missing default file means none)", DEFAULT_CORRECTIONS)
    .option("--no-corrections", "build without applying any corrections file")
    .addHelpText(
      "after",
      `
Examples:
  npm run build-graph
      graph-data/articles -> graph-data/graph.json
  npm run build-graph -- --input news/2020 extra/page.html --out /tmp/graph.json --year 2020
  npm run build-graph -- -i article.txt -q
  npm run build-graph -- --corrections my-fixes.json

Exit code 0 when every file was built; 1 when any file failed (the others are still
built) or nothing could be built (then the output is left untouched). Each failed
file gets one line on stderr: error: <path>: <reason>. The corrections file is applied
after extraction; an entry that no longer applies gets a line "stale: ..." (exit code
unchanged), a bad file or entry an error line (exit code 1); the file itself is never changed.`,
    );
}

async function main(argv: string[]): Promise<number> {
  const program = makeProgram();
  program.parse(argv);
  const opts = program.opts<CliOptions>();
  const out = opts.out;

  const errorLines: string[] = [];
  let bar: cliProgress.SingleBar | undefined;
  // While the bar is drawn, error lines wait for it to be cleared rather than tear it.
  // Names and front-matter values are the article's own text: printed escaped, never as terminal commands.
  const report = (f: Failure, label = "error") => {
    const line = `${label}: ${printable(f.path)}: ${printable(f.reason)}`;
    if (bar) errorLines.push(line);
    else console.error(line);
  };
  const stopBar = () => {
    bar?.stop();
    bar = undefined;
    for (const line of errorLines.splice(0)) console.error(line);
  };

  const shownOut = printable(out);

  const { files, failures, notes, named } = await collectFiles(opts.input);
  failures.forEach((f) => report(f));
  notes.forEach((f) => report(f, "note"));
  if (files.length === 0) {
    if (failures.length === 0) console.error(`error: no .txt, .html or .htm files in ${printable(opts.input.join(", "))}`);
    console.error(`error: nothing to build; ${shownOut} left unchanged`);
    return 1;
  }
  // Decided before any work: a device, a link or an article named as --out is never replaced.
  const plan = await planOutput(out, await realPaths([...named, ...files.map((f) => f.absolute)]));
  if (!plan.ok) {
    console.error(`error: ${shownOut}: ${plan.reason}`);
    return 1;
  }

  if (!opts.quiet && process.stderr.isTTY && files.length >= PROGRESS_MIN_FILES) {
    bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: "building {bar} {value}/{total} files  {file}",
        clearOnComplete: true,
        // Ctrl-C ends the process at once while it reads and extracts (see handleSignalsDuringWrite): a hidden cursor would stay hidden.
        hideCursor: false,
        gracefulExit: false,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(files.length, 0, { file: "" });
  }

  const ids = documentIds(files.map((f) => f.absolute));
  // read → extract (cached, in worker threads) → resolve and merge, one article at a time in file order → corrections → layout → write.
  const builder = new GraphBuilder(EXTRACTOR_VERSION);
  const tasks = files.map((file, i) => ({ path: file.absolute, id: ids[i], format: file.format, defaultYear: opts.year }));
  let built = 0;
  let done = 0;
  const pool = extractInOrder(tasks, { workers: opts.workers ?? defaultWorkers(), cacheDir: opts.cache ? resolve(opts.cacheDir) : undefined });
  for await (const outcome of pool) {
    const file = files[outcome.index];
    bar?.update(++done, { file: basename(file.shown) });
    if (!outcome.ok) {
      const reason = outcome.fsCode ? describeFsError(Object.assign(new Error(outcome.reason), { code: outcome.fsCode })) : outcome.reason;
      report({ path: file.shown, reason });
      failures.push({ path: file.shown, reason });
      continue;
    }
    builder.add(outcome.extraction);
    built++;
  }
  stopBar();

  if (built === 0) {
    console.error(`error: no article could be read; ${shownOut} left unchanged`);
    return 1;
  }

  const graph = builder.graph;
  const corrections = opts.corrections === false ? undefined : await applyCorrectionsFile(graph, opts.corrections, opts.corrections !== DEFAULT_CORRECTIONS);
  corrections?.errors.forEach((line) => console.error(`error: ${printable(line)}`));
  corrections?.stale.forEach((line) => console.error(`stale: ${printable(line)}`));
  finishGraph(graph);

  const stopHandling = handleSignalsDuringWrite(shownOut);
  try {
    if (plan.how === "replace") await writeAtomically(plan.path, graph);
    else await writeGraphToPath(plan.path, graph);
  } catch (err) {
    console.error(`error: ${shownOut}: cannot write the graph: ${describeFsError(err)}`);
    return 1;
  } finally {
    stopHandling();
  }

  if (!opts.quiet) {
    const failed = failures.length ? `; ${failures.length} failed` : "";
    const fixed = corrections && corrections.applied + corrections.stale.length > 0 ? `; ${corrections.applied} corrections applied, ${corrections.stale.length} stale` : "";
    console.log(`wrote ${shownOut}: ${built} article${built === 1 ? "" : "s"}, ${graph.order} nodes, ${graph.size} edges${failed}${fixed}`);
  }
  return failures.length > 0 || (corrections?.errors.length ?? 0) > 0 ? 1 : 0;
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    removePendingTemp();
    console.error(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = 1;
  },
);
