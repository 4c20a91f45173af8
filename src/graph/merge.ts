// Extractions into a contract graph, one article at a time: the one code path
// behind buildGraph (an empty graph, every article) and behind adding an
// article to a graph already on screen (which may have been imported, so the
// identity index is read back from the graph itself: each node's stored
// `identityKeys`). Which node an entity is, is decided by src/resolve; this
// module writes nodes and edges: labels (the fullest form written), aliases,
// posts, mentions, evidence, the jurisdiction of relative names, and why
// articles were joined. One edge per (source, relation, target, date).
import type { ExtractedEntity, Extraction, TextRange } from "../extract/types";
import { deriveKeys, IdentityIndex, resolveArticle, type EntityIdentity, type GraphAccess, type IdentityReason, type NodeFacts } from "../resolve/index";
import type { EdgeAttributes, Jurisdiction, NodeAttributes, SourceDoc, Span } from "./contract";
import type { KnowledgeGraph } from "./build";
import { attachSearchKeys } from "./search-keys";
import { sizeFromDegree, TYPE_COLORS } from "./style";

/** What makes two entities one node, and two relations one edge. */
export interface MergeIndex {
  identity: IdentityIndex;
  /** source|relation|target|date → edge key. */
  edgeOfFact: Map<string, string>;
  /** Readable key → the next number to try after it (`#2`, `#3` …), so keys are found in constant time. */
  nextSuffix: Map<string, number>;
  sources: Map<string, SourceDoc>;
  /** Node → the articles that mention it, in first-mention order; kept here so asking does not scan its mentions. */
  docsOf: Map<string, string[]>;
  /** Node → its articles' jurisdictions (codes), each once. */
  homesOf: Map<string, string[]>;
}

export interface MergeResult {
  /** Nodes and edges the articles added, in the order they were added. */
  addedNodes: string[];
  addedEdges: string[];
}

/** One article joined to a node: the article's id and the reason. */
export interface IdentityRecord {
  doc: string;
  why: IdentityReason;
}

/** Two nodes of one name kept apart, listed on the graph for a person to decide. */
export interface IdentityCandidate {
  a: string;
  b: string;
  why: string;
}

const POST_RELATIONS = new Set(["holds_post", "leads", "member_of"]);

const factKey = (source: string, relation: string, target: string, date: string | undefined) => `${source}|${relation}|${target}|${date ?? ""}`;

export function emptyMergeIndex(): MergeIndex {
  return { identity: new IdentityIndex(), edgeOfFact: new Map(), nextSuffix: new Map(), sources: new Map(), docsOf: new Map(), homesOf: new Map() };
}

/** Notes that `doc` mentions `node`; true when it is the first mention there. Articles are added one at a time, so a doc already noted is the last one. */
function noteDoc(index: MergeIndex, node: string, doc: string): boolean {
  let docs = index.docsOf.get(node);
  if (!docs) index.docsOf.set(node, (docs = []));
  if (docs.at(-1) === doc) return false;
  docs.push(doc);
  return true;
}

/** Notes an article's jurisdiction on a node it mentions, once it is settled (after the article is resolved). */
function noteHome(index: MergeIndex, node: string, region: string | undefined): void {
  if (region === undefined) return;
  let homes = index.homesOf.get(node);
  if (!homes) index.homesOf.set(node, (homes = []));
  if (!homes.includes(region)) homes.push(region);
}

/** The index a graph implies: its nodes' identity keys and names, its facts, its sources. */
export function indexGraph(graph: KnowledgeGraph): MergeIndex {
  const index = emptyMergeIndex();
  for (const s of graph.getAttribute("sources")) index.sources.set(s.id, s);
  graph.forEachNode((node, a) => {
    const keys = Array.isArray(a.identityKeys) ? (a.identityKeys as string[]) : deriveKeys(factsOf(graph, index, node, a));
    index.identity.add(node, a.type, keys, [a.label, ...a.aliases]);
    const docs = [...new Set(a.mentions.map((m) => m.doc))];
    index.docsOf.set(node, docs);
    for (const d of docs) noteHome(index, node, index.sources.get(d)?.region?.code);
  });
  graph.forEachEdge((edge, a, source, target) => {
    const fact = factKey(source, a.relation, target, a.date);
    if (!index.edgeOfFact.has(fact)) index.edgeOfFact.set(fact, edge);
  });
  return index;
}

/** What a node's keys are derived from when it carries none (an imported graph). */
function factsOf(graph: KnowledgeGraph, index: MergeIndex, node: string, a: NodeAttributes): NodeFacts {
  const firstDoc = a.mentions[0]?.doc;
  const regionCode = (a.region as Jurisdiction | undefined)?.code ?? (firstDoc ? index.sources.get(firstDoc)?.region?.code : undefined);
  const from = (relation: string) => graph.inEdges(node).find((e) => graph.getEdgeAttribute(e, "relation") === relation);
  const organiser = from("organized");
  const issuer = from("issued");
  return {
    type: a.type,
    forms: [a.label, ...a.aliases],
    ...(a.date ? { date: a.date } : {}),
    ...(regionCode ? { regionCode } : {}),
    ...(organiser ? { organiser: graph.source(organiser) } : {}),
    ...(issuer ? { issuer: graph.source(issuer) } : {}),
  };
}

