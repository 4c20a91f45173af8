// The export command run as a person would run it: a subprocess, real files.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/graph/build";
import { neighbourhood, shortestPath } from "../../src/graph/select";
import { AWKWARD_KEY, SEED, testGraph } from "../export/fixture";

const TSX = join(process.cwd(), "node_modules/tsx/dist/cli.mjs");
let dir: string;
let graphFile: string;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [TSX, "scripts/export.ts", ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "export-cli-"));
  graphFile = join(dir, "graph.json");
  writeFileSync(graphFile, serializeGraph(testGraph()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run export", { timeout: 30_000 }, () => {
  it("--node --depth --format gexf writes the neighbourhood, the same bytes on every run", () => {
    const out = join(dir, "n.gexf");
    const r = run("--graph", graphFile, "--node", SEED, "--depth", "2", "--format", "gexf", "--out", out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/wrote .*n\.gexf \(gexf\): \d+ nodes/);
    const parsed = parseGexf(Graph, readFileSync(out, "utf8"));
    expect(new Set(parsed.nodes())).toEqual(neighbourhood(testGraph(), SEED, 2));
    const first = readFileSync(out);
    expect(run("--graph", graphFile, "--node", SEED, "--depth", "2", "--out", out).code).toBe(0); // format from the extension
    expect(readFileSync(out)).toEqual(first);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("--path writes the shortest path as contract JSON", () => {
    const out = join(dir, "p.json");
    const r = run("--graph", graphFile, "--path", AWKWARD_KEY, "agency:河南省教育廳", "--out", out);
    expect(r.code, r.stderr).toBe(0);
    const data = JSON.parse(readFileSync(out, "utf8"));
    const path = shortestPath(testGraph(), AWKWARD_KEY, "agency:河南省教育廳")!;
    expect(data.nodes.map((n: { key: string }) => n.key).sort()).toEqual([...path.nodes].sort());
    expect(data.edges.map((e: { key: string }) => e.key).sort()).toEqual([...path.edges].sort());
  });

  it("--types --from --to --format csv into a directory", () => {
    const out = join(dir, "window") + "/";
    const r = run("--graph", graphFile, "--types", "official,meeting", "--from", "2020-01-22", "--to", "2020-01-27", "--format", "csv", "--out", out);
    expect(r.code, r.stderr).toBe(0);
    const read = (f: string) => Papa.parse<Record<string, string>>(readFileSync(join(out, f), "utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    const nodes = read("nodes.csv");
    const edges = read("edges.csv");
    expect(nodes.length).toBeGreaterThan(2);
    expect(new Set(nodes.map((n) => n.type))).toEqual(new Set(["official", "meeting"]));
    for (const n of nodes) if (n.date) expect(n.date >= "2020-01-22" && n.date <= "2020-01-27").toBe(true);
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) if (e.date) expect(e.date >= "2020-01-22" && e.date <= "2020-01-27").toBe(true);
  });

  it("--nodes with --script simplified, as GraphML; csv to a base name", () => {
    const out = join(dir, "two.graphml");
    const r = run("--graph", graphFile, "--nodes", `${SEED},agency:河南省教育廳`, "--script", "simplified", "--out", out);
    expect(r.code, r.stderr).toBe(0);
    const g = parseGraphml(Graph, readFileSync(out, "utf8"));
    expect(g.order).toBe(2);
    expect(g.getNodeAttribute(SEED, "label")).toBe("郑邦山");
    expect(g.getNodeAttribute("agency:河南省教育廳", "label")).toBe("河南省教育厅");
    expect(run("--graph", graphFile, "--nodes", SEED, "--format", "csv", "--out", join(dir, "one.csv")).code).toBe(0);
    expect(existsSync(join(dir, "one.nodes.csv")) && existsSync(join(dir, "one.edges.csv"))).toBe(true);
  });

  it("writes to standard output without --out", () => {
    const r = run("--graph", graphFile, "--node", SEED, "--format", "svg");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^<\?xml[\s\S]*<\/svg>\n$/);
  });

  it("an unknown key: names it and suggests the node meant", () => {
    const r = run("--graph", graphFile, "--node", "official:郑邦山");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("unknown node key: official:郑邦山");
    expect(r.stderr).toContain(`did you mean, for official:郑邦山:\n  ${SEED}`);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("a missing or malformed graph file: names the file and the reason", () => {
    const missing = run("--graph", join(dir, "nope.json"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`cannot read graph file ${join(dir, "nope.json")}: no such file`);
    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{"nodes": [');
    const malformed = run("--graph", bad);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain(`${bad} is not a valid graph:\n  - not valid JSON`);
    const data = JSON.parse(readFileSync(graphFile, "utf8"));
    delete data.nodes[0].attributes.type;
    writeFileSync(bad, JSON.stringify(data));
    expect(run("--graph", bad).stderr).toContain(`nodes[0].attributes.type (node ${data.nodes[0].key}): missing: must be one of official`);
  });

  it("bad options: format, type, date, two selections", () => {
    expect(run("--graph", graphFile, "--format", "png").stderr).toMatch(/argument 'png' is invalid/);
    expect(run("--graph", graphFile, "--types", "person").stderr).toContain("--types: unknown person; choose from official");
    expect(run("--graph", graphFile, "--from", "2020-13-40").stderr).toContain("--from: 2020-13-40 is not a date");
    expect(run("--graph", graphFile, "--node", SEED, "--path", SEED, SEED).stderr).toContain("choose one of --node, --path and --nodes");
    expect(run("--graph", graphFile, "--format", "csv").stderr).toContain("csv writes two files: give --out");
  });

  it("--help lists the options and formats", () => {
    const r = run("--help");
    expect(r.code).toBe(0);
    for (const word of ["--graph", "--node", "--depth", "--path", "--nodes", "--types", "--relations", "--from", "--to", "--script", "--format", "--out", "gexf", "graphml", "cypher", "nodes.csv"]) {
      expect(r.stdout).toContain(word);
    }
  });
});
