// The messages between the page and the worker that reads a JSON graph file.
import type { SerializedGraph } from "../../graph/contract";

export interface GraphFileRequest {
  file: File;
  name: string;
}

export type GraphFileEvent =
  | { type: "stage"; stage: "reading" | "checking" }
  /** The checked graph, as graphology exports it: the page imports it without checking again. */
  | { type: "read"; data: SerializedGraph; filled: string[] }
  | { type: "refused"; errors: string[] };