/** `wanted`, or `wanted#2`, `#3` … : the first key the graph does not hold, found without probing from 2 each time. */
function freeKey(index: MergeIndex, has: (key: string) => boolean, wanted: string): string {
  if (!has(wanted)) return wanted;
  let n = index.nextSuffix.get(wanted) ?? 2;
  while (has(`${wanted}#${n}`)) n++;
  index.nextSuffix.set(wanted, n + 1);
  return `${wanted}#${n}`;
}

function readableKey(e: ExtractedEntity, identity: EntityIdentity | undefined): string {
  if (e.type === "meeting" && e.date) return `meeting:${e.date}:${e.label}`;
  const where = identity?.relative ? identity.region?.names.at(-1) : undefined;
  return where ? `${e.type}:${e.label}@${where}` : `${e.type}:${e.label}`;
}

const spans = (doc: string, ranges: TextRange[]): Span[] => ranges.map((r) => ({ doc, start: r.start, end: r.end }));

function pushUnique(list: string[], values: Iterable<string>, except?: string) {
  for (const v of values) if (v !== except && !list.includes(v)) list.push(v);
}

/** The graph as the resolver reads and grows it. */
function access(graph: KnowledgeGraph, index: MergeIndex, doc: SourceDoc, added: MergeResult, touched: string[]): GraphAccess {
  const docsOf = (node: string): readonly string[] => index.docsOf.get(node) ?? [];
  return {
    hasNode: (k) => graph.hasNode(k),
    type: (n) => graph.getNodeAttribute(n, "type"),
    keys: (n) => (graph.getNodeAttribute(n, "identityKeys") as string[] | undefined) ?? [],
    region: (n) => graph.getNodeAttribute(n, "region") as Jurisdiction | undefined,
    postsOf: (n) => graph.outEdges(n).filter((e) => POST_RELATIONS.has(graph.getEdgeAttribute(e, "relation"))).map((e) => graph.target(e)),
    titles: (n) => graph.getNodeAttribute(n, "titles") ?? [],
    docsOf,
    homesOf(node) {
      // Earlier articles' jurisdictions are settled; this article's is whatever its entry holds while it is resolved.
      const homes = index.homesOf.get(node) ?? [];
      const own = doc.region?.code;
      return own !== undefined && docsOf(node).at(-1) === doc.id && !homes.includes(own) ? [...homes, own] : homes;
    },
    docDate: (d) => (d === doc.id ? doc.date : index.sources.get(d)?.date),
    create(e, identity) {
      const key = freeKey(index, (k) => graph.hasNode(k), readableKey(e, identity));
      const attrs: NodeAttributes = { label: e.label, type: e.type, aliases: [], mentions: [], x: 0, y: 0, size: 1, color: TYPE_COLORS[e.type] };
      if (e.type === "official") attrs.titles = [];
      if (e.date) attrs.date = e.date;
      if (identity?.region) attrs.region = identity.region;
      if (identity && identity.exact.length + identity.loose.length > 0) attrs.identityKeys = [...identity.exact, ...identity.loose];
      graph.addNode(key, attrs);
      added.addedNodes.push(key);
      absorb(key, e, identity);
      return key;
    },
    join(node, e, why, keys) {
      const attrs = graph.getNodeAttributes(node);
      if (keys?.length) pushUnique(((attrs.identityKeys as string[] | undefined) ??= []), keys);
      if (index.docsOf.get(node)?.at(-1) !== doc.id) {
        const records = ((attrs.identity as IdentityRecord[] | undefined) ??= []);
        records.push({ doc: doc.id, why });
      }
      absorb(node, e, undefined);
    },
    candidate(a, b, why) {
      const list = (graph.getAttribute("candidates") as IdentityCandidate[] | undefined) ?? [];
      list.push({ a, b, why });
      graph.setAttribute("candidates", list);
    },
  };

  /** The entity's forms, posts and mentions onto its node; the fullest form written becomes the label. */
  function absorb(node: string, e: ExtractedEntity, identity: EntityIdentity | undefined) {
    const attrs = graph.getNodeAttributes(node);
    const forms = [e.label, ...e.aliases];
    const longest = forms.reduce((a, b) => (b.length > a.length ? b : a), attrs.label);
    if (longest !== attrs.label) {
      pushUnique(attrs.aliases, [attrs.label]);
      attrs.label = longest;
      attrs.aliases = attrs.aliases.filter((a) => a !== longest);
    }
    pushUnique(attrs.aliases, forms, attrs.label);
    if (e.titles?.length) pushUnique((attrs.titles ??= []), e.titles);
    if (identity === undefined && e.date && !attrs.date) attrs.date = e.date;
    attrs.mentions.push(...spans(doc.id, e.mentions));
    if (e.mentions.length && noteDoc(index, node, doc.id)) touched.push(node);
  }
}

