// The extractor's entry point: one prepared article in, entities and
// relations with their evidence out. Pure: no Node API, no DOM.
import type { SourceDoc } from "../graph/contract";
import { extract } from "./extract";
import type { Extraction } from "./types";

export const EXTRACTOR_VERSION = "cn-gov-news-extract 0.1.0";

export interface ExtractOptions {
  /** The year for dates written without one (1月21日), when the text gives none. */
  year?: number;
}

export function extractDocument(doc: SourceDoc, options: ExtractOptions = {}): Extraction {
  return extract(doc, options);
}
