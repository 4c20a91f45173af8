// Where a graph may be written, decided before anything is built: a regular
// file is replaced atomically (through a symbolic link, the file it points at);
// a character device or a FIFO (/dev/null, /dev/stdout) is written into, as
// asked; anything else, an input, or a link to nothing is refused.
import { lstat, readdir, realpath, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

export type OutputPlan =
  /** Write a temp file beside `path`, then rename it over `path`. */
  | { ok: true; how: "replace"; path: string }
  /** Write straight into `path`: a device or a FIFO, never replaced. */
  | { ok: true; how: "into"; path: string }
  | { ok: false; reason: string };

const missing = (err: unknown) => (err as NodeJS.ErrnoException).code === "ENOENT";

/**
 * How to write `out`, given the real paths of every input (files named and found):
 * an output that is one of them would overwrite an article with the graph.
 */
export async function planOutput(out: string, inputRealPaths: ReadonlySet<string>): Promise<OutputPlan> {
  const absolute = resolve(out);
  let link;
  try {
    link = await lstat(absolute);
  } catch (err) {
    // A new file: nothing there to lose.
    return missing(err) ? { ok: true, how: "replace", path: absolute } : { ok: false, reason: (err as Error).message };
  }
  let target = absolute;
  let info = link;
  if (link.isSymbolicLink()) {
    try {
      target = await realpath(absolute);
      info = await stat(target);
    } catch {
      return { ok: false, reason: "a symbolic link to nothing: point it at a file or give another --out" };
    }
  }
  if (inputRealPaths.has(await realpath(target))) return { ok: false, reason: "is one of the inputs: the graph would overwrite an article; give another --out" };
  if (info.isFile()) return { ok: true, how: "replace", path: target };
  if (info.isCharacterDevice() || info.isFIFO()) return { ok: true, how: "into", path: target };
  if (info.isDirectory()) return { ok: false, reason: "cannot write the graph: it is a directory; give a file name, such as graph.json" };
  return { ok: false, reason: "not a regular file, a device or a FIFO: nothing written" };
}

/** The temp file a build in process `pid` writes beside `target`. */
export function tempPathFor(target: string, pid: number): string {
  return join(dirname(target), `.${basename(target)}.${pid}.tmp`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes temp files of `target` left by builds that were killed between write and rename; returns their names. */
export async function removeStaleTemps(target: string): Promise<string[]> {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(target));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = name.slice(prefix.length, -".tmp".length);
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid || alive(Number(pid))) continue;
    try {
      await unlink(join(dirname(target), name));
      removed.push(name);
    } catch {
      // removed by another build meanwhile, or not ours to remove
    }
  }
  return removed;
}
