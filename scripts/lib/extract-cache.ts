// Per-article extraction cache: one JSON file per article under a folder
// (graph-data/.cache/extract by default), named by a key that covers all the
// extractor reads: the extractor's version, the year it is given, the source
// entry's metadata and the sha256 of its text. A new version re-extracts
// everything; a new article misses and is added. A file that cannot be read
// or does not hold what its name promises is a miss and is written again,
// never an error: the cache only ever saves time.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import type { SourceDoc } from "../../src/graph/contract";
import type { Extraction } from "../../src/extract/types";

export const DEFAULT_CACHE_DIR = "graph-data/.cache/extract";

/** What an entry holds: the extraction without its source entry, which is rebuilt from the file each run. */
type CachedPart = Pick<Extraction, "entities" | "relations">;

interface CacheEntry extends CachedPart {
  key: string;
}

/** The cache key of one article: sha256 over the version, the year and the source entry (its text by its hash). */
export function extractionKey(version: string, doc: SourceDoc, year: number | undefined): string {
  const { text: _text, ...meta } = doc;
  return createHash("sha256")
    .update(JSON.stringify({ version, year: year ?? null, doc: meta }))
    .digest("hex");
}

const fileOf = (dir: string, key: string) => join(dir, key.slice(0, 2), `${key}.json`);

/** The cached extraction of `doc` under `key`, or undefined (absent, unreadable, truncated or another key's). */
export function readCached(dir: string, key: string, doc: SourceDoc): Extraction | undefined {
  let entry: CacheEntry;
  try {
    entry = JSON.parse(readFileSync(fileOf(dir, key), "utf8")) as CacheEntry;
  } catch {
    return undefined;
  }
  if (!entry || entry.key !== key || !Array.isArray(entry.entities) || !Array.isArray(entry.relations)) return undefined;
  return { doc, entities: entry.entities, relations: entry.relations };
}

/** Writes the entry whole or not at all (temp file, then rename); a cache that cannot be written is skipped. */
export function writeCached(dir: string, key: string, x: Extraction): boolean {
  const file = fileOf(dir, key);
  const temp = `${file}.${process.pid}-${threadId}.tmp`;
  const entry: CacheEntry = { key, entities: x.entities, relations: x.relations };
  try {
    mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
    writeFileSync(temp, JSON.stringify(entry));
    renameSync(temp, file);
    return true;
  } catch {
    rmSync(temp, { force: true });
    return false;
  }
}
