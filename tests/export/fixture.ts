// The realistic gold graph plus one article written to break writers: a
// label and evidence with &, <, >, quotes, commas, a newline and characters
// outside the Basic Multilingual Plane, hung on the seed official so that the
// seed's neighbourhood carries it.
import type { Extraction } from "../../src/extract/types";
import { buildGraph, type KnowledgeGraph } from "../../src/graph/build";
import type { Span } from "../../src/graph/contract";
import { goldExtractions } from "../fixtures/gold-graph";

export const SEED = "official:鄭邦山";
export const AWKWARD_LABEL = '"A&B<研究院>",乙\n𠮷野家𡃁仔中心';
export const AWKWARD_KEY = `agency:${AWKWARD_LABEL}`;
export const AWKWARD_DOC = "awkward-2020";

const TEXT = `1月22日，鄭邦山廳長到${AWKWARD_LABEL}調研，並主持召開"研判會"。\n他說：「<b>&nbsp;</b>，要快。」`;

function at(needle: string, from = 0) {
  const start = TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: ${needle} not in text`);
  return { start, end: start + needle.length };
}

export function awkwardExtraction(): Extraction {
  const sentence = { start: at("鄭邦山").start, end: at("要快。」").end };
  return {
    doc: {
      id: AWKWARD_DOC,
      title: '試驗 & "引號" <文章>',
      date: "2020-01-22",
      // A Henan article, as its front matter would say: so its 鄭邦山 is the seed's.
      region: { code: "410000", names: ["河南省"], by: "front-matter" },
      chars: TEXT.length,
      sha256: "",
      text: TEXT,
    },
    entities: [
      { id: "z", type: "official", label: "鄭邦山", matchKey: "鄭邦山", aliases: [], titles: ["廳長"], mentions: [at("鄭邦山")] },
      { id: "a", type: "agency", label: AWKWARD_LABEL, matchKey: AWKWARD_LABEL, aliases: ["𠮷野家"], mentions: [at(AWKWARD_LABEL)] },
      { id: "m", type: "meeting", label: "研判會", matchKey: "研判會", aliases: [], date: "2020-01-22", mentions: [at("研判會")] },
    ],
    relations: [
      { source: "z", target: "a", relation: "visited", date: "2020-01-22", evidence: [sentence] },
      { source: "z", target: "m", relation: "chaired", date: "2020-01-22", inferred: true, evidence: [at("主持召開"), at("要快")] },
      // The same visit on the next day: an edge that differs from the first only by its date.
      { source: "z", target: "a", relation: "visited", date: "2020-01-23", evidence: [at("調研")] },
    ],
  };
}

let cached: KnowledgeGraph | undefined;

/** Gold graph plus the awkward article, laid out once per test file (copy before changing it). */
export function testGraph(): KnowledgeGraph {
  cached ??= buildGraph([...goldExtractions(), awkwardExtraction()], { builtWith: "test fixture" });
  return cached;
}

export interface NodeView {
  label: string;
  type: string;
  aliases: string[];
  titles?: string[];
  date?: string;
}
export interface QuotedSpanView extends Span {
  text: string;
}
export interface EdgeView {
  source: string;
  target: string;
  relation: string;
  date?: string;
  title?: string;
  inferred: boolean;
  evidence: QuotedSpanView[];
}

/** What every format must carry, read straight from the graph. */
export function expectedViews(graph: KnowledgeGraph) {
  const texts = new Map(graph.getAttribute("sources").map((s) => [s.id, s.text]));
  const quote = (s: Span) => ({ doc: s.doc, start: s.start, end: s.end, text: texts.get(s.doc)!.slice(s.start, s.end) });
  const nodes = new Map<string, NodeView>();
  graph.forEachNode((key, a) => {
    const v: NodeView = { label: a.label, type: a.type, aliases: a.aliases };
    if (a.titles) v.titles = a.titles;
    if (a.date) v.date = a.date;
    nodes.set(key, v);
  });
  const edges = new Map<string, EdgeView>();
  graph.forEachEdge((key, a, source, target) => {
    const v: EdgeView = { source, target, relation: a.relation, inferred: a.inferred === true, evidence: a.evidence.map(quote) };
    if (a.date) v.date = a.date;
    if (a.title !== undefined) v.title = a.title;
    edges.set(key, v);
  });
  return { nodes, edges };
}

/** Drops undefined fields so views built from a parsed file compare with toEqual. */
export function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * A copy with attributes no exporter knows (as other engineers add them:
 * a node's region, an edge's score, graph-level candidates, an article's
 * region), to check that
 * every format carries what it does not know.
 */
export function withExtras(graph: KnowledgeGraph): KnowledgeGraph {
  const out = graph.copy() as KnowledgeGraph;
  out.updateEachNodeAttributes((_n, a) => ({ ...a, region: "河南省", identity: { id: 7, source: "名單" } }));
  out.updateEachEdgeAttributes((_e, a) => ({ ...a, score: 0.5 }));
  out.setAttribute("candidates", [{ a: "x", b: "y" }]);
  out.setAttribute("sources", out.getAttribute("sources").map((s) => ({ ...s, region: { code: "410000", names: ["河南省"], by: "text" as const } })));
  return out;
}
