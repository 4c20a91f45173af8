// The build CLI's extraction cache and worker threads, run as a person runs
// them: 1 worker, 2 workers and a cache hit give the same bytes; an added
// article is the only one extracted; a damaged entry is rebuilt; --no-cache
// neither reads nor writes the cache.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const SCRIPT = join(ROOT, "scripts", "build-graph.ts");
const ARTICLES = join(ROOT, "tests/fixtures/dev/articles");

let work: string;

function build(args: string[]) {
  const r = spawnSync(TSX, [SCRIPT, "-q", ...args], { cwd: work, encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
}

/** Every cache entry's path, sorted. */
function entries(cache: string): string[] {
  try {
    return readdirSync(cache, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json")).sort();
  } catch {
    return [];
  }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "build-cache-test-"));
  cpSync(ARTICLES, join(work, "articles"), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("build-graph: cache and workers", () => {
  it("gives the same bytes with 1 worker, 2 workers, a cold cache and a warm one", () => {
    const cache = join(work, "cache");
    build(["-i", "articles", "-o", "one.json", "--workers", "1", "--no-cache", "--cache-dir", cache]);
    expect(entries(cache)).toEqual([]);
    build(["-i", "articles", "-o", "two.json", "--workers", "2", "--cache-dir", cache]);
    const articles = readdirSync(join(work, "articles")).length;
    expect(entries(cache)).toHaveLength(articles);
    build(["-i", "articles", "-o", "hit.json", "--workers", "2", "--cache-dir", cache]);
    const one = readFileSync(join(work, "one.json"));
    expect(one.length).toBeGreaterThan(1000);
    expect(readFileSync(join(work, "two.json")).equals(one)).toBe(true);
    expect(readFileSync(join(work, "hit.json")).equals(one)).toBe(true);
  }, 180_000);

  it("extracts only the added article, and rebuilds a damaged entry with the same result", () => {
    const cache = join(work, "cache2");
    const names = readdirSync(join(work, "articles")).sort();
    const [added, ...rest] = names;
    cpSync(join(work, "articles"), join(work, "fewer"), { recursive: true });
    rmSync(join(work, "fewer", added));
    build(["-i", "fewer", "-o", "fewer.json", "--cache-dir", cache]);
    const before = entries(cache);
    expect(before).toHaveLength(rest.length);
    build(["-i", "articles", "-o", "all.json", "--cache-dir", cache]);
    const after = entries(cache);
    expect(after).toHaveLength(names.length);
    // The earlier entries are untouched: only the new article was extracted and written.
    expect(after.filter((f) => !before.includes(f))).toHaveLength(1);

    const damaged = join(cache, after[0]);
    writeFileSync(damaged, "{\"key\":");
    build(["-i", "articles", "-o", "again.json", "--cache-dir", cache]);
    expect(readFileSync(join(work, "again.json")).equals(readFileSync(join(work, "all.json")))).toBe(true);
    expect(() => JSON.parse(readFileSync(damaged, "utf8"))).not.toThrow();
  }, 180_000);
});
