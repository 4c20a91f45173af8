// The acceptance test for identity across articles: each corpus set built into
// one graph with the project's CLI and scored by the shared instrument
// (tests/fixtures/identity/score-identity.mjs, a copy of
// ../shared/eval/score-identity.mjs), read from its `--json` line.
// Thresholds sit just under what main measures once national bodies are found
// by name and the review's cases are fixed: dev pairs F1 0.978 with 0 false
// merges; held-out B pairs F1 0.907 with 1 false merge (a node holding two
// entities). B's first score, before any rule was written with it in view, was
// 0.820 (on 7020add); the targets are 0.95 on dev and 0.85 unseen.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const fixtures = join(root, "tests/fixtures/identity");

interface IdentityScore {
  mentions: number;
  articles: number;
  resolved: number;
  pairs: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
  falseMerges: number;
  splits: number;
}

function score(set: string): IdentityScore {
  const out = execFileSync("node", [join(fixtures, "score-identity.mjs"), join(fixtures, set), "--json"], {
    cwd: root,
    encoding: "utf8",
    timeout: 240_000,
  });
  const line = out.split("\n").find((l) => l.startsWith("{"));
  if (!line) throw new Error(`score-identity.mjs ${set} printed no --json line:\n${out}`);
  return JSON.parse(line) as IdentityScore;
}

describe("identity across articles, scored against hand-made gold", () => {
  it("the development set (16 articles, three provinces): pairs F1 ≥ 0.97, no node holding two entities", () => {
    const s = score("dev");
    expect(s.articles).toBe(16);
    expect(s.pairs.f1).toBeGreaterThanOrEqual(0.97);
    expect(s.falseMerges).toBe(0);
  }, 300_000);

  it("held-out set B (19 articles, other provinces and Hong Kong): pairs F1 ≥ 0.89, at most 1 false merge", () => {
    const s = score("b");
    expect(s.articles).toBe(19);
    expect(s.pairs.f1).toBeGreaterThanOrEqual(0.89);
    expect(s.falseMerges).toBeLessThanOrEqual(1);
  }, 300_000);
});
