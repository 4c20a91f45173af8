// A seeded random source for the synthetic corpus: the same seed gives the
// same corpus on every machine, so benchmark runs are comparable.

import { seededRandom } from "../../src/graph/layout";

/** Mixes a seed with a stream number, so article i has its own stream and
 *  does not depend on how many articles come before or after it. */
export function mixSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = seededRandom(seed);
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks with weight 1/(rank+1)^s: the first items recur far more often,
   *  as the same leaders and departments do in a year of news. */
  zipf<T>(items: readonly T[], s = 1): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    const table = zipfTable(items.length, s);
    const u = this.next() * table[table.length - 1];
    let lo = 0;
    let hi = table.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (table[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return items[lo];
  }

  /** k distinct items in random order (all of them when k >= length). */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }
}

const zipfTables = new Map<string, number[]>();

/** Cumulative weights, cached per (length, exponent). */
function zipfTable(n: number, s: number): number[] {
  const key = `${n}:${s}`;
  let table = zipfTables.get(key);
  if (!table) {
    table = [];
    let sum = 0;
    for (let i = 0; i < n; i++) table.push((sum += 1 / Math.pow(i + 1, s)));
    zipfTables.set(key, table);
  }
  return table;
}
