import { describe, expect, it } from "vitest";
import { BATCH_CHARS, BATCH_ROWS, cypherString, writeCypher } from "../../src/export/cypher";
import type { KnowledgeGraph } from "../../src/graph/build";
import type { EdgeView, NodeView } from "./fixture";
import { AWKWARD_LABEL, testGraph, withExtras } from "./fixture";
import { expectCarried, seedNeighbourhood } from "./roundtrip";

// A reader for Cypher literals (strings, numbers, booleans, null, lists,
// maps) following the Cypher manual's escape rules, written for this test
// so the writer's escaping is checked by something other than itself.
type Literal = string | number | boolean | null | Literal[] | { [k: string]: Literal };

function readLiteral(src: string): Literal {
  let i = 0;
  const ws = () => {
    while (/\s/.test(src[i] ?? "")) i++;
  };
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i}: ${src.slice(i, i + 30)}`);
  };
  const value = (): Literal => {
    ws();
    const c = src[i];
    if (c === "'" || c === '"') return string(c);
    if (c === "[") {
      i++;
      const out: Literal[] = [];
      ws();
      if (src[i] === "]") return i++, out;
      for (;;) {
        out.push(value());
        ws();
        if (src[i] === ",") i++;
        else if (src[i] === "]") return i++, out;
        else fail("expected , or ]");
      }
    }
    if (c === "{") {
      i++;
      const out: { [k: string]: Literal } = {};
      ws();
      if (src[i] === "}") return i++, out;
      for (;;) {
        ws();
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))?.[0] ?? fail("expected a key");
        i += name.length;
        ws();
        if (src[i++] !== ":") fail("expected :");
        out[name] = value();
        ws();
        if (src[i] === ",") i++;
        else if (src[i] === "}") return i++, out;
        else fail("expected , or }");
      }
    }
    const word = /^(-?\d+(\.\d+)?(e-?\d+)?|true|false|null)/.exec(src.slice(i))?.[0] ?? fail("unexpected");
    i += word.length;
    return word === "true" ? true : word === "false" ? false : word === "null" ? null : Number(word);
  };
  const string = (quote: string): string => {
    i++;
    let out = "";
    for (;;) {
      const c = src[i++];
      if (c === undefined) fail("unterminated string");
      if (c === quote) return out;
      if (c === "\n" || c === "\r") fail("raw line break in a string");
      if (c !== "\\") {
        out += c;
        continue;
      }
      const e = src[i++];
      const simple: Record<string, string> = { "\\": "\\", "'": "'", '"': '"', n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };
      if (e in simple) out += simple[e];
      else if (e === "u") {
        out += String.fromCharCode(parseInt(src.slice(i, i + 4), 16));
        i += 4;
      } else fail(`unknown escape \\${e}`);
    }
  };
  const v = value();
  ws();
  if (i !== src.length) fail("trailing text");
  return v;
}

interface Loaded {
  graph: Record<string, Literal>;
  nodes: Map<string, { labels: string; props: Record<string, Literal> }>;
  edges: Map<string, { type: string; source: string; target: string; props: Record<string, Literal> }>;
  articles: Map<string, Record<string, Literal>>;
  mentions: Record<string, Literal>[];
  /** Rows and characters of each :param line. */
  batches: { rows: number; chars: number }[];
}

/** `date(row.date)` as Neo4j would take it: a day YYYY-MM-DD, or nothing (null removes the property). */
function neoDate(value: Literal | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  return `date:${value}`;
}

/** Follows the script the way cypher-shell would: each :param, then the UNWIND that reads it. */
function load(script: string): Loaded {
  const out: Loaded = { graph: {}, nodes: new Map(), edges: new Map(), articles: new Map(), mentions: [], batches: [] };
  let rows: Record<string, Literal>[] = [];
  const withDate = (r: Record<string, Literal>) => {
    const props = { ...(r.props as Record<string, Literal>) };
    const date = neoDate(r.date);
    if (date) props.date = date;
    return props;
  };
  for (const line of script.split("\n")) {
    if (!line || line.startsWith("//")) continue;
    const param = /^:param rows => (.*)$/.exec(line);
    if (param) {
      rows = readLiteral(param[1]) as Record<string, Literal>[];
      out.batches.push({ rows: rows.length, chars: param[1].length });
      continue;
    }
    expect(line.endsWith(";"), line).toBe(true);
    expect(line, "no data spliced into a statement").not.toMatch(/['"]/);
    if (line.startsWith("CREATE CONSTRAINT")) continue;
    let m: RegExpExecArray | null;
    if (line.includes("MERGE (g:Graph) SET g += row;")) Object.assign(out.graph, rows[0]);
    else if (line.includes("MERGE (a:Article {id: row.id}) SET a += row.props, a.date = date(row.date);")) rows.forEach((r) => out.articles.set(r.id as string, { id: r.id, ...withDate(r) }));
    else if ((m = /SET n \+= row\.props, n\.date = date\(row\.date\), n:(\w+);$/.exec(line))) {
      for (const r of rows) out.nodes.set(r.id as string, { labels: m[1], props: withDate(r) });
    } else if (line.includes(":MENTIONED_IN")) out.mentions.push(...rows);
    else if ((m = /MERGE \(s\)-\[r:(\w+) \{id: row\.id\}\]->\(t\) SET r \+= row\.props, r\.date = date\(row\.date\);$/.exec(line))) {
      for (const r of rows) out.edges.set(r.id as string, { type: m[1], source: r.source as string, target: r.target as string, props: withDate(r) });
    } else throw new Error(`unexpected statement: ${line}`);
  }
  return out;
}

const day = (d: unknown) => (typeof d === "string" ? d.replace(/^date:/, "") : undefined);

describe("writeCypher", () => {
  it("carries every node, relationship and piece of evidence through escaped literals", () => {
    const sub = seedNeighbourhood();
    const loaded = load(writeCypher(sub));
    const nodes = new Map<string, NodeView>(
      sub.nodes().map((key) => {
        const p = loaded.nodes.get(key)?.props ?? {};
        return [key, { label: p.label, type: p.type, aliases: p.aliases, titles: p.titles, date: day(p.date) } as NodeView];
      }),
    );
    const edges = new Map<string, EdgeView>(
      sub.edges().map((key) => {
        const e = loaded.edges.get(key)!;
        const p = e.props;
        const docs = p.evidence_doc as string[];
        const evidence = docs.map((doc, i) => ({
          doc,
          start: (p.evidence_start as number[])[i],
          end: (p.evidence_end as number[])[i],
          text: (p.evidence_text as string[])[i],
        }));
        return [key, { source: e.source, target: e.target, relation: p.relation, date: day(p.date), title: p.title, inferred: p.inferred, evidence } as EdgeView];
      }),
    );
    expectCarried(sub, nodes, edges);
    expect(loaded.nodes.size).toBe(sub.order);
    expect(loaded.edges.size).toBe(sub.size);
  });

  it("labels nodes by type and relationships by relation", () => {
    const sub = seedNeighbourhood();
    const loaded = load(writeCypher(sub));
    for (const [key, n] of loaded.nodes) {
      const type = sub.getNodeAttribute(key, "type");
      expect(n.labels).toBe(type[0].toUpperCase() + type.slice(1));
    }
    for (const [key, e] of loaded.edges) expect(e.type).toBe(sub.getEdgeAttribute(key, "relation").toUpperCase());
  });

  it("loads the cited articles with their texts and links each mention to its article", () => {
    const sub = seedNeighbourhood();
    const loaded = load(writeCypher(sub));
    expect([...loaded.articles.keys()]).toEqual(sub.getAttribute("sources").map((s) => s.id));
    for (const s of sub.getAttribute("sources")) expect(loaded.articles.get(s.id)!.text).toBe(s.text);
    const mentionCount = sub.reduceNodes((n, _k, a) => n + a.mentions.length, 0);
    expect(loaded.mentions).toHaveLength(mentionCount);
    for (const m of loaded.mentions) {
      const text = sub.getAttribute("sources").find((s) => s.id === m.doc)!.text;
      expect(m.text).toBe(text.slice(m.start as number, m.end as number));
    }
  });

  it("writes dates as date() values: every dated node, edge and article", () => {
    const sub = seedNeighbourhood();
    const loaded = load(writeCypher(sub));
    const dated = sub.filterEdges((_e, a) => Boolean(a.date));
    expect(dated.length).toBeGreaterThan(0);
    for (const e of dated) expect(loaded.edges.get(e)!.props.date).toBe(`date:${sub.getEdgeAttribute(e, "date")}`);
    sub.forEachNode((n, a) => expect(loaded.nodes.get(n)!.props.date).toBe(a.date ? `date:${a.date}` : undefined));
    for (const s of sub.getAttribute("sources")) expect(loaded.articles.get(s.id)!.date).toBe(s.date ? `date:${s.date}` : undefined);
  });

  it("caps each batch by rows and by size; a row larger than the cap goes alone", () => {
    const big = testGraph().copy() as KnowledgeGraph;
    const [first, ...rest] = big.getAttribute("sources");
    big.setAttribute("sources", [{ ...first, text: first.text + "長".repeat(BATCH_CHARS) }, ...rest]);
    const loaded = load(writeCypher(big));
    expect(loaded.articles.get(first.id)!.text).toBe(first.text + "長".repeat(BATCH_CHARS));
    for (const b of loaded.batches) {
      expect(b.rows).toBeLessThanOrEqual(BATCH_ROWS);
      if (b.rows > 1) expect(b.chars).toBeLessThanOrEqual(BATCH_CHARS + 2);
    }
    expect(loaded.batches.some((b) => b.rows === 1 && b.chars > BATCH_CHARS)).toBe(true);
    // More mentions than one batch of rows holds: split by rows too.
    const node = big.nodes()[0];
    const [span] = big.getNodeAttribute(node, "mentions");
    big.setNodeAttribute(node, "mentions", Array.from({ length: BATCH_ROWS + 100 }, () => span));
    const again = load(writeCypher(big));
    for (const b of again.batches) expect(b.rows).toBeLessThanOrEqual(BATCH_ROWS);
    const mentions = big.reduceNodes((n, _k, a) => n + a.mentions.length, 0);
    expect(mentions).toBeGreaterThan(BATCH_ROWS);
    expect(again.mentions).toHaveLength(mentions);
  });

  it("carries attributes it does not know, on nodes, relationships and the graph", () => {
    const loaded = load(writeCypher(withExtras(seedNeighbourhood())));
    for (const n of loaded.nodes.values()) {
      expect(n.props.region).toBe("河南省");
      expect(JSON.parse(n.props.identity as string)).toEqual({ id: 7, source: "名單" });
    }
    for (const e of loaded.edges.values()) expect(e.props.score).toBe(0.5);
    expect(loaded.graph).toEqual({ builtWith: "test fixture", candidates: '[{"a":"x","b":"y"}]' });
    for (const a of loaded.articles.values()) expect(JSON.parse(a.region as string)).toEqual({ code: "410000", names: ["河南省"], by: "text" });
  });

  it("escapes quotes, backslashes, line breaks and controls, and keeps other characters", () => {
    for (const s of [AWKWARD_LABEL, "it's \\ \"quoted\"", "a\r\nb\tc\u0000d\u2028", "𠮷 𡃁 ' \\' \\\\'"]) {
      expect(readLiteral(cypherString(s))).toBe(s);
    }
    expect(cypherString("𠮷")).toBe("'𠮷'");
    expect(cypherString("x'; MATCH (n) DETACH DELETE n; //")).toBe("'x\\'; MATCH (n) DETACH DELETE n; //'");
  });
});
