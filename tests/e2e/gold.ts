// The gold graph as the tests see it, read independently of the page, so a
// test can work out what the page should show (a neighbourhood, a distance).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SITE_DIR } from "./global-setup";

interface GoldFile {
  nodes: { key: string; attributes: { label: string; type: string; date?: string } }[];
  edges: { key: string; source: string; target: string; attributes: { relation: string; date?: string } }[];
}

export const GOLD_QUERY = "?graph=fixtures/gold.json";

export function readGold(): GoldFile {
  return JSON.parse(readFileSync(join(SITE_DIR, "fixtures/gold.json"), "utf8"));
}

/** Nodes within `depth` steps, edges taken in either direction. */
export function bfs(gold: GoldFile, start: string, depth: number): Map<string, number> {
  const adj = new Map<string, string[]>();
  for (const e of gold.edges) {
    (adj.get(e.source) ?? adj.set(e.source, []).get(e.source)!).push(e.target);
    (adj.get(e.target) ?? adj.set(e.target, []).get(e.target)!).push(e.source);
  }
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier)
      for (const m of adj.get(n) ?? [])
        if (!dist.has(m)) {
          dist.set(m, d);
          next.push(m);
        }
    frontier = next;
  }
  return dist;
}
