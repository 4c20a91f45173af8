// The build CLI run as a person runs it: a subprocess on temp folders.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION } from "../../src/extract/index";
import { serializedGraphSchema } from "../../src/graph/contract";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const SCRIPT = join(ROOT, "scripts", "build-graph.ts");

const GOOD_BODY = "河南省教育廳召開會議\n\n1月21日,省教育廳召開疫情防控工作會議。\n";
const GOOD = `---\ntitle: 測試新聞\ndate: 2020-01-22\nyear: 2020\n---\n${GOOD_BODY}`;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
// 「河南省教育厅发布通知。」 in GBK.
const GBK = Buffer.from([186, 211, 196, 207, 202, 161, 189, 204, 211, 253, 204, 252, 183, 162, 178, 188, 205, 168, 214, 170, 161, 163]);
// Bytes that are not UTF-8, GB18030 or Big5.
const UNDECODABLE = Buffer.from([0x3c, 0x70, 0x3e, 0xa1, 0x20, 0x41]);

let work: string;

function run(args: string[]) {
  const r = spawnSync(TSX, [SCRIPT, ...args], { cwd: work, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, errorLines: r.stderr.split("\n").filter((l) => l !== "") };
}

function write(path: string, data: string | Buffer) {
  mkdirSync(dirname(join(work, path)), { recursive: true });
  writeFileSync(join(work, path), data);
}

const readGraph = (path: string) => serializedGraphSchema.parse(JSON.parse(readFileSync(join(work, path), "utf8")));
const leftovers = (dir: string) => readdirSync(join(work, dir)).filter((f) => f.endsWith(".tmp"));

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "build-graph-test-"));
  write("mixed/good.txt", GOOD);
  write("mixed/empty.txt", "");
  write("mixed/binary.txt", PNG);
  write("mixed/gbk.html", GBK);
  write("mixed/undecodable.html", UNDECODABLE);
  write("mixed/notes.md", "not an article: ignored inside a folder");

  write("many/b/report.txt", "乙報告正文。");
  write("many/a/report.txt", "甲報告正文。");
  write("many/page.html", "<html><head><title>頁面</title></head><body><script>var s='腳本';</script><p>網頁正文。</p></body></html>");
  write("many/z.txt", GOOD);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("build-graph CLI", { timeout: 60_000 }, () => {
  it("reports each bad input on one line, builds the good file and exits 1", () => {
    const r = run(["--input", "mixed", "missing/nowhere.txt", "--out", "out/graph.json"]);
    expect(r.code).toBe(1);
    expect(r.errorLines.sort()).toEqual([
      expect.stringMatching(/^error: missing\/nowhere\.txt: no such file or directory$/),
      expect.stringMatching(/^error: mixed\/binary\.txt: binary file/),
      expect.stringMatching(/^error: mixed\/empty\.txt: empty file$/),
      expect.stringMatching(/^error: mixed\/undecodable\.html: not valid UTF-8 .*GB18030 or Big5/),
    ]);
    expect(r.stdout).toMatch(/wrote out\/graph\.json: 2 articles, \d+ nodes, \d+ edges; 4 failed/);

    const graph = readGraph("out/graph.json");
    expect(graph.options).toEqual({ type: "directed", multi: true, allowSelfLoops: false });
    expect(graph.attributes.builtWith).toBe(EXTRACTOR_VERSION);
    // The GBK page is read in its encoding.
    expect(graph.attributes.sources[0]).toMatchObject({ id: "gbk", text: "河南省教育厅发布通知。" });
    expect(graph.attributes.sources.slice(1)).toEqual([
      {
        id: "good",
        title: "測試新聞",
        date: "2020-01-22",
        // The jurisdiction the resolver read from the headline's body, 河南省教育廳.
        region: { code: "410000", names: ["河南省"], by: "text" },
        chars: GOOD_BODY.length,
        sha256: createHash("sha256").update(GOOD_BODY, "utf8").digest("hex"),
        text: GOOD_BODY,
      },
    ]);
    expect(leftovers("out")).toEqual([]);
  });

  it("gives byte-identical output for the same input, whatever the order of the arguments", () => {
    const first = run(["--input", "many", "--out", "det/one.json", "--quiet"]);
    const second = run(["-i", "many/z.txt", "many/page.html", "many/b", "many/a", "-o", "det/two.json", "-q"]);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(first.stdout + first.stderr + second.stdout + second.stderr).toBe(""); // --quiet and no errors
    expect(readFileSync(join(work, "det/one.json"))).toEqual(readFileSync(join(work, "det/two.json")));

    const sources = readGraph("det/one.json").attributes.sources;
    expect(sources.map((s) => s.id)).toEqual(["a/report", "b/report", "page", "z"]);
    const page = sources.find((s) => s.id === "page")!;
    expect(page).toMatchObject({ title: "頁面", text: "網頁正文。", chars: 5 });
    // Every span the graph holds indexes its source's text.
    const graph = readGraph("det/one.json");
    const textOf = new Map(sources.map((s) => [s.id, s.text]));
    for (const span of [...graph.nodes.flatMap((n) => n.attributes.mentions), ...graph.edges.flatMap((e) => e.attributes.evidence)]) {
      expect(span.end).toBeLessThanOrEqual(textOf.get(span.doc)!.length);
    }
  });

  it("writes nothing and keeps an existing graph when no input can be read", () => {
    write("keep/graph.json", "OLD GRAPH");
    const r = run(["--input", "mixed/empty.txt", "mixed/binary.txt", "--out", "keep/graph.json"]);
    expect(r.code).toBe(1);
    expect(r.errorLines).toEqual([
      expect.stringMatching(/^error: mixed\/binary\.txt: binary file/),
      "error: mixed/empty.txt: empty file",
      "error: no article could be read; keep/graph.json left unchanged",
    ]);
    expect(readFileSync(join(work, "keep/graph.json"), "utf8")).toBe("OLD GRAPH");
    expect(readdirSync(join(work, "keep"))).toEqual(["graph.json"]);
  });

  it("fails cleanly, leaving no temp file, when the output cannot be written", () => {
    mkdirSync(join(work, "blocked/graph.json"), { recursive: true }); // a folder where the file should go
    const r = run(["--input", "mixed/good.txt", "--out", "blocked/graph.json"]);
    expect(r.code).toBe(1);
    expect(r.errorLines).toEqual([expect.stringMatching(/^error: blocked\/graph\.json: cannot write the graph/)]);
    expect(readdirSync(join(work, "blocked"))).toEqual(["graph.json"]);
  });

  it("prints its usage with --help", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    for (const option of ["--input", "--out", "--year", "--quiet", "graph-data/articles", "graph-data/graph.json", "Examples:"]) {
      expect(r.stdout).toContain(option);
    }
  });
});
