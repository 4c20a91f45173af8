// The graph's JSON written piece by piece (src/graph/json-chunks.ts) into a
// temp file beside the target, then renamed over it: the same bytes as
// JSON.stringify(graph.export()) without ever holding them as one string.
// Asynchronous between batches, so a Ctrl-C is handled while a large graph is written.
import { mkdir, open, rename, rm } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type Graph from "graphology";
import { graphJsonChunks } from "../../src/graph/json-chunks";

/** Pieces are gathered into writes of about this many characters. */
const BATCH = 1 << 20;

/** Writes the graph's JSON into an open file; returns the number of bytes written. */
export async function writeGraphToFile(file: FileHandle, graph: Graph): Promise<number> {
  let pending: string[] = [];
  let size = 0;
  let bytes = 0;
  const flush = async () => {
    const buf = Buffer.from(pending.join(""), "utf8");
    pending = [];
    size = 0;
    await file.write(buf);
    bytes += buf.length;
  };
  for (const chunk of graphJsonChunks(graph)) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= BATCH) await flush();
  }
  await flush();
  return bytes;
}

/** Writes the graph to `target` whole or not at all; returns the bytes written. `onTemp` learns the temp file's name while it exists (for a Ctrl-C handler to remove). */
export async function writeGraphAtomically(target: string, graph: Graph, onTemp?: (temp: string | undefined) => void): Promise<number> {
  await mkdir(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  onTemp?.(temp);
  try {
    const file = await open(temp, "w");
    let bytes: number;
    try {
      bytes = await writeGraphToFile(file, graph);
    } finally {
      await file.close();
    }
    await rename(temp, target);
    return bytes;
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  } finally {
    onTemp?.(undefined);
  }
}

/** Writes the graph's JSON into the file at `path` (created or truncated: a temp file, a FIFO, a device). */
export async function writeGraphToPath(path: string, graph: Graph): Promise<number> {
  const file = await open(path, "w");
  try {
    return await writeGraphToFile(file, graph);
  } finally {
    await file.close();
  }
}
