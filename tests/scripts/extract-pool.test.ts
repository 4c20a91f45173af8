// Extraction in worker threads with the per-article cache: the outcomes come
// in file order whatever the number of workers, a cache hit gives the same
// extraction, and a damaged cache entry is re-extracted and rewritten.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION } from "../../src/extract/index";
import { buildGraph, serializeGraph } from "../../src/graph/build";
import type { Extraction } from "../../src/extract/types";
import { extractionKey, readCached, writeCached } from "../../scripts/lib/extract-cache";
import { extractInOrder, type PoolOptions } from "../../scripts/lib/extract-pool";
import type { ExtractOutcome } from "../../scripts/lib/extract-task";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const ARTICLES = join(ROOT, "tests/fixtures/dev/articles");

let work: string;
let tasks: { path: string; id: string; format: "text" }[];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "extract-pool-test-"));
  const names = readdirSync(ARTICLES).filter((f) => f.endsWith(".txt")).sort();
  tasks = names.map((f) => ({ path: join(ARTICLES, f), id: f.replace(/\.txt$/, ""), format: "text" as const }));
  // One file that cannot be read, in the middle of the order.
  tasks.splice(2, 0, { path: join(work, "missing.txt"), id: "missing", format: "text" });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function collect(options: PoolOptions): Promise<ExtractOutcome[]> {
  const out: ExtractOutcome[] = [];
  for await (const o of extractInOrder(tasks, options)) out.push(o);
  return out;
}

const graphOf = (outcomes: ExtractOutcome[]) =>
  serializeGraph(buildGraph(outcomes.flatMap((o) => (o.ok ? [o.extraction] : [])), { builtWith: EXTRACTOR_VERSION }));

describe("extractInOrder", () => {
  it("gives outcomes in task order and byte-identical graphs with 1 worker, 2 workers and from the cache", async () => {
    const cacheDir = join(work, "cache");
    const one = await collect({ workers: 1 });
    const two = await collect({ workers: 2, cacheDir });
    const hit = await collect({ workers: 2, cacheDir });

    expect(one.map((o) => o.index)).toEqual(tasks.map((_t, i) => i));
    expect(two.map((o) => o.index)).toEqual(tasks.map((_t, i) => i));
    expect(one[2]).toMatchObject({ ok: false, fsCode: "ENOENT" });
    expect(two.filter((o) => o.ok).every((o) => o.ok && !o.cached)).toBe(true);
    expect(hit.filter((o) => o.ok).every((o) => o.ok && o.cached)).toBe(true);
    expect(one.filter((o) => o.ok)).toHaveLength(tasks.length - 1);

    const bytes = graphOf(one);
    expect(graphOf(two)).toBe(bytes);
    expect(graphOf(hit)).toBe(bytes);
  }, 120_000);

  it("re-extracts what a new article adds and only that", async () => {
    const cacheDir = join(work, "grow-cache");
    const first = tasks.filter((t) => t.id !== "missing").slice(0, 3);
    const more = tasks.filter((t) => t.id !== "missing").slice(0, 4);
    const run = async (list: typeof first) => {
      const out: ExtractOutcome[] = [];
      for await (const o of extractInOrder(list, { workers: 2, cacheDir })) out.push(o);
      return out;
    };
    await run(first);
    const again = await run(more);
    expect(again.map((o) => o.ok && o.cached)).toEqual([true, true, true, false]);
  }, 120_000);
});

describe("the extraction cache", () => {
  const doc = { id: "a", title: "省教育厅召开会议", chars: 4, sha256: "0".repeat(64), text: "省教育厅召开会议" };
  const x: Extraction = { doc, entities: [], relations: [] };

  it("keys by the extractor's version, the year and the source entry", () => {
    const key = extractionKey("v1", doc, 2020);
    expect(extractionKey("v1", { ...doc }, 2020)).toBe(key);
    expect(extractionKey("v2", doc, 2020)).not.toBe(key);
    expect(extractionKey("v1", doc, 2021)).not.toBe(key);
    expect(extractionKey("v1", doc, undefined)).not.toBe(key);
    expect(extractionKey("v1", { ...doc, sha256: "1".repeat(64) }, 2020)).not.toBe(key);
    expect(extractionKey("v1", { ...doc, date: "2020-01-02" }, 2020)).not.toBe(key);
  });

  it("treats a truncated, foreign or missing entry as a miss, and a write repairs it", () => {
    const dir = join(work, "entries");
    const key = extractionKey("v1", doc, 2020);
    expect(readCached(dir, key, doc)).toBeUndefined();
    expect(writeCached(dir, key, x)).toBe(true);
    expect(readCached(dir, key, doc)).toEqual(x);
    const file = join(dir, key.slice(0, 2), `${key}.json`);
    const whole = readFileSync(file, "utf8");
    writeFileSync(file, whole.slice(0, whole.length - 3));
    expect(readCached(dir, key, doc)).toBeUndefined();
    writeFileSync(file, whole.replace(key, "f".repeat(64)));
    expect(readCached(dir, key, doc)).toBeUndefined();
    writeFileSync(file, "null");
    expect(readCached(dir, key, doc)).toBeUndefined();
    writeCached(dir, key, x);
    expect(readCached(dir, key, doc)).toEqual(x);
    expect(readdirSync(join(dir, key.slice(0, 2))).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("a damaged entry in the pool's cache is re-extracted, not fatal", async () => {
    const cacheDir = join(work, "damaged");
    const one = [tasks[0]];
    const run = async () => {
      const out: ExtractOutcome[] = [];
      for await (const o of extractInOrder(one, { workers: 1, cacheDir })) out.push(o);
      return out[0];
    };
    const first = await run();
    const sub = readdirSync(cacheDir)[0];
    const file = join(cacheDir, sub, readdirSync(join(cacheDir, sub))[0]);
    writeFileSync(file, "{\"key\": \"trunc");
    const second = await run();
    expect(second).toMatchObject({ ok: true, cached: false });
    expect(second.ok && first.ok && second.extraction).toEqual(first.ok && first.extraction);
    expect(await run()).toMatchObject({ ok: true, cached: true });
  }, 120_000);
});
