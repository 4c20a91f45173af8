// A JSON graph file read, parsed, checked against the contract and, when it has
// no positions, laid out, all off the page's thread: a large file neither freezes
// the page nor keeps it from being cancelled (the page terminates this worker).
import type { SerializedGraph } from "../../graph/contract";
import { readGraphFile } from "../../export/read";
import type { GraphFileEvent, GraphFileRequest } from "./graph-file-messages";
import { graphTooBig } from "./limits";

const scope = self as unknown as { postMessage(message: GraphFileEvent): void; onmessage: ((e: MessageEvent<GraphFileRequest>) => void) | null };

async function run({ file, name }: GraphFileRequest): Promise<void> {
  try {
    scope.postMessage({ type: "stage", stage: "reading" });
    const text = await file.text();
    scope.postMessage({ type: "stage", stage: "checking" });
    // Counted before the contract is checked: a graph too big to show is not worth checking.
    const counts = countItems(text);
    const tooBig = counts && graphTooBig(counts.nodes, counts.edges);
    if (tooBig) return scope.postMessage({ type: "refused", errors: [tooBig] });
    const result = readGraphFile(text, { fileName: name, format: "json" });
    if (!result.ok) return scope.postMessage({ type: "refused", errors: result.errors });
    scope.postMessage({ type: "read", data: result.graph.export() as unknown as SerializedGraph, filled: result.filled });
  } catch (e) {
    scope.postMessage({ type: "refused", errors: [`cannot be read: ${(e as Error).message ?? e}`] });
  }
}

/** Nodes and edges of a graphology export, from the parsed text; null when it is not one (the reader then says why). */
function countItems(text: string): { nodes: number; edges: number } | null {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return null;
  }
  const d = data as { nodes?: unknown; edges?: unknown };
  return Array.isArray(d?.nodes) && Array.isArray(d?.edges) ? { nodes: d.nodes.length, edges: d.edges.length } : null;
}

scope.onmessage = (e) => void run(e.data);
