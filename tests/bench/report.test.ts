import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BuildBenchResult } from "../../scripts/bench/build-bench";
import { buildVerdicts, extractVerdict, growthTable, updateBenchmarksFile } from "../../scripts/bench/report";

/** A build whose CPU time equals its wall time. */
function build(articles: number, wallMs: number, rssMb: number, error?: string): BuildBenchResult {
  const runs = error ? [] : [{ wallMs, cpuMs: wallMs, maxRssMb: rssMb }];
  const nan = Number.NaN;
  return {
    articles,
    extractions: "planted",
    builder: "once",
    runs,
    medianWallMs: error ? nan : wallMs,
    medianCpuMs: error ? nan : wallMs,
    medianRssMb: error ? nan : rssMb,
    ...(error ? { error } : {}),
  };
}

const statusOf = (verdicts: ReturnType<typeof buildVerdicts>, start: string) => verdicts.find((v) => v.target.startsWith(start))?.status;

describe("bench report", () => {
  it("calls linear growth linear and quadratic growth not", () => {
    const linear = buildVerdicts([build(100, 1000, 100), build(1000, 9000, 900), build(10000, 95000, 9000)]);
    expect(statusOf(linear, "time and memory linear")).toBe("met");
    const quadratic = buildVerdicts([build(100, 1000, 100), build(1000, 9000, 900), build(10000, 900_000, 9000)]);
    expect(statusOf(quadratic, "time and memory linear")).toBe("not met");
    expect(growthTable([build(1000, 9000, 900), build(10000, 900_000, 9000)])[1][3]).toBe("×100 for ×10 articles (n^2.00)");
    // Judged on CPU time: a slow wall clock from other work on the machine does not count.
    const busy = { ...build(10000, 200_000, 9000), medianCpuMs: 95_000 };
    expect(statusOf(buildVerdicts([build(1000, 9000, 900), busy]), "time and memory linear")).toBe("met");
  });

  it("holds the 1,000-article build to 15 s, and a failed larger build is not linear", () => {
    expect(statusOf(buildVerdicts([build(1000, 14_000, 500)]), "1,000 articles")).toBe("met");
    expect(statusOf(buildVerdicts([build(1000, 16_000, 500)]), "1,000 articles")).toBe("not met");
    const failed = buildVerdicts([build(100, 1000, 100), build(1000, 9000, 900), build(10000, 0, 0, "JavaScript heap out of memory")]);
    expect(statusOf(failed, "time and memory linear")).toBe("not met");
  });

  it("does not judge an extractor that returns nothing", () => {
    const v = extractVerdict({ articles: 1, chars: 10, runs: 1, perRun: [1e9], medianCharsPerSecond: 1e9, entitiesPerArticle: 0, relationsPerArticle: 0, extractor: "x" });
    expect(v.status).toBe("n/a");
    const real = extractVerdict({ articles: 1, chars: 10, runs: 1, perRun: [1e6], medianCharsPerSecond: 1e6, entitiesPerArticle: 5, relationsPerArticle: 5, extractor: "x" });
    expect(real.status).toBe("not met");
  });

  it("rewrites only the sections that ran and keeps the hand-written text", () => {
    const file = join(mkdtempSync(join(tmpdir(), "bench-")), "BENCHMARKS.md");
    writeFileSync(file, "# Benchmarks\n\nnotes by hand\n\n<!-- bench:extract:start -->\nold extract\n<!-- bench:extract:end -->\n\n<!-- bench:build:start -->\nold build\n<!-- bench:build:end -->\n\ntail by hand\n");
    updateBenchmarksFile(file, { build: "new build" });
    const text = readFileSync(file, "utf8");
    expect(text).toContain("notes by hand");
    expect(text).toContain("old extract");
    expect(text).toContain("<!-- bench:build:start -->\nnew build\n<!-- bench:build:end -->");
    expect(text).not.toContain("old build");
    expect(text).toContain("tail by hand");
    updateBenchmarksFile(file, { explorer: "pending" });
    expect(readFileSync(file, "utf8").trimEnd().endsWith("<!-- bench:explorer:start -->\npending\n<!-- bench:explorer:end -->")).toBe(true);
  });
});

describe("bench growth table", () => {
  it("reads no growth into steps of a few milliseconds", () => {
    const steps = (layout: number) => ({ read: 10, extract: 0, merge: 1, layout, serialise: 1, write: 3 });
    const a = { ...build(1000, 600, 120), steps: steps(0) };
    const b = { ...build(10000, 1400, 400), steps: steps(0) };
    const [, row] = growthTable([a, b]);
    expect(row[2]).toBe("×2.3 for ×10 articles (n^0.37)");
    expect(row[6]).toBe("–");
  });
});
