// Runs the extractor on a short text and reads its result back as labels and
// triples, so rule tests can say what they expect in words, in either script.
import * as OpenCC from "opencc-js";
import { extractDocument } from "../../src/extract/index";
import type { Extraction } from "../../src/extract/types";

export function run(text: string, options: { year?: number; date?: string } = {}): Extraction {
  const doc = { id: "t", title: "", chars: text.length, sha256: "", text, ...(options.date ? { date: options.date } : {}) };
  return extractDocument(doc, options.year === undefined && options.date ? {} : { year: options.year ?? 2020 });
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

/** "source relation target @date" of every relation. */
export function datedTriples(x: Extraction): string[] {
  const label = new Map(x.entities.map((e) => [e.id, e.label]));
  return x.relations.map((r) => `${label.get(r.source)} ${r.relation} ${label.get(r.target)} @${r.date ?? "-"}`);
}

export function entity(x: Extraction, label: string) {
  return x.entities.find((e) => e.label === label);
}

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

/**
 * The same case in both scripts: `check` gets the extraction and a function
 * that writes an expected string in the script of the text it read.
 */
export function inBothScripts(simplified: string, check: (x: Extraction, w: (s: string) => string) => void, options?: { year?: number; date?: string }) {
  check(run(simplified, options), (s) => s);
  const traditional = toTraditional(simplified);
  check(run(traditional, options), (s) => toTraditional(s));
}
