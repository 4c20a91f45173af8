// Why a graph cannot be shown: the file could not be fetched, or it was
// fetched and is not a usable graph (see src/graph/parse.ts).
import type { GraphProblem } from "../../graph/parse";

export interface LoadProblem {
  kind: GraphProblem["kind"] | "missing";
  message: string;
  details: string[];
  /** The file the explorer tried to read. */
  url?: string;
}
