// Reading and writing the corrections file. A bad entry is reported by its
// number and id and left out; the others still apply. Writing is stable:
// the same entries give the same bytes, one field per line for clean diffs.
import { z } from "zod";
import { CORRECTIONS_VERSION, correctionSchema, correctionsFileSchema, type Correction } from "./schema";

export type FileEntry = { correction: Correction } | { raw: unknown; error: string };

export interface ParsedCorrections {
  corrections: Correction[];
  /** Every entry in file order, the bad ones as written with their error: nothing is lost when the file is written again. */
  entries: FileEntry[];
  /** One line per problem, naming the file and the entry. */
  errors: string[];
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
}

export function parseCorrections(text: string, file: string): ParsedCorrections {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { corrections: [], entries: [], errors: [`${file}: not JSON: ${err instanceof Error ? err.message : String(err)}`] };
  }
  const top = correctionsFileSchema.safeParse(data);
  if (!top.success) return { corrections: [], entries: [], errors: [`${file}: not a corrections file (expected {"version": ${CORRECTIONS_VERSION}, "corrections": [...]}): ${describeIssues(top.error)}`] };
  const corrections: Correction[] = [];
  const errors: string[] = [];
  const entries: FileEntry[] = [];
  const seen = new Set<string>();
  top.data.corrections.forEach((raw, i) => {
    const id = typeof raw === "object" && raw && typeof (raw as { id?: unknown }).id === "string" ? (raw as { id: string }).id : undefined;
    const name = `${file}: entry ${i + 1}${id ? ` (id ${id})` : ""}`;
    const entry = correctionSchema.safeParse(raw);
    const problem = !entry.success ? describeIssues(entry.error) : seen.has(entry.data.id) ? `the id ${entry.data.id} is used by an earlier entry` : undefined;
    if (problem !== undefined || !entry.success) {
      errors.push(`${name}: ${problem}; not applied (kept in the file)`);
      entries.push({ raw, error: problem! });
      return;
    }
    seen.add(entry.data.id);
    corrections.push(entry.data);
    entries.push({ correction: entry.data });
  });
  return { corrections, entries, errors };
}

/** The file's text: entries in order, bad ones as they were written. */
export function serializeCorrections(corrections: readonly unknown[]): string {
  const file = { version: CORRECTIONS_VERSION, corrections };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The next free id (`c1`, `c2` …) after those in use. */
export function nextCorrectionId(used: Iterable<string>): string {
  let max = 0;
  for (const id of used) {
    const m = /^c(\d+)$/.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `c${max + 1}`;
}

/** Whether a JSON text is a corrections file rather than a graph (a dropped file can be either). */
export function looksLikeCorrections(text: string): boolean {
  try {
    const data = JSON.parse(text) as unknown;
    return typeof data === "object" && data !== null && Array.isArray((data as { corrections?: unknown }).corrections) && !("nodes" in data);
  } catch {
    return false;
  }
}
