// The build's corrections step, Node side: read the corrections file (a
// missing default file means none), apply it (src/corrections) and say what
// did not apply, naming the entry and the reason. The file is never changed.
import { readFile } from "node:fs/promises";
import type { KnowledgeGraph } from "../../src/graph/build";
import { correctGraph, describeRecord, parseCorrections } from "../../src/corrections/index";

export const DEFAULT_CORRECTIONS = "graph-data/corrections.json";

export interface CorrectionsReport {
  applied: number;
  stale: string[];
  /** The file or entries that could not be read: errors, as for a bad article. */
  errors: string[];
}

export async function applyCorrectionsFile(graph: KnowledgeGraph, path: string, required: boolean): Promise<CorrectionsReport> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === "ENOENT";
    if (missing && !required) return { applied: 0, stale: [], errors: [] };
    return { applied: 0, stale: [], errors: [`${path}: cannot read the corrections file: ${missing ? "no such file" : String(err)}`] };
  }
  const parsed = parseCorrections(text, path);
  const { records } = correctGraph(graph, parsed);
  return {
    applied: records.filter((r) => r.status === "applied").length,
    stale: records.filter((r) => r.status === "stale").map((r) => `${path}: ${describeRecord(r)} (kept in the file)`),
    errors: parsed.errors,
  };
}
