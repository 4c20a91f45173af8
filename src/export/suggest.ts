// "Did you mean …?" for a node key that is not in the graph: nodes whose
// label, aliases or key come closest to what was typed, compared after an
// optional fold (to Simplified script, say) so 郑邦山 finds 鄭邦山.
import type { KnowledgeGraph } from "../graph/build";
import { NODE_TYPES } from "../graph/contract";

/** Edit distance over code points (so a character outside the BMP counts once). */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[y.length];
}

/** Splits "official:鄭邦山" into its type and name; a bare name has no type. */
function splitKey(key: string): { type?: string; name: string } {
  const i = key.indexOf(":");
  const type = i > 0 ? key.slice(0, i) : undefined;
  return type && (NODE_TYPES as readonly string[]).includes(type) ? { type, name: key.slice(i + 1) } : { name: key };
}

export interface Suggestion {
  key: string;
  label: string;
  type: string;
}

/**
 * Up to `limit` nodes close to `query`: same name after folding first, then
 * names containing one another, then small edit distances. A matching type
 * prefix breaks ties.
 */
export function suggestNodes(graph: KnowledgeGraph, query: string, options: { fold?: (s: string) => string; limit?: number } = {}): Suggestion[] {
  const fold = (s: string) => (options.fold ? options.fold(s) : s).toLowerCase();
  const wanted = splitKey(query);
  const name = fold(wanted.name);
  if (!name) return [];
  const scored: { score: number; s: Suggestion }[] = [];
  graph.forEachNode((key, a) => {
    let best = Infinity;
    for (const candidate of [a.label, ...(a.aliases ?? []), splitKey(key).name]) {
      const c = fold(candidate);
      const score =
        c === name ? 0 : c.includes(name) || name.includes(c) ? 0.25 : editDistance(c, name) / Math.max(Array.from(c).length, Array.from(name).length);
      best = Math.min(best, score);
    }
    if (wanted.type && wanted.type !== a.type) best += 0.1;
    if (best <= 0.5) scored.push({ score: best, s: { key, label: a.label, type: a.type } });
  });
  // Stable sort: equal scores keep the graph's order.
  return scored.sort((p, q) => p.score - q.score).slice(0, options.limit ?? 5).map((x) => x.s);
}
