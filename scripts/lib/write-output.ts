// Writing an export where the user pointed --out, without ever replacing
// what is there by something else:
// - a regular file (or a new path) is written whole or not at all (a temp
//   file beside it, renamed over it);
// - a symbolic link is followed: the file it points to is written, the link
//   stays a link (a dangling link gets its target created);
// - a device, FIFO or socket is written into as it is (`--out /dev/null`,
//   `--out /dev/stdout`), never renamed over;
// - a directory, a path through a file, an empty path or the graph being
//   read are refused with a reason.
// Failures are OutputErrors that name the path and the reason in one line.
import { lstatSync, readlinkSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { writeFileAtomic } from "./atomic-write";

export class OutputError extends Error {}

const REASONS: Record<string, string> = {
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is a file, not a folder",
  EEXIST: "a part of the path is a file, not a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  ENXIO: "nothing is reading from it (a FIFO or socket without a reader)",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many symbolic links",
};

export function reasonOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return (err.code && REASONS[err.code]) || err.message || String(e);
}

/** The file a dangling symbolic link (or a chain of them) points to; the path itself when it is no link. */
function danglingTarget(path: string): string {
  let at = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let isLink = false;
    try {
      isLink = lstatSync(at).isSymbolicLink();
    } catch {
      return at; // not there: a new file
    }
    if (!isLink) return at;
    at = resolve(dirname(at), readlinkSync(at));
  }
  throw new OutputError(`${path}: ${REASONS.ELOOP}`);
}

const realOrSelf = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/** Writes `content` to `path` as described above; `inputs` are files this run reads, which it must not overwrite. */
export function writeOutput(path: string, content: string | Uint8Array, inputs: string[] = []): void {
  if (path.trim() === "") throw new OutputError("--out: the path is empty");
  try {
    let stat;
    try {
      stat = statSync(path); // follows links, /dev/stdout's included
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) throw new OutputError(`${path}: ${REASONS.EISDIR}`);
    if (stat && !stat.isFile()) {
      // A device, FIFO or socket: write into it; renaming over it would replace it.
      writeFileSync(path, content);
      return;
    }
    const target = stat ? realpathSync(path) : danglingTarget(path);
    for (const input of inputs) {
      if (realOrSelf(input) === realOrSelf(target)) throw new OutputError(`${path}: it is the graph being read (${input}); choose another --out`);
    }
    writeFileAtomic(target, content);
  } catch (e) {
    if (e instanceof OutputError) throw e;
    throw new OutputError(`${path}: ${reasonOf(e)}`);
  }
}
