import { describe, expect, it } from "vitest";
import type { ExplorerBenchResult } from "../../scripts/bench/explorer-bench";
import type { BenchGraph } from "../../scripts/bench/explorer/graphs";
import type { PanRun } from "../../scripts/bench/explorer/pan";
import { explorerVerdicts, panFps, panOverhead } from "../../scripts/bench/report";

const graph = (name: string, articles: number): BenchGraph => ({ name, articles, file: `/x/${name}.json`, bytes: 1 });
const run = (intervals: number[]): PanRun => ({ frames: intervals.length + 2, ms: 1, intervals, renderMs: [1] });
const load = (onScreen: number) => ({ graphArrived: 1, rendered: onScreen - 10, onScreen, scripts: [] });

function result(parts: Partial<ExplorerBenchResult>): ExplorerBenchResult {
  return { firstFrame: [{ graph: graph("seed", 1), loads: [load(700), load(900), load(1200)] }], pan: [], ...parts };
}

const statusOf = (r: ExplorerBenchResult, start: string) => explorerVerdicts(r).find((v) => v.target.startsWith(start))?.status;

describe("explorer bench report", () => {
  it("takes frames per second from the median interval between renders, over all runs", () => {
    expect(panFps([run([100, 100, 400]), run([100, 900])])).toBeCloseTo(10);
    expect(panOverhead(8, 10)).toBeCloseTo(1.25);
  });

  it("judges the seed's first frame on the median load", () => {
    expect(statusOf(result({}), "first frame of the seed")).toBe("met");
    const slow = result({ firstFrame: [{ graph: graph("seed", 1), loads: [load(700), load(1100), load(1200)] }] });
    expect(statusOf(slow, "first frame of the seed")).toBe("not met");
    expect(statusOf(result({ firstFrame: [{ graph: graph("seed", 1), loads: [], error: "timeout" }] }), "first frame of the seed")).toBe("not met");
  });

  it("judges search on its slowest keystroke, not its median", () => {
    const search = (worst: number) => ({ graph: graph("10,000 articles", 10000), queries: [], median: 10, worst, keystrokes: 20 });
    expect(statusOf(result({ search: search(49) }), "search answers")).toBe("met");
    expect(statusOf(result({ search: search(51) }), "search answers")).toBe("not met");
  });

  it("holds the explorer to 1.2 times bare sigma's frame time, and a pan without frames fails", () => {
    const pan = (explorer: number[], bare: number[]) => ({ graph: graph("1,000 articles", 1000), explorer: [run(explorer)], bare: [run(bare)] });
    expect(statusOf(result({ pan: [pan([110, 110, 110], [100, 100, 100])] }), "explorer within")).toBe("met");
    expect(statusOf(result({ pan: [pan([130, 130, 130], [100, 100, 100])] }), "explorer within")).toBe("not met");
    expect(statusOf(result({ pan: [pan([], [100])] }), "explorer within")).toBe("not met");
  });

  it("holds the JavaScript before the first frame to 200 kB gzip", () => {
    const bundle = (gzip: number) => ({ fetched: [], fetchedGzip: gzip, initial: [], initialGzip: gzip, allGzip: gzip, lazy: [] });
    expect(statusOf(result({ bundle: bundle(199_000) }), "at most")).toBe("met");
    expect(statusOf(result({ bundle: bundle(201_000) }), "at most")).toBe("not met");
    expect(statusOf(result({ bundleError: "no load" }), "at most")).toBe("not met");
  });
});
