// Corrections a person made, kept in a file and replayed on every build (and
// on the graph on screen). Pure: the build and the explorer share it.
import type { KnowledgeGraph } from "../graph/build";
import { applyCorrections, correctionRecords, CORRECTIONS_ATTRIBUTE, type CorrectionRecord } from "./apply";
import type { ParsedCorrections } from "./file";

export { makeAnchor, locate } from "./anchor";
export { applyCorrections, nodeAtSpan, CORRECTED_ATTRIBUTE, CORRECTIONS_ATTRIBUTE, type CorrectionRecord, type Outcome } from "./apply";
export { looksLikeCorrections, parseCorrections, serializeCorrections, nextCorrectionId, type FileEntry, type ParsedCorrections } from "./file";
export type { Anchor, Correction, CorrectionOp, EdgeRef } from "./schema";
export { drafts, edgeRef, nodeAnchor, numbered, sentenceAround, type Draft } from "./make";

/**
 * Applies a parsed corrections file to a graph and records every entry with
 * its outcome on the graph (`corrections`), so the explorer can show and
 * write the file again. Returns the records and the nodes the file made.
 */
export function correctGraph(graph: KnowledgeGraph, parsed: ParsedCorrections): { records: CorrectionRecord[]; addedNodes: string[] } {
  const { outcomes, addedNodes } = applyCorrections(graph, parsed.corrections);
  const records = correctionRecords(parsed.entries, outcomes);
  if (records.length) graph.setAttribute(CORRECTIONS_ATTRIBUTE, records);
  else graph.removeAttribute(CORRECTIONS_ATTRIBUTE);
  return { records, addedNodes };
}

/** The records a graph carries (none for a graph built without corrections). */
export function recordsOf(graph: KnowledgeGraph): CorrectionRecord[] {
  const list = graph.getAttribute(CORRECTIONS_ATTRIBUTE);
  return Array.isArray(list) ? (list as CorrectionRecord[]) : [];
}

/** A stale or invalid record, as one line for a person. */
export function describeRecord(r: CorrectionRecord): string {
  const entry = r.entry as { id?: unknown; op?: unknown };
  const name = typeof entry?.id === "string" ? entry.id : "?";
  const op = typeof entry?.op === "string" ? ` (${entry.op})` : "";
  return `correction ${name}${op}: ${r.status}${r.reason ? `: ${r.reason}` : ""}`;
}
