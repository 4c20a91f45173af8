// The acceptance test for extraction quality: each article built on its own
// and scored against hand-checked gold with the project's scorer, the same
// way ../shared/eval/score-set.mjs does. The thresholds are the issue's.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index";
import { splitFrontMatter } from "../../src/extract/frontmatter";
import { buildGraph, serializeGraph } from "../../src/graph/build";

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, "../fixtures");
const scorer = join(fixtures, "score.mjs");
const out = mkdtempSync(join(tmpdir(), "acceptance-"));

interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

function score(articlePath: string, goldPath: string): { entities: Counts; relations: Counts } {
  const raw = readFileSync(articlePath, "utf8");
  const split = splitFrontMatter(raw);
  if (!split.ok) throw new Error(`${articlePath}: ${split.error.reason}`);
  const text = split.body;
  const doc = { id: basename(articlePath, ".txt"), title: "", chars: text.length, sha256: "", text };
  const graph = buildGraph([extractDocument(doc, split.meta.year ? { year: split.meta.year } : {})], { builtWith: "test", layout: false });
  const graphPath = join(out, `${doc.id}.json`);
  writeFileSync(graphPath, serializeGraph(graph));
  const lines = execFileSync("node", [scorer, graphPath, goldPath, "--json"], { encoding: "utf8" }).trim().split("\n");
  return JSON.parse(lines[lines.length - 2]);
}

function scoreSet(articles: string, gold: string) {
  const sum = { entities: { tp: 0, predicted: 0, gold: 0 }, relations: { tp: 0, predicted: 0, gold: 0 } };
  for (const file of readdirSync(articles).filter((f) => f.endsWith(".txt")).sort()) {
    const s = score(join(articles, file), join(gold, file.replace(/\.txt$/, ".json")));
    for (const k of ["tp", "predicted", "gold"] as const) {
      sum.entities[k] += s.entities[k];
      sum.relations[k] += s.relations[k];
    }
  }
  const f1 = (c: Counts) => (2 * c.tp) / (c.predicted + c.gold);
  return { entity: f1(sum.entities), relation: f1(sum.relations) };
}

describe("extraction quality against hand-checked gold", () => {
  it("the seed: entity F1 ≥ 0.95, relation F1 ≥ 0.85", () => {
    const s = score(join(here, "../../graph-data/articles/henan-education-2020.txt"), join(fixtures, "seed-gold.json"));
    const f1 = (c: Counts) => (2 * c.tp) / (c.predicted + c.gold);
    expect(f1(s.entities)).toBeGreaterThanOrEqual(0.95);
    expect(f1(s.relations)).toBeGreaterThanOrEqual(0.85);
  });

  it("the development set (six articles, both scripts): micro entity F1 ≥ 0.90, relation F1 ≥ 0.80", () => {
    const s = scoreSet(join(fixtures, "dev/articles"), join(fixtures, "dev/gold"));
    expect(s.entity).toBeGreaterThanOrEqual(0.9);
    expect(s.relation).toBeGreaterThanOrEqual(0.8);
  });

  it("the six held-out sets written apart from the rules: entity F1 ≥ 0.90, relation F1 ≥ 0.75 each", () => {
    // A regression guard: these sets are harder than the development set (longer reports, Hong
    // Kong, Macau and Taiwan usage, more kinds of relation); each was scored once as written,
    // before any rule was changed for it, and is kept here as a guard since.
    for (const set of ["a", "b", "c", "d", "e", "f"]) {
      const s = scoreSet(join(fixtures, `holdout/${set}/articles`), join(fixtures, `holdout/${set}/gold`));
      expect(s.entity, `holdout ${set} entity F1`).toBeGreaterThanOrEqual(0.9);
      expect(s.relation, `holdout ${set} relation F1`).toBeGreaterThanOrEqual(0.75);
    }
    // Fifty-six articles, each built on its own: seconds, more on a busy machine.
  }, 120_000);
});
