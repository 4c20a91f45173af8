// The graph's JSON written piece by piece (src/graph/json-chunks.ts) into a
// temp file beside the target, then renamed over it: the same bytes as
// JSON.stringify(graph.export()) without ever holding them as one string.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type Graph from "graphology";
import { graphJsonChunks } from "../../src/graph/json-chunks";

/** Pieces are gathered into writes of about this many characters. */
const BATCH = 1 << 20;

/** Writes the graph's JSON into an open file descriptor; returns the number of bytes written. */
export function writeGraphToFd(fd: number, graph: Graph): number {
  let pending: string[] = [];
  let size = 0;
  let bytes = 0;
  const flush = () => {
    const buf = Buffer.from(pending.join(""), "utf8");
    for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off);
    bytes += buf.length;
    pending = [];
    size = 0;
  };
  for (const chunk of graphJsonChunks(graph)) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= BATCH) flush();
  }
  flush();
  return bytes;
}

/** Writes the graph to `target` whole or not at all; returns the bytes written. `onTemp` learns the temp file's name (for a Ctrl-C handler to remove). */
export function writeGraphAtomically(target: string, graph: Graph, onTemp?: (temp: string | undefined) => void): number {
  mkdirSync(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  onTemp?.(temp);
  try {
    const fd = openSync(temp, "w");
    let bytes: number;
    try {
      bytes = writeGraphToFd(fd, graph);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
    return bytes;
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  } finally {
    onTemp?.(undefined);
  }
}
