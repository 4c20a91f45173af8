// One article file -> its extraction: read, prepare, then the cache or the
// extractor. Runs inside a worker thread (extract-worker.ts); kept apart so
// the same steps can be called and tested without one.
import { readFileSync } from "node:fs";
import { EXTRACTOR_VERSION, extractDocument } from "../../src/extract/index";
import { prepareArticle, type ArticleFormat } from "../../src/extract/prepare";
import type { Extraction } from "../../src/extract/types";
import { extractionKey, readCached, writeCached } from "./extract-cache";

export interface ExtractTask {
  /** Position in the build's fixed file order. */
  index: number;
  path: string;
  id: string;
  format: ArticleFormat;
  defaultYear?: number;
}

export type ExtractOutcome =
  | { index: number; ok: true; extraction: Extraction; cached: boolean }
  /** `fsCode` when the file could not be read (ENOENT, EACCES …); otherwise `reason` says what was wrong with it. */
  | { index: number; ok: false; reason: string; fsCode?: string };

export async function runExtractTask(task: ExtractTask, cacheDir: string | undefined): Promise<ExtractOutcome> {
  const { index } = task;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(task.path));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { index, ok: false, reason: e.message, ...(e.code ? { fsCode: e.code } : {}) };
  }
  try {
    const prepared = await prepareArticle(bytes, { id: task.id, format: task.format, defaultYear: task.defaultYear });
    if (!prepared.ok) return { index, ok: false, reason: prepared.reason };
    const { doc, year } = prepared.article;
    const key = cacheDir === undefined ? undefined : extractionKey(EXTRACTOR_VERSION, doc, year);
    const hit = key === undefined ? undefined : readCached(cacheDir!, key, doc);
    if (hit) return { index, ok: true, extraction: hit, cached: true };
    const extraction = extractDocument(doc, { year });
    if (key !== undefined) writeCached(cacheDir!, key, extraction);
    return { index, ok: true, extraction, cached: false };
  } catch (err) {
    return { index, ok: false, reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}
