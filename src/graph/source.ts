// The contract's source entries: one per input document, carrying the text
// every offset indexes, and the ids that name documents in every span.
// Pure: crypto.subtle and TextEncoder exist in Node, browsers and workers alike.
import type { SourceDoc, SourceRegion } from "./contract";

export interface SourceInput {
  id: string;
  /** The article text every offset of this document will index. */
  text: string;
  title?: string;
  date?: string;
  url?: string;
  /** The jurisdiction the article's front matter gives (the caller reads the code in the gazetteer, which stays out of this module's bundle). */
  region?: SourceRegion;
  /** The body that published the article (a page's ContentSource or 来源). */
  publisher?: string;
  /** The name of the site the article was published on. */
  site?: string;
}

export async function sha256Hex(text: string): Promise<string> {
  // Browsers give crypto.subtle to secure contexts only (https, localhost).
  if (!globalThis.crypto?.subtle) throw new Error("SHA-256 needs crypto.subtle: serve the page over https or from localhost");
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

const MAX_DERIVED_TITLE = 120;

/** The article's first non-blank line stands in for a title the metadata lacks. */
export function titleFromText(text: string): string | undefined {
  const line = text.split("\n").find((l) => l.trim() !== "")?.trim();
  return line ? line.slice(0, MAX_DERIVED_TITLE) : undefined;
}

export async function makeSourceDoc(input: SourceInput): Promise<SourceDoc> {
  const region = input.region;
  // Key order is the contract's, so serialised graphs read the same everywhere.
  return {
    id: input.id,
    title: input.title ?? titleFromText(input.text) ?? input.id,
    ...(input.date ? { date: input.date } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(input.site ? { site: input.site } : {}),
    ...(input.publisher ? { publisher: input.publisher } : {}),
    ...(region ? { region } : {}),
    chars: input.text.length,
    sha256: await sha256Hex(input.text),
    text: input.text,
  };
}

const stripExtension = (file: string) => file.replace(/(?<=.)\.[^.]*$/, "");

/**
 * One document id per path: the file name without its extension. Paths that
 * share a file name are told apart by as many parent folders as it takes
 * (`2020/report`, `2021/report`), then by the extension, so each id depends only
 * on the paths given, not on the machine or the order of discovery.
 */
export function documentIds(paths: readonly string[]): string[] {
  const parts = paths.map((p) => p.split(/[\\/]+/).filter((s) => s !== ""));
  const ids = parts.map((ps) => stripExtension(ps[ps.length - 1] ?? ""));

  const groups = new Map<string, number[]>();
  ids.forEach((id, i) => groups.set(id, [...(groups.get(id) ?? []), i]));
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const maxDepth = Math.max(...members.map((i) => parts[i].length - 1));
    let chosen: string[] | undefined;
    for (let depth = 1; depth <= maxDepth && !chosen; depth++) {
      const candidate = members.map((i) => [...parts[i].slice(0, -1).slice(-depth), ids[i]].join("/"));
      if (new Set(candidate).size === candidate.length) chosen = candidate;
    }
    // Same folder, different extensions (report.txt, report.html): keep the extension.
    chosen ??= members.map((i) => parts[i].slice(-2).join("/"));
    members.forEach((i, k) => (ids[i] = chosen![k]));
  }

  // Last resort for a path given twice: number the repeats in order.
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}~${n}`;
  });
}

/**
 * Ids for documents added to a graph that already has some: documentIds of
 * the new paths, then `~2`, `~3` … after any id the graph (or an earlier new
 * document) already uses, since every span names its article by id.
 */
export function freshDocumentIds(paths: readonly string[], taken: Iterable<string>): string[] {
  const used = new Set(taken);
  return documentIds(paths).map((id) => {
    let out = id;
    for (let n = 2; used.has(out); n++) out = `${id}~${n}`;
    used.add(out);
    return out;
  });
}
