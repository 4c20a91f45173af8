// The export command run as a person would run it: a subprocess, real files.
import { spawnSync } from "node:child_process";
import { spawn } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
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
import { python } from "../export/readers";

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

describe("npm run export", { timeout: 90_000 }, () => {
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
    const labelOf = (key: string) => g.getNodeAttribute(g.findNode((_n, a) => a.key === key), "label");
    expect(labelOf(SEED)).toBe("郑邦山");
    expect(labelOf("agency:河南省教育廳")).toBe("河南省教育厅");
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
    expect(run("--graph", graphFile, "--format", "csv").stderr).toContain("csv writes several files: give --out");
  });

  it("--help lists the options and formats", () => {
    const r = run("--help");
    expect(r.code).toBe(0);
    for (const word of ["--graph", "--node", "--depth", "--path", "--nodes", "--types", "--relations", "--from", "--to", "--script", "--format", "--out", "gexf", "graphml", "cypher", "nodes.csv"]) {
      expect(r.stdout).toContain(word);
    }
  });

  it("--from and --to refuse days that do not exist, and take 29 February of a leap year", () => {
    for (const day of ["2020-02-31", "2021-02-29"]) {
      const r = run("--graph", graphFile, "--to", day);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`error: --to: ${day} is not a date YYYY-MM-DD (a real day)\n`);
    }
    expect(run("--graph", graphFile, "--from", "2020-02-29", "--out", join(dir, "leap.json")).code).toBe(0);
  });

  it("write failures: one error line naming the path and the reason, no stack trace", () => {
    const file = join(dir, "plain-file");
    writeFileSync(file, "x");
    mkdirSync(join(dir, "a-folder"), { recursive: true });
    const cases: [string, string][] = [
      [join(dir, "a-folder"), `error: ${join(dir, "a-folder")}: it is a directory`],
      [join(file, "under.json"), `error: ${join(file, "under.json")}: a part of the path is a file, not a folder`],
      ["", "error: --out: the path is empty"],
      [graphFile, `error: ${graphFile}: it is the graph being read (${graphFile}); choose another --out`],
    ];
    const before = readFileSync(graphFile);
    for (const [out, message] of cases) {
      const r = run("--graph", graphFile, "--out", out);
      expect(r.code, out).toBe(1);
      expect(r.stderr).toBe(`${message}\n`);
    }
    expect(readFileSync(graphFile)).toEqual(before);
    expect(readFileSync(file, "utf8")).toBe("x");
  });

  it("--out a symbolic link writes the file it points to and keeps the link", () => {
    const real = join(dir, "targets", "real.json");
    const link = join(dir, "link.json");
    symlinkSync(real, link); // dangling at first: the target is created
    expect(run("--graph", graphFile, "--nodes", SEED, "--out", link).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(JSON.parse(readFileSync(real, "utf8")).nodes).toHaveLength(1);
    expect(run("--graph", graphFile, "--out", link).code).toBe(0); // and again, over the now existing target
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(real, "utf8")).nodes.length).toBe(testGraph().order);
  });

  it("--out a FIFO writes into it and leaves it a FIFO", async () => {
    const fifo = join(dir, "pipe");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const received = join(dir, "from-pipe.json");
    const reader = spawn("sh", ["-c", 'cat "$1" > "$2"', "sh", fifo, received]);
    const done = new Promise<number | null>((ok) => reader.on("exit", ok));
    const r = run("--graph", graphFile, "--nodes", SEED, "--out", fifo);
    expect(r.code, r.stderr).toBe(0);
    expect(await done).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(readFileSync(received, "utf8")).nodes[0].key).toBe(SEED);
  });

  it("a graph file whose span ends at 300,000,000: one clear error, no crash", () => {
    const huge = join(dir, "huge-span.json");
    const node = (key: string, end: number) => ({ key, attributes: { label: key, type: "official", aliases: [], mentions: [{ doc: "d", start: end - 1, end }], x: 0, y: 0, size: 1, color: "#000000" } });
    writeFileSync(huge, JSON.stringify({ attributes: { builtWith: "x" }, nodes: [node("official:a", 300_000_000), node("official:b", 2)], edges: [] }));
    const r = run("--graph", huge, "--format", "gexf");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: ${huge} is not a valid graph:\n  - nodes[0].attributes.mentions[0].end: 300000000 is past any article`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("node keys that collide once XML-forbidden characters are replaced, and __proto__, export to GEXF and GraphML", () => {
    const data = JSON.parse(readFileSync(graphFile, "utf8"));
    const like = data.nodes[0].attributes;
    // __proto__ alone, with an edge: graphology-gexf's writer failed on it ("Bad Parameter").
    const proto = { ...data, nodes: [...data.nodes, { key: "__proto__", attributes: { ...like, label: "原型" } }] };
    proto.edges = [...data.edges, { key: "to-proto", source: data.nodes[0].key, target: "__proto__", attributes: { relation: "leads", evidence: [] } }];
    const protoFile = join(dir, "proto.json");
    writeFileSync(protoFile, JSON.stringify(proto));
    const viaGexf = join(dir, "proto.gexf");
    expect(run("--graph", protoFile, "--format", "gexf-1.2", "--out", viaGexf).code).toBe(0);
    // Read by networkx (graphology-gexf's own parser fails on a __proto__ node with edges).
    const edge = python<boolean>(
      `import json, networkx as nx\nprint(json.dumps(nx.read_gexf("p.gexf").has_edge(${JSON.stringify(data.nodes[0].key)}, "__proto__")))`,
      { "p.gexf": readFileSync(viaGexf) },
      ["networkx"],
    );
    expect(edge).toBe(true);
    for (const key of ["official:甲\u0001乙", "official:甲\u0002乙", "__proto__"]) data.nodes.push({ key, attributes: { ...like, label: "甲乙" } });
    const keys = join(dir, "keys.json");
    writeFileSync(keys, JSON.stringify(data));
    for (const format of ["gexf", "gexf-1.2", "graphml"]) {
      const out = join(dir, `keys.${format}.xml`);
      const r = run("--graph", keys, "--format", format, "--out", out);
      expect(r.code, r.stderr).toBe(0);
      const ids = [...readFileSync(out, "utf8").matchAll(/<node id="([^"]*)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(data.nodes.length);
      // And the file comes back in (GraphML was refused as "not valid JSON" when an article held U+2028).
      expect(run("--graph", out, "--format", "json", "--out", join(dir, `keys.${format}.json`)).code).toBe(0);
    }
  });

  it("an article with U+2028 exports to GraphML that the export then reads again", () => {
    const data = JSON.parse(readFileSync(graphFile, "utf8"));
    data.attributes.sources[0].text += "\u2028末";
    data.attributes.sources[0].chars += 2;
    const file = join(dir, "u2028.json");
    writeFileSync(file, JSON.stringify(data));
    const out = join(dir, "u2028.graphml");
    expect(run("--graph", file, "--out", out).code).toBe(0);
    const back = join(dir, "u2028.back.json");
    const r = run("--graph", out, "--out", back);
    expect(r.code, r.stderr).toBe(0);
    const text = JSON.parse(readFileSync(back, "utf8")).attributes.sources.find((s: { id: string }) => s.id === data.attributes.sources[0].id).text;
    expect(text).toBe(data.attributes.sources[0].text);
  });

  it("--format sqlite and neo4j-import write their files; the neo4j set says how to load it", () => {
    const db = join(dir, "g.sqlite");
    expect(run("--graph", graphFile, "--out", db).code).toBe(0); // format from the extension
    expect(readFileSync(db).subarray(0, 16).toString("latin1")).toBe("SQLite format 3\0");
    const folder = join(dir, "neo4j") + "/";
    const r = run("--graph", graphFile, "--format", "neo4j-import", "--out", folder);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(["articles.csv", "entities.csv", "graph.csv", "mentions.csv", "relationships.csv"]);
    expect(r.stderr).toContain("neo4j-admin database import full");
  });
});
