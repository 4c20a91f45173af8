// Runs the extractor on a short text and reads its result back as labels and
// triples, so rule tests can say what they expect in words.
import { extractDocument } from "../../src/extract/index";
import type { Extraction } from "../../src/extract/types";

export function run(text: string, options: { year?: number; date?: string } = {}): Extraction {
  const doc = { id: "t", title: "", chars: text.length, sha256: "", text, ...(options.date ? { date: options.date } : {}) };
  return extractDocument(doc, { year: options.year ?? 2020 });
}

/** "type:label" of every entity. */
export function entities(x: Extraction): string[] {
  return x.entities.map((e) => `${e.type}:${e.label}`);
}

/** "source relation target" of every relation, by label. */
export function triples(x: Extraction): string[] {
  const label = new Map(x.entities.map((e) => [e.id, e.label]));
  return x.relations.map((r) => `${label.get(r.source)} ${r.relation} ${label.get(r.target)}`);
}

/** The relations as "source relation target @date". */
export function datedTriples(x: Extraction): string[] {
  const label = new Map(x.entities.map((e) => [e.id, e.label]));
  return x.relations.map((r) => `${label.get(r.source)} ${r.relation} ${label.get(r.target)} @${r.date ?? "-"}`);
}

export function entity(x: Extraction, label: string) {
  return x.entities.find((e) => e.label === label);
}
