// Small hand-made extractions for whole-graph identity tests: an article's text,
// its jurisdiction, and its entities named by what they are written as, so a
// test reads like the articles it stands for. Mentions are found in the text,
// longest form first as the extractor reads (a missing one throws: the fixture,
// not the code under test, is wrong).
import type { ExtractedEntity, ExtractedRelation, Extraction } from "../../src/extract/types";
import { simplify } from "../../src/extract/script";
import { regionOf } from "../../src/gazetteer/index";
import { buildGraph, type KnowledgeGraph } from "../../src/graph/build";
import type { NodeType, Relation } from "../../src/graph/contract";

export interface EntitySpec {
  id: string;
  type: NodeType;
  label: string;
  aliases?: string[];
  titles?: string[];
  date?: string;
}

export type RelationSpec = [source: string, relation: Relation, target: string, extra?: { date?: string; title?: string }];

export interface ArticleSpec {
  id: string;
  text: string;
  /** A GB/T 2260 code given as the article's front matter would; omitted: the text decides. */
  region?: string;
  date?: string;
  entities: EntitySpec[];
  relations?: RelationSpec[];
}

const occurrences = (text: string, form: string) => {
  const out: number[] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) out.push(at);
  return out;
};

/** Each form's first occurrence that is not part of a longer form of the article (市教育局 inside 长沙市教育局 is not one). */
function mentionsOf(text: string, forms: string[], allForms: string[], doc: string) {
  const out: { start: number; end: number }[] = [];
  for (const form of forms) {
    const longer = allForms.filter((f) => f.length > form.length && f.includes(form));
    const inside = (at: number) => longer.some((f) => occurrences(text, f).some((s) => s <= at && at + form.length <= s + f.length));
    const at = occurrences(text, form).find((a) => !inside(a));
    if (at === undefined) throw new Error(`${doc}: "${form}" is not in the text on its own`);
    out.push({ start: at, end: at + form.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function article(spec: ArticleSpec): Extraction {
  const region = spec.region ? regionOf(spec.region) : undefined;
  if (spec.region && !region) throw new Error(`${spec.id}: no division ${spec.region}`);
  const allForms = spec.entities.flatMap((e) => [e.label, ...(e.aliases ?? [])]);
  const entities: ExtractedEntity[] = spec.entities.map((e) => ({
    id: e.id,
    type: e.type,
    label: e.label,
    matchKey: simplify(e.label),
    aliases: e.aliases ?? [],
    ...(e.titles ? { titles: e.titles } : {}),
    ...(e.date ? { date: e.date } : {}),
    mentions: mentionsOf(spec.text, [e.label, ...(e.aliases ?? [])], allForms, spec.id),
  }));
  const relations: ExtractedRelation[] = (spec.relations ?? []).map(([source, relation, target, extra]) => ({
    source,
    target,
    relation,
    ...(extra?.date ? { date: extra.date } : {}),
    ...(extra?.title ? { title: extra.title } : {}),
    evidence: [{ start: 0, end: spec.text.length }],
  }));
  return {
    doc: {
      id: spec.id,
      title: spec.id,
      ...(spec.date ? { date: spec.date } : {}),
      ...(region ? { region: { ...region, by: "front-matter" as const } } : {}),
      chars: spec.text.length,
      sha256: "",
      text: spec.text,
    },
    entities,
    relations,
  };
}

export const build = (...specs: ArticleSpec[]): KnowledgeGraph => buildGraph(specs.map(article), { builtWith: "test", layout: false });

/** The one node holding a mention written exactly `form` in article `doc`. */
export function nodeAt(graph: KnowledgeGraph, doc: string, form: string): string {
  const text = graph.getAttribute("sources").find((s) => s.id === doc)?.text;
  if (text === undefined) throw new Error(`no article ${doc}`);
  const hits = graph.filterNodes((_, a) => a.mentions.some((m) => m.doc === doc && text.slice(m.start, m.end) === form));
  if (hits.length !== 1) throw new Error(`${doc} "${form}": ${hits.length} nodes hold it`);
  return hits[0];
}

/** Why each article was joined to a node, as the node records it. */
export const identityOf = (graph: KnowledgeGraph, node: string) =>
  (graph.getNodeAttribute(node, "identity") as { doc: string; why: string }[] | undefined) ?? [];

export const candidatesOf = (graph: KnowledgeGraph) => (graph.getAttribute("candidates") as { a: string; b: string; why: string }[] | undefined) ?? [];

export const GANSU = "620000";
export const SHAANXI = "610000";
