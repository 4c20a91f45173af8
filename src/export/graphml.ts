// GraphML, written here (graphology has a GraphML reader only). One typed
// <key> per column, declared only when some element uses it. Element ids are
// n0, n1 … and e0, e1 …, which the GraphML schema (NMTOKEN) accepts whatever
// the keys hold; each key travels as the `key` data and comes back on import.
// The relation is also the edge's `label` attribute (Gephi's edge type). Colours as
// r/g/b integers, which Gephi and yEd read and graphology-graphml turns back
// into a hex colour. The graph's builtWith and its articles (JSON, with the
// texts every offset indexes) ride as graph data, so the file opens again in
// the explorer with its evidence.
import type { KnowledgeGraph } from "../graph/build";
import { edgeRecords, extraCells, flatEdge, flatNode, graphExtras, nodeRecords, type Cell } from "./records";
import { escapeXmlAttr as attr, escapeXmlText as text, uniqueXmlIds } from "./xml";

type KeyType = "string" | "double" | "int" | "boolean";
interface Key {
  id: string;
  for: "graph" | "node" | "edge";
  name: string;
  type: KeyType;
}

const HEX = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

function typeOf(value: Exclude<Cell, undefined>): KeyType {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return "double";
  return "string";
}

/** Node columns with the colour split into r, g, b when it is a hex colour. */
function nodeRow(row: Record<string, Cell>): Record<string, Cell> {
  const { color, ...rest } = row;
  const m = typeof color === "string" ? HEX.exec(color) : null;
  if (!m) return { ...rest, color };
  return { ...rest, r: parseInt(m[1], 16), g: parseInt(m[2], 16), b: parseInt(m[3], 16) };
}

const INT_COLUMNS = new Set(["r", "g", "b"]);

export function writeGraphml(graph: KnowledgeGraph): string {
  const records = nodeRecords(graph);
  const idOf = new Map(records.map((r, i) => [r.id, `n${i}`]));
  // Keys as data, apart even when XML-forbidden characters in them are replaced.
  const nodeKeys = uniqueXmlIds(records.map((r) => r.id));
  const nodes = records.map((r) => ({ id: idOf.get(r.id)!, row: { key: nodeKeys.get(r.id), ...nodeRow(flatNode(r)) } }));
  const edgeList = edgeRecords(graph);
  const edgeKeys = uniqueXmlIds(edgeList.map((r) => r.id));
  const edges = edgeList.map((r, i) => ({
    id: `e${i}`,
    source: idOf.get(r.source)!,
    target: idOf.get(r.target)!,
    relation: r.relation,
    row: { key: edgeKeys.get(r.id), label: r.relation, ...flatEdge(r) },
  }));
  const base: Record<string, Cell> = {
    builtWith: graph.getAttribute("builtWith"),
    sources: JSON.stringify(graph.getAttribute("sources") ?? []),
  };
  const graphRow = { ...base, ...extraCells(graphExtras(graph), Object.keys(base)) };

  // Keys in column order, declared when some element fills them: the same graph gives the same file.
  const keys: Key[] = [];
  const keyId = new Map<string, string>();
  const declare = (scope: Key["for"], rows: Record<string, Cell>[]) => {
    const found = new Map<string, KeyType | null>();
    for (const row of rows) {
      for (const [name, value] of Object.entries(row)) {
        if (value === undefined) {
          if (!found.has(name)) found.set(name, null);
          continue;
        }
        const type = INT_COLUMNS.has(name) ? "int" : typeOf(value);
        const had = found.get(name);
        found.set(name, had == null || had === type ? type : "string");
      }
    }
    for (const [name, type] of found) {
      if (!type) continue;
      const id = `d${keys.length}`;
      keyId.set(`${scope}\u0000${name}`, id);
      keys.push({ id, for: scope, name, type });
    }
  };
  declare("graph", [graphRow]);
  declare("node", nodes.map((n) => n.row));
  declare("edge", edges.map((e) => e.row));

  const data = (scope: Key["for"], row: Record<string, Cell>, indent: string) =>
    Object.entries(row)
      .filter(([, v]) => v !== undefined)
      .map(([name, v]) => `${indent}<data key="${keyId.get(`${scope}\u0000${name}`)}">${text(String(v))}</data>\n`)
      .join("");

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  ];
  for (const k of keys) {
    out.push(`  <key id="${k.id}" for="${k.for}" attr.name="${attr(k.name)}" attr.type="${k.type}"/>\n`);
  }
  out.push('  <graph id="G" edgedefault="directed">\n', data("graph", graphRow, "    "));
  for (const n of nodes) out.push(`    <node id="${n.id}">\n`, data("node", n.row, "      "), "    </node>\n");
  for (const e of edges) {
    out.push(`    <edge id="${e.id}" source="${e.source}" target="${e.target}" label="${attr(e.relation)}">\n`, data("edge", e.row, "      "), "    </edge>\n");
  }
  out.push("  </graph>\n</graphml>\n");
  return out.join("");
}