/**
 * Adds one article's entities and relations, and its source entry (with the
 * jurisdiction the resolver found), to the graph. New nodes sit at (0, 0)
 * with size 1: sizes, layout and search keys are the caller's last step.
 */
export function addExtraction(graph: KnowledgeGraph, index: MergeIndex, { doc, entities, relations }: Extraction): MergeResult {
  const sources = graph.getAttribute("sources");
  // The index holds every source of the graph (indexGraph, or built alongside it): no scan of the sources.
  if (index.sources.has(doc.id)) throw new Error(`the graph already has an article with the id ${doc.id}`);

  const added: MergeResult = { addedNodes: [], addedEdges: [] };
  const touched: string[] = [];
  // The source entry gains its region before any node is made, so the resolver reads the article's jurisdiction from it.
  const placed: SourceDoc = { ...doc };
  const graphAccess = access(graph, index, placed, added, touched);
  const resolved = resolveArticle(graphAccess, index.identity, { doc, entities, relations });
  const { region, nodeOf } = resolved;
  if (region) placed.region = region;
  for (const node of touched) noteHome(index, node, placed.region?.code);
  sources.push(withRegionInOrder(placed));
  index.sources.set(doc.id, placed);

  for (const r of resolved.relations) {
    const source = nodeOf.get(r.source);
    const target = nodeOf.get(r.target);
    if (!source || !target) throw new Error(`relation ${r.relation} in ${doc.id} names an unknown entity`);
    if (source === target) continue;
    const fact = factKey(source, r.relation, target, r.date);
    const existing = index.edgeOfFact.get(fact);
    if (existing !== undefined) {
      const attrs = graph.getEdgeAttributes(existing);
      attrs.evidence.push(...spans(doc.id, r.evidence));
      if (!r.inferred) delete attrs.inferred;
      if (r.title && (!attrs.title || r.title.length > attrs.title.length)) attrs.title = r.title;
      continue;
    }
    const attrs: EdgeAttributes = { relation: r.relation, evidence: spans(doc.id, r.evidence) };
    if (r.date) attrs.date = r.date;
    if (r.title) attrs.title = r.title;
    if (r.inferred) attrs.inferred = true;
    const key = freeKey(index, (k) => graph.hasEdge(k), r.date ? `${source}|${r.relation}|${target}|${r.date}` : `${source}|${r.relation}|${target}`);
    graph.addDirectedEdgeWithKey(key, source, target, attrs);
    index.edgeOfFact.set(fact, key);
    added.addedEdges.push(key);
  }
  return added;
}

/** The contract's key order for a source entry: region after url, text last. */
function withRegionInOrder(doc: SourceDoc): SourceDoc {
  const { id, title, date, url, site, publisher, region, chars, sha256, text } = doc;
  return {
    id,
    title,
    ...(date ? { date } : {}),
    ...(url ? { url } : {}),
    ...(site ? { site } : {}),
    ...(publisher ? { publisher } : {}),
    ...(region ? { region } : {}),
    chars,
    sha256,
    text,
  };
}

/** Throws, before anything changes, what addExtraction would throw halfway through. */
function checkExtractions(graph: KnowledgeGraph, extractions: Extraction[]): void {
  const ids = new Set(graph.getAttribute("sources").map((s) => s.id));
  for (const { doc, entities, relations } of extractions) {
    if (ids.has(doc.id)) throw new Error(`the graph already has an article with the id ${doc.id}`);
    ids.add(doc.id);
    const local = new Set(entities.map((e) => e.id));
    const stray = relations.find((r) => !local.has(r.source) || !local.has(r.target));
    if (stray) throw new Error(`relation ${stray.relation} in ${doc.id} names an unknown entity`);
  }
}

/** Node sizes from degree, over the whole graph (a merge can change the largest degree). */
export function sizeByDegree(graph: KnowledgeGraph): void {
  let maxDegree = 0;
  graph.forEachNode((n) => (maxDegree = Math.max(maxDegree, graph.degree(n))));
  graph.forEachNode((n, a) => {
    a.size = sizeFromDegree(graph.degree(n), maxDegree);
  });
}

/**
 * Adds articles to a graph that already stands (built here or imported).
 * Sizes are recomputed and search keys attached where nodes lack them or
 * gained aliases; new nodes are left at (0, 0) for the caller to place
 * (see place.ts): existing nodes keep their positions.
 */
export function mergeExtractions(graph: KnowledgeGraph, extractions: Extraction[]): MergeResult {
  checkExtractions(graph, extractions);
  const index = indexGraph(graph);
  const result: MergeResult = { addedNodes: [], addedEdges: [] };
  for (const x of extractions) {
    const one = addExtraction(graph, index, x);
    result.addedNodes.push(...one.addedNodes);
    result.addedEdges.push(...one.addedEdges);
  }
  sizeByDegree(graph);
  attachSearchKeys(graph);
  return result;
}
