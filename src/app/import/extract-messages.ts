// The messages between the page and the extraction worker.
import type { ArticleFormat } from "../../extract/formats";
import type { Extraction } from "../../extract/types";

export type ArticleJob =
  | { kind: "file"; id: string; name: string; format: ArticleFormat; bytes: Uint8Array }
  | { kind: "text"; id: string; name: string; text: string; title?: string; date?: string; year?: number };

export interface ExtractRequest {
  jobs: ArticleJob[];
}

/** One message per step of each job, in job order, then `finished`. */
export type ExtractEvent =
  | { type: "stage"; index: number; stage: "reading" }
  | { type: "stage"; index: number; stage: "extracting"; chars: number }
  | { type: "extracted"; index: number; extraction: Extraction }
  | { type: "failed"; index: number; reason: string }
  | { type: "finished" };
