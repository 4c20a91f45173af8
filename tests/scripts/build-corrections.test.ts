// The build CLI with a corrections file, run as a person runs it: a subprocess
// in a temp folder holding graph-data/articles and graph-data/corrections.json.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { serializedGraphSchema } from "../../src/graph/contract";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const SCRIPT = join(ROOT, "scripts", "build-graph.ts");

const A = "1月21日，省教育厅厅长张明主持召开疫情防控工作会议。出现发热怎么办局印发通知。";
const B = "1月22日，市卫健委主任張明到市人民醫院調研。";
const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words });

const MERGE = { id: "c1", op: "merge", node: { doc: "b", ...at(B, "張明") }, into: { doc: "a", ...at(A, "张明") }, context: { label: "張明", sentence: B } };
const DELETE = { id: "c2", op: "delete-node", node: { doc: "a", ...at(A, "出现发热怎么办局") }, context: { label: "出现发热怎么办局", sentence: "出现发热怎么办局印发通知。" } };
const fileOf = (...corrections: unknown[]) => JSON.stringify({ version: 1, corrections }, null, 2);

const roots: string[] = [];
let work: string;

function write(path: string, data: string) {
  mkdirSync(dirname(join(work, path)), { recursive: true });
  writeFileSync(join(work, path), data);
}

function build(...args: string[]) {
  const r = spawnSync(TSX, [SCRIPT, "--quiet", ...args], { cwd: work, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stderr: r.stderr.split("\n").filter(Boolean) };
}

const graphText = () => readFileSync(join(work, "graph-data/graph.json"), "utf8");
const graph = () => serializedGraphSchema.parse(JSON.parse(graphText()));
const nodesLabelled = (label: string) => graph().nodes.filter((n) => n.attributes.label === label);

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "build-corrections-"));
  roots.push(work);
  write("graph-data/articles/a.txt", A);
  write("graph-data/articles/b.txt", B);
});
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

describe("build-graph with corrections", { timeout: 120_000 }, () => {
  it("applies graph-data/corrections.json after extraction, marks what it changed, and gives the same bytes each time", () => {
    expect(build()).toEqual({ code: 0, stderr: [] });
    expect(nodesLabelled("张明")).toHaveLength(1);
    expect(nodesLabelled("出现发热怎么办局")).toHaveLength(1);

    write("graph-data/corrections.json", fileOf(MERGE, DELETE));
    expect(build()).toEqual({ code: 0, stderr: [] });
    const first = graphText();
    const merged = nodesLabelled("张明");
    expect(merged).toHaveLength(1);
    expect(merged[0].attributes.aliases).toContain("張明");
    expect(merged[0].attributes.corrected).toEqual(["c1"]);
    expect(nodesLabelled("出现发热怎么办局")).toHaveLength(0);
    expect(graph().attributes.corrections).toEqual([
      { entry: MERGE, status: "applied", was: "張明" },
      { entry: DELETE, status: "applied", was: "agency 出现发热怎么办局" },
    ]);
    build();
    expect(graphText()).toBe(first);
  });

  it("skips the file with --no-corrections and reads another with --corrections FILE", () => {
    write("graph-data/corrections.json", fileOf(MERGE, DELETE));
    write("mine.json", fileOf(DELETE));
    build("--no-corrections");
    expect(nodesLabelled("出现发热怎么办局")).toHaveLength(1);
    expect(graph().attributes.corrections).toBeUndefined();
    build("--corrections", "mine.json");
    expect(nodesLabelled("出现发热怎么办局")).toHaveLength(0);
    expect(nodesLabelled("張明")).toHaveLength(1);
    expect(build("--corrections", "missing.json")).toMatchObject({ code: 1, stderr: ["error: missing.json: cannot read the corrections file: no such file"] });
  });

  it("reports a correction made stale by editing or removing its article, keeps it in the file and applies the rest", () => {
    const text = fileOf(MERGE, DELETE);
    write("graph-data/corrections.json", text);
    write("graph-data/articles/a.txt", `据悉，本周召开多次会议。${A}`);
    write("graph-data/articles/b.txt", B.replace("張明", "李華"));
    const r = build();
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([
      "stale: graph-data/corrections.json: correction c1 (merge): stale: the article b changed and the words 「張明」 are no longer in it (kept in the file)",
    ]);
    expect(nodesLabelled("出现发热怎么办局")).toHaveLength(0);
    expect(readFileSync(join(work, "graph-data/corrections.json"), "utf8")).toBe(text);
    rmSync(join(work, "graph-data/articles/b.txt"));
    expect(build().stderr[0]).toContain("correction c1 (merge): stale: the article b is not in the graph");
  });

  it("names the bad entry of a bad file and still builds the graph from the good ones", () => {
    write("graph-data/corrections.json", fileOf({ id: "c9", op: "rename", node: { doc: "a" } }, DELETE));
    const r = build();
    expect(r.code).toBe(1);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toMatch(/^error: graph-data\/corrections\.json: entry 1 \(id c9\): node\.start: .*kept in the file\)$/);
    expect(nodesLabelled("出现发热怎么办局")).toHaveLength(0);

    write("graph-data/corrections.json", "{ not json");
    const bad = build();
    expect(bad.code).toBe(1);
    expect(bad.stderr[0]).toMatch(/^error: graph-data\/corrections\.json: not JSON/);
    expect(nodesLabelled("出现发热怎么办局")).toHaveLength(1);
  });
});
