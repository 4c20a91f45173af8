// Search over labels and aliases in either script and by pinyin, answered
// from an index built once per graph: every key (Simplified form, full pinyin,
// initials) of every node sits in one string, with no conversion per
// keystroke.
//
// The keys are laid out best first (key kind, then the node's tie-break
// order), so a query never has to rank every node it touches: exact and
// prefix matches come from the keys that start with the query's first
// character; matches inside keys, which rank below them, are found by
// scanning the string in that order and stopping once the list is full. A
// one-letter query on a graph of 240,000 nodes thus costs a few milliseconds,
// not the hundreds that sorting every hit took.
import type Graph from "graphology";
import type { SearchKeys } from "../../graph/search-attrs";
import { learnFold, normalizeKey, normalizeQuery, type CharFold } from "./normalize";
import { searchForms } from "../../graph/jurisdiction";

/** Key kinds, best first: the rank breaks ties between equally good matches. */
const KIND_RANK = { labelHans: 0, aliasHans: 1, labelPinyin: 2, aliasPinyin: 3, labelInitials: 4, aliasInitials: 5 } as const;
const RANKS = 6;
const MATCH_EXACT = 0;
const MATCH_PREFIX = 1;
const MATCH_INFIX = 2;
const SEPARATOR = "\u0000";

export interface SearchIndex {
  nodes: string[];
  /** Every key, best first (rank, then node order, then form), separated by U+0000. */
  haystack: string;
  /** Start offset of each key in the haystack. */
  starts: Int32Array;
  keyNode: Int32Array;
  keyRank: Uint8Array;
  keyForm: Uint16Array;
  /** Keys by their first UTF-16 unit, in haystack order: where exact and prefix matches are. */
  byFirstUnit: Map<string, Int32Array>;
  /** Each node's place among equally good matches: the better connected, then the shorter label, then the graph's order. */
  nodeOrder: Int32Array;
  fold: CharFold;
}

export interface SearchHit {
  node: string;
  /** Which form matched: 0 the label, i the alias i - 1. */
  form: number;
  /** Lower is better. */
  score: number;
}

export function buildSearchIndex(graph: Graph): SearchIndex {
  const nodes: string[] = [];
  const degree: number[] = [];
  const labelLength: number[] = [];
  const fold: CharFold = new Map();
  // Keys node by node; firstKey[i]..firstKey[i + 1] are node i's.
  const keys: string[] = [];
  const keyNodeList: number[] = [];
  const keyRankList: number[] = [];
  const keyFormList: number[] = [];
  const firstKey: number[] = [];

  const addKey = (node: number, form: number, key: string, rank: number) => {
    if (!key) return;
    keys.push(key);
    keyNodeList.push(node);
    keyFormList.push(form);
    keyRankList.push(rank);
  };

  graph.forEachNode((node, attrs) => {
    const index = nodes.length;
    nodes.push(node);
    firstKey.push(keys.length);
    degree.push(graph.degree(node));
    const label = String(attrs.label ?? node);
    labelLength.push(label.length);
    const forms = searchForms({ ...(attrs as { aliases?: string[]; type: string; region?: unknown }), label });
    const search = attrs.search as SearchKeys | undefined;
    forms.forEach((form, i) => {
      const isLabel = i === 0;
      const hans = search?.hans[i] ?? form;
      learnFold(fold, form, hans);
      if (search?.hant[i] !== undefined) learnFold(fold, search.hant[i], hans);
      addKey(index, i, normalizeKey(hans), isLabel ? KIND_RANK.labelHans : KIND_RANK.aliasHans);
      if (search?.pinyin[i]) addKey(index, i, normalizeKey(search.pinyin[i]), isLabel ? KIND_RANK.labelPinyin : KIND_RANK.aliasPinyin);
      if (search?.initials[i]) addKey(index, i, normalizeKey(search.initials[i]), isLabel ? KIND_RANK.labelInitials : KIND_RANK.aliasInitials);
    });
  });
  firstKey.push(keys.length);

  // Numbers only (a sort by key string costs most of a second at 240,000 nodes);
  // the sort is stable, so equals keep the graph's own order.
  const byOrder = nodes.map((_, i) => i);
  byOrder.sort((a, b) => degree[b] - degree[a] || labelLength[a] - labelLength[b]);
  const nodeOrder = new Int32Array(nodes.length);
  byOrder.forEach((node, place) => (nodeOrder[node] = place));

  // Keys best first without a sort: by rank, and within a rank in node order
  // (a node's keys are already in form order).
  const byRank: number[][] = Array.from({ length: RANKS }, () => []);
  for (const node of byOrder) for (let k = firstKey[node]; k < firstKey[node + 1]; k++) byRank[keyRankList[k]].push(k);
  const order = byRank.flat();

  const count = order.length;
  const starts = new Int32Array(count);
  const keyNode = new Int32Array(count);
  const keyRank = new Uint8Array(count);
  const keyForm = new Uint16Array(count);
  const firstUnits = new Map<string, number[]>();
  const parts: string[] = [];
  let offset = 0;
  order.forEach((k, i) => {
    const key = keys[k];
    starts[i] = offset;
    keyNode[i] = keyNodeList[k];
    keyRank[i] = keyRankList[k];
    keyForm[i] = keyFormList[k];
    parts.push(key);
    offset += key.length + 1;
    const unit = key[0];
    const list = firstUnits.get(unit);
    if (list) list.push(i);
    else firstUnits.set(unit, [i]);
  });

  return {
    nodes,
    haystack: parts.join(SEPARATOR),
    starts,
    keyNode,
    keyRank,
    keyForm,
    byFirstUnit: new Map([...firstUnits].map(([unit, list]) => [unit, Int32Array.from(list)])),
    nodeOrder,
    fold,
  };
}

