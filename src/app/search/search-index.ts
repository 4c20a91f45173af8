// Search over labels and aliases in either script and by pinyin, answered
// from an index built once per graph: every key (Simplified form, full pinyin,
// initials) of every node sits in one string, and a query is a few indexOf
// calls over it, with no conversion per keystroke.
import type Graph from "graphology";
import type { SearchKeys } from "../../graph/search-attrs";
import { learnFold, normalizeKey, normalizeQuery, type CharFold } from "./normalize";

/** Key kinds, best first: the rank breaks ties between equally good matches. */
const KIND_RANK = { labelHans: 0, aliasHans: 1, labelPinyin: 2, aliasPinyin: 3, labelInitials: 4, aliasInitials: 5 } as const;
const MATCH_EXACT = 0;
const MATCH_PREFIX = 1;
const MATCH_INFIX = 2;
const SEPARATOR = "\u0000";

export interface SearchIndex {
  nodes: string[];
  haystack: string;
  /** Start offset of each key in the haystack. */
  starts: Int32Array;
  keyNode: Int32Array;
  keyRank: Uint8Array;
  keyForm: Uint16Array;
  degree: Int32Array;
  labelLength: Int32Array;
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
  const parts: string[] = [];
  const starts: number[] = [];
  const keyNode: number[] = [];
  const keyRank: number[] = [];
  const keyForm: number[] = [];
  const degree: number[] = [];
  const labelLength: number[] = [];
  const fold: CharFold = new Map();
  const pending: Array<[number, number, string, number]> = [];
  let offset = 0;

  graph.forEachNode((node, attrs) => {
    const index = nodes.length;
    nodes.push(node);
    degree.push(graph.degree(node));
    const label = String(attrs.label ?? node);
    labelLength.push(label.length);
    const forms = [label, ...((attrs.aliases as string[] | undefined) ?? [])];
    const keys = attrs.search as SearchKeys | undefined;
    forms.forEach((form, i) => {
      const isLabel = i === 0;
      const hans = keys?.hans[i] ?? form;
      learnFold(fold, form, hans);
      if (keys?.hant[i] !== undefined) learnFold(fold, keys.hant[i], hans);
      pending.push([index, i, normalizeKey(hans), isLabel ? KIND_RANK.labelHans : KIND_RANK.aliasHans]);
      if (keys?.pinyin[i]) pending.push([index, i, normalizeKey(keys.pinyin[i]), isLabel ? KIND_RANK.labelPinyin : KIND_RANK.aliasPinyin]);
      if (keys?.initials[i]) pending.push([index, i, normalizeKey(keys.initials[i]), isLabel ? KIND_RANK.labelInitials : KIND_RANK.aliasInitials]);
    });
  });

  for (const [node, form, key, rank] of pending) {
    if (!key) continue;
    starts.push(offset);
    keyNode.push(node);
    keyForm.push(form);
    keyRank.push(rank);
    parts.push(key);
    offset += key.length + 1;
  }

  return {
    nodes,
    haystack: parts.join(SEPARATOR),
    starts: Int32Array.from(starts),
    keyNode: Int32Array.from(keyNode),
    keyRank: Uint8Array.from(keyRank),
    keyForm: Uint16Array.from(keyForm),
    degree: Int32Array.from(degree),
    labelLength: Int32Array.from(labelLength),
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

/**
 * The best matching nodes, best first: an exact key before a prefix before a
 * match inside a key, a label before an alias before pinyin, then the better
 * connected node, the shorter label, the key.
 */
export function searchNodes(index: SearchIndex, query: string, limit = 12): SearchHit[] {
  const q = normalizeQuery(query, index.fold);
  if (!q) return [];
  const { haystack, starts, keyNode, keyRank, keyForm } = index;
  const best = new Map<number, number>();
  const formOf = new Map<number, number>();
  let pos = haystack.indexOf(q);
  while (pos !== -1) {
    const k = keyAt(starts, pos);
    const keyStart = starts[k];
    const keyEnd = k + 1 < starts.length ? starts[k + 1] - 1 : haystack.length;
    const match = pos !== keyStart ? MATCH_INFIX : keyEnd - keyStart === q.length ? MATCH_EXACT : MATCH_PREFIX;
    const score = match * 8 + keyRank[k];
    const node = keyNode[k];
    const previous = best.get(node);
    if (previous === undefined || score < previous) {
      best.set(node, score);
      formOf.set(node, keyForm[k]);
    }
    // The first hit in a key is its best: go on from the next key.
    pos = k + 1 < starts.length ? haystack.indexOf(q, starts[k + 1]) : -1;
  }
  const found = [...best.keys()];
  found.sort(
    (a, b) =>
      best.get(a)! - best.get(b)! ||
      index.degree[b] - index.degree[a] ||
      index.labelLength[a] - index.labelLength[b] ||
      (index.nodes[a] < index.nodes[b] ? -1 : 1),
  );
  return found.slice(0, limit).map((i) => ({ node: index.nodes[i], form: formOf.get(i)!, score: best.get(i)! }));
}
