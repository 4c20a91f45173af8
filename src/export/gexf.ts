// GEXF for Gephi, Gephi Lite and networkx, in version 1.3 or 1.2 (networkx
// before 3.6 knows only 1.2). Written here: graphology-gexf's writer has no
// time (spells) and writes colours as hex, which networkx 3.6 cannot read.
// - Position, size and colour (r, g, b) go to viz:*; the relation is the
//   edge's label (and kind in 1.3); everything else is a declared attribute.
// - Dynamic: a dated node or edge carries start and end (timeformat "date"),
//   so Gephi's timeline plays the graph. Edges that differ only by their
//   date are folded into one edge with a spell per date (Gephi would merge
//   them and keep one), weight = number of dates; `facts` keeps each date's
//   key and evidence so the file reads back edge for edge.
// - Lists and spans are JSON strings: lossless, and a string column is what
//   every GEXF reader takes.
import type { KnowledgeGraph } from "../graph/build";
import { describeSources, edgeRecords, flatEdge, flatNode, graphExtras, nodeRecords, type Cell, type EdgeRecord } from "./records";
import { escapeXmlAttr as attr, escapeXmlText as text, uniqueXmlIds } from "./xml";

export const GEXF_VERSIONS = ["1.3", "1.2"] as const;
export type GexfVersion = (typeof GEXF_VERSIONS)[number];

const NAMESPACES: Record<GexfVersion, { gexf: string; viz: string; xsd: string }> = {
  "1.3": { gexf: "http://gexf.net/1.3", viz: "http://gexf.net/1.3/viz", xsd: "http://gexf.net/1.3/gexf.xsd" },
  "1.2": { gexf: "http://www.gexf.net/1.2draft", viz: "http://www.gexf.net/1.2draft/viz", xsd: "http://www.gexf.net/1.2draft/gexf.xsd" },
};

type Row = Record<string, Cell>;
type AttrType = "string" | "double" | "boolean";

const HEX = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;
const RGB = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})/i;

/** r, g, b of a hex or rgb() colour; grey for anything else (GEXF has no named colours). */
export function rgbOf(color: string): [number, number, number] {
  const hex = HEX.exec(color);
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
  const rgb = RGB.exec(color);
  if (rgb) return [1, 2, 3].map((i) => Math.min(255, Number(rgb[i]))) as [number, number, number];
  return [153, 153, 153];
}

const typeOf = (v: Exclude<Cell, undefined>): AttrType => (typeof v === "number" ? "double" : typeof v === "boolean" ? "boolean" : "string");

/** Columns in first-seen order with one type each; a column whose values disagree in type becomes a string. */
function columns(rows: Row[]): Map<string, AttrType> {
  const out = new Map<string, AttrType>();
  for (const row of rows) {
    for (const [name, v] of Object.entries(row)) {
      if (v === undefined) continue;
      const t = typeOf(v);
      const had = out.get(name);
      out.set(name, had === undefined || had === t ? t : "string");
    }
  }
  return out;
}

/** One edge of the file: a single fact, or several that differ only by date. */
interface FoldedEdge {
  records: EdgeRecord[];
  dates: string[];
}

/** Dated edges with the same ends, relation, post, `inferred` and extras share one GEXF edge. */
function foldByDate(records: EdgeRecord[]): FoldedEdge[] {
  const groups = new Map<string, FoldedEdge>();
  const out: FoldedEdge[] = [];
  for (const r of records) {
    if (!r.date) {
      out.push({ records: [r], dates: [] });
      continue;
    }
    const sameBut = JSON.stringify([r.source, r.target, r.relation, r.title ?? null, r.inferred, r.extra]);
    const group = groups.get(sameBut);
    if (group) {
      group.records.push(r);
      if (!group.dates.includes(r.date)) group.dates.push(r.date);
    } else {
      const fresh = { records: [r], dates: [r.date] };
      groups.set(sameBut, fresh);
      out.push(fresh);
    }
  }
  for (const e of out) e.dates.sort();
  return out;
}

function edgeRow(e: FoldedEdge): Row {
  const [first] = e.records;
  if (e.records.length === 1) return flatEdge(first);
  const evidence = e.records.flatMap((r) => r.evidence);
  const { date: _date, ...rest } = flatEdge({ ...first, date: undefined, evidence });
  const facts = e.records.map((r) => ({ key: r.id, date: r.date, evidence: r.evidence }));
  return { ...rest, dates: JSON.stringify(e.dates), facts: JSON.stringify(facts) };
}

