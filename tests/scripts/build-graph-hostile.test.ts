// The build CLI against hostile paths: links, FIFOs, an article named as --out,
// temp files of killed builds, escape sequences in names and metadata, Ctrl-C
// in the middle of a huge article. Each case is a subprocess on a temp folder.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SCRIPT = join(ROOT, "scripts", "build-graph.ts");
// node itself, not the tsx wrapper: a signal sent to the child reaches the build.
const NODE = [process.execPath, "--import", pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href, SCRIPT];
const GOOD = "河南省教育廳召開會議\n\n1月21日,省教育廳召開疫情防控工作會議。\n";

let work: string;
const at = (p: string) => join(work, p);

function run(args: string[]) {
  const r = spawnSync(NODE[0], [...NODE.slice(1), ...args], { cwd: work, encoding: "utf8", timeout: 30_000, env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, lines: r.stderr.split("\n").filter((l) => l !== "") };
}

function write(path: string, data: string) {
  mkdirSync(dirname(at(path)), { recursive: true });
  writeFileSync(at(path), data);
}

function mkfifo(path: string) {
  mkdirSync(dirname(at(path)), { recursive: true });
  expect(spawnSync("mkfifo", [at(path)]).status).toBe(0);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "build-graph-hostile-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("build-graph CLI on hostile paths", { timeout: 60_000 }, () => {
  it("names dangling links, linked folders and FIFOs inside a folder instead of skipping them silently, and does not hang", () => {
    write("links/good.txt", GOOD);
    write("elsewhere/hidden.txt", GOOD);
    symlinkSync(at("links/missing.txt"), at("links/dangling.txt"));
    symlinkSync(at("elsewhere"), at("links/folder"));
    mkfifo("links/pipe.txt");
    const r = run(["--input", "links", "--out", "out/links.json", "--quiet"]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.lines.sort()).toEqual([
      "error: links/dangling.txt: a symbolic link to nothing (dangling): skipped",
      "error: links/pipe.txt: not a regular file (a FIFO): nothing read; copy it to a file first",
      "note: links/folder: a symbolic link to a folder, not followed: name the folder with --input to include it",
    ]);
    const graph = JSON.parse(readFileSync(at("out/links.json"), "utf8"));
    expect(graph.attributes.sources.map((s: { id: string }) => s.id)).toEqual(["good"]);
  });

  it("refuses a FIFO and a dangling link named as input with one line each, without waiting for a writer", () => {
    mkfifo("named/pipe.txt");
    symlinkSync(at("named/none.txt"), at("named/gone.txt"));
    write("named/good.txt", GOOD);
    const r = run(["-i", "named/pipe.txt", "named/gone.txt", "named/good.txt", "-o", "out/named.json", "-q"]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      "error: named/pipe.txt: not a regular file (a FIFO): nothing read; copy it to a file first",
      "error: named/gone.txt: a symbolic link to nothing (dangling)",
    ]);
    expect(existsSync(at("out/named.json"))).toBe(true);
  });

  it("refuses --out equal to an input, directly or through a link, and leaves the article as it was", () => {
    write("same/a.txt", GOOD);
    symlinkSync(at("same/a.txt"), at("same/graph.json"));
    for (const out of ["same/a.txt", "same/graph.json", "./same/../same/a.txt"]) {
      const r = run(["--input", "same", "--out", out]);
      expect(r.code).toBe(1);
      expect(r.lines).toEqual([`error: ${out}: is one of the inputs: the graph would overwrite an article; give another --out`]);
      expect(readFileSync(at("same/a.txt"), "utf8")).toBe(GOOD);
    }
    expect(lstatSync(at("same/graph.json")).isSymbolicLink()).toBe(true);
  });

  it("writes through a symbolic link to the file it points at, keeping the link", () => {
    write("through/in.txt", GOOD);
    write("through/real/graph.json", "OLD");
    symlinkSync(at("through/real/graph.json"), at("through/graph.json"));
    const r = run(["-i", "through/in.txt", "-o", "through/graph.json", "-q"]);
    expect(r.code).toBe(0);
    expect(lstatSync(at("through/graph.json")).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(at("through/real/graph.json"), "utf8")).attributes.sources).toHaveLength(1);
    expect(readdirSync(at("through/real"))).toEqual(["graph.json"]);
  });

  it("refuses a dangling link and a folder as --out", () => {
    write("refuse/in.txt", GOOD);
    symlinkSync(at("refuse/nowhere.json"), at("refuse/dangling.json"));
    mkdirSync(at("refuse/dir.json"));
    expect(run(["-i", "refuse/in.txt", "-o", "refuse/dangling.json"]).lines).toEqual([
      "error: refuse/dangling.json: a symbolic link to nothing: point it at a file or give another --out",
    ]);
    expect(run(["-i", "refuse/in.txt", "-o", "refuse/dir.json"]).lines).toEqual([
      "error: refuse/dir.json: cannot write the graph: it is a directory; give a file name, such as graph.json",
    ]);
    expect(lstatSync(at("refuse/dangling.json")).isSymbolicLink()).toBe(true);
  });

  it("writes into a FIFO given as --out (as into /dev/stdout) and never replaces it with a file", async () => {
    write("fifo-out/in.txt", GOOD);
    mkfifo("fifo-out/graph.json");
    // The reader is another process, as with `--out >(gzip > g.gz)`.
    const reader = spawn("cat", [at("fifo-out/graph.json")], { stdio: ["ignore", "pipe", "inherit"] });
    let received = "";
    reader.stdout.on("data", (d: Buffer) => (received += d));
    const read = new Promise((done) => reader.on("close", done));
    const build = spawn(NODE[0], [...NODE.slice(1), "-i", "fifo-out/in.txt", "-o", "fifo-out/graph.json", "-q"], { cwd: work, stdio: "ignore" });
    const code = await new Promise((done) => build.on("close", done));
    // A build that replaced the FIFO never opened it: the reader would wait forever.
    const stuck = setTimeout(() => reader.kill(), 10_000);
    await read;
    clearTimeout(stuck);
    expect(code).toBe(0);
    expect(lstatSync(at("fifo-out/graph.json")).isFIFO()).toBe(true);
    expect(JSON.parse(received).attributes.sources).toHaveLength(1);
    expect(readdirSync(at("fifo-out"))).toEqual(["graph.json", "in.txt"]);
  });

  it("removes temp files its own output's killed builds left behind, and no one else's", () => {
    write("stale/in.txt", GOOD);
    // A process that has ended: its pid names no running build.
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    write(`stale/.graph.json.${dead}.tmp`, "half a graph");
    write(`stale/.graph.json.${process.pid}.tmp`, "a build still running");
    write(`stale/.other.json.${dead}.tmp`, "another output's");
    expect(run(["-i", "stale/in.txt", "-o", "stale/graph.json", "-q"]).code).toBe(0);
    expect(readdirSync(at("stale")).sort()).toEqual([`.graph.json.${process.pid}.tmp`, `.other.json.${dead}.tmp`, "graph.json", "in.txt"]);
  });

  it("prints escape sequences in file names and front-matter values escaped", () => {
    write("esc/\u001b[2Jwipe.txt", "\u0000\u0001\u0002 binary");
    // Two control characters in a long article are text, not a binary file: the front matter gets to say what is wrong.
    write("esc/year.txt", `---\nyear: \u001b]0;owned\u0007\u009b31m\u202e\n---\n${"正文。".repeat(200)}`);
    const r = run(["-i", "esc", "-o", "out/esc.json"]);
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(r.lines).toContainEqual(expect.stringMatching(/^error: esc\/\\x1b\[2Jwipe\.txt: /));
    expect(r.lines).toContainEqual(expect.stringMatching(/^error: esc\/year\.txt: .*\\x1b\]0;owned\\x07\\x9b31m\\u202e/));
  });

  it("stops at once on Ctrl-C in the middle of a huge article, leaving the previous graph and no temp file", async () => {
    // A few megabytes of sentences: seconds of extraction, in one synchronous call.
    const sentence = "1月21日,省教育廳廳長王明主持召開全省教育系統疫情防控工作會議,部署有關工作。\n";
    write("huge/article.txt", sentence.repeat(Math.ceil(4_000_000 / sentence.length)));
    write("huge/graph.json", "PREVIOUS");
    const build = spawn(NODE[0], [...NODE.slice(1), "-i", "huge/article.txt", "-o", "huge/graph.json"], { cwd: work, stdio: "ignore" });
    const exited = new Promise<{ code: number | null; signal: string | null; at: number }>((done) => build.on("close", (code, signal) => done({ code, signal, at: performance.now() })));
    // Long enough for Node to start and the extraction to begin.
    await new Promise((done) => setTimeout(done, 4000));
    const sent = performance.now();
    build.kill("SIGINT");
    const killer = setTimeout(() => build.kill("SIGKILL"), 20_000);
    const end = await exited;
    clearTimeout(killer);
    expect(end.signal).toBe("SIGINT");
    // Generous against a loaded machine; before, it finished the extraction first (tens of seconds).
    expect(end.at - sent).toBeLessThan(5000);
    expect(readFileSync(at("huge/graph.json"), "utf8")).toBe("PREVIOUS");
    expect(readdirSync(at("huge")).sort()).toEqual(["article.txt", "graph.json"]);
  });
});