/** The key containing haystack offset `pos`. */
function keyAt(starts: Int32Array, pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const keyLength = (index: SearchIndex, k: number) => (k + 1 < index.starts.length ? index.starts[k + 1] - 1 : index.haystack.length) - index.starts[k];

/**
 * The best matching nodes, best first: an exact key before a prefix before a
 * match inside a key, a label before an alias before pinyin, then the better
 * connected node, the shorter label, the node met first in the graph.
 */
export function searchNodes(index: SearchIndex, query: string, limit = 12): SearchHit[] {
  const q = normalizeQuery(query, index.fold);
  if (!q || limit <= 0) return [];
  const { haystack, starts, keyNode, keyRank, keyForm } = index;
  const hit = (k: number, match: number): SearchHit => ({ node: index.nodes[keyNode[k]], form: keyForm[k], score: match * RANKS + keyRank[k] });

  // Exact and prefix matches, from the keys that start with the query's first
  // unit, in haystack order: a node's first key of each kind is its best, and
  // the first `limit` nodes with a prefix are all a list can need (an exact
  // key anywhere in the bucket ranks above them, so the scan goes on for those).
  const exact: SearchHit[] = [];
  const exactNodes = new Set<number>();
  const prefix: { node: number; hit: SearchHit }[] = [];
  const prefixNodes = new Set<number>();
  for (const k of index.byFirstUnit.get(q[0]) ?? []) {
    const length = keyLength(index, k);
    if (length < q.length || !haystack.startsWith(q, starts[k])) continue;
    const node = keyNode[k];
    if (length === q.length) {
      if (exactNodes.has(node)) continue;
      exactNodes.add(node);
      exact.push(hit(k, MATCH_EXACT));
      // Later exact keys rank lower still.
      if (exact.length === limit) break;
    } else if (prefix.length < limit && !prefixNodes.has(node)) {
      prefixNodes.add(node);
      prefix.push({ node, hit: hit(k, MATCH_PREFIX) });
    }
  }
  const hits = exact;
  const listed = exactNodes;
  for (const p of prefix) {
    if (hits.length === limit) break;
    if (listed.has(p.node)) continue;
    listed.add(p.node);
    hits.push(p.hit);
  }

  // Matches inside keys rank below every prefix: with the keys best first,
  // the first new nodes the scan meets are the best of the rest. (Fewer than
  // `limit` exact and prefix matches means every one of them is listed.)
  let pos = hits.length < limit ? haystack.indexOf(q) : -1;
  while (pos !== -1 && hits.length < limit) {
    const k = keyAt(starts, pos);
    const node = keyNode[k];
    if (pos !== starts[k] && !listed.has(node)) {
      listed.add(node);
      hits.push(hit(k, MATCH_INFIX));
    }
    // The first hit in a key is its best: go on from the next key.
    pos = k + 1 < starts.length ? haystack.indexOf(q, starts[k + 1]) : -1;
  }
  return hits;
}