function attributeBlock(kind: "node" | "edge", cols: Map<string, AttrType>): string {
  if (!cols.size) return "";
  const lines = [...cols].map(([name, type]) => `      <attribute id="${attr(name)}" title="${attr(name)}" type="${type}"/>\n`);
  return `    <attributes class="${kind}" mode="static">\n${lines.join("")}    </attributes>\n`;
}

function attvalues(row: Row, indent: string): string {
  const values = Object.entries(row).filter(([, v]) => v !== undefined);
  if (!values.length) return "";
  const lines = values.map(([name, v]) => `${indent}  <attvalue for="${attr(name)}" value="${attr(String(v))}"/>\n`);
  return `${indent}<attvalues>\n${lines.join("")}${indent}</attvalues>\n`;
}

const num = (v: number) => (Number.isFinite(v) ? String(v) : "0");

export function writeGexf(graph: KnowledgeGraph, version: GexfVersion = "1.3"): string {
  const ns = NAMESPACES[version];
  const nodes = nodeRecords(graph);
  const edges = foldByDate(edgeRecords(graph));
  const nodeIds = uniqueXmlIds(nodes.map((n) => n.id));
  const edgeIds = uniqueXmlIds(edges.map((e) => e.records[0].id));

  // Label and layout have places of their own; the rest are attributes.
  const nodeRows = nodes.map((n) => {
    const { label: _l, x: _x, y: _y, size: _s, color: _c, ...rest } = flatNode(n);
    return rest;
  });
  const edgeRows = edges.map(edgeRow);
  const dynamic = nodes.some((n) => n.date) || edges.some((e) => e.dates.length);

  const extras = graphExtras(graph);
  const description = describeSources(graph) + (Object.keys(extras).length ? `\nattributes: ${JSON.stringify(extras)}` : "");
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<gexf xmlns="${ns.gexf}" xmlns:viz="${ns.viz}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
      ` xsi:schemaLocation="${ns.gexf} ${ns.xsd}" version="${version}">\n`,
    "  <meta>\n",
    `    <creator>${text(graph.getAttribute("builtWith") ?? "")}</creator>\n`,
    `    <description>${text(description)}</description>\n`,
    "  </meta>\n",
    `  <graph defaultedgetype="directed" mode="${dynamic ? "dynamic" : "static"}"${dynamic ? ' timeformat="date"' : ""}>\n`,
    attributeBlock("node", columns(nodeRows)),
    attributeBlock("edge", columns(edgeRows)),
    "    <nodes>\n",
  ];
  nodes.forEach((n, i) => {
    const when = n.date ? ` start="${attr(n.date)}" end="${attr(n.date)}"` : "";
    const [r, g, b] = rgbOf(n.color);
    out.push(
      `      <node id="${attr(nodeIds.get(n.id)!)}" label="${attr(n.label)}"${when}>\n`,
      attvalues(nodeRows[i], "        "),
      `        <viz:size value="${num(n.size)}"/>\n`,
      `        <viz:position x="${num(n.x)}" y="${num(n.y)}"/>\n`,
      `        <viz:color r="${r}" g="${g}" b="${b}"/>\n`,
      "      </node>\n",
    );
  });
  out.push("    </nodes>\n", "    <edges>\n");
  edges.forEach((e, i) => {
    const [first] = e.records;
    const single = e.dates.length === 1 ? ` start="${e.dates[0]}" end="${e.dates[0]}"` : "";
    const kind = version === "1.3" ? ` kind="${attr(first.relation)}"` : "";
    out.push(
      `      <edge id="${attr(edgeIds.get(first.id)!)}" source="${attr(nodeIds.get(first.source)!)}" target="${attr(nodeIds.get(first.target)!)}"` +
        ` label="${attr(first.relation)}"${kind} weight="${e.records.length}"${single}>\n`,
      attvalues(edgeRows[i], "        "),
    );
    if (e.dates.length > 1) {
      out.push("        <spells>\n", ...e.dates.map((d) => `          <spell start="${d}" end="${d}"/>\n`), "        </spells>\n");
    }
    out.push("      </edge>\n");
  });
  out.push("    </edges>\n", "  </graph>\n", "</gexf>\n");
  return out.join("");
}
