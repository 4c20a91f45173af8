// The extractor for one article: its mentions (analyse.ts), then the reader
// that turns them into entities and relations (reader.ts).
import type { SourceDoc } from "../graph/contract";
import { analyse } from "./analyse";
import { Reader } from "./reader";
import type { Extraction } from "./types";

/** Set by a debugging script to see each sentence's pattern. */
export let debug: ((line: string) => void) | undefined;
export function setDebug(fn: ((line: string) => void) | undefined) {
  debug = fn;
}

export function extract(doc: SourceDoc, options: { year?: number } = {}): Extraction {
  const a = analyse(doc.text, { date: doc.date, year: options.year });
  return new Reader(doc, a).read();
}
