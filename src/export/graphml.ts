// GraphML, written here (graphology has a GraphML reader only). One typed
// <key> per column, declared only when some element uses it; colours as
// r/g/b integers, which Gephi and yEd read and graphology-graphml turns back
// into a hex colour. The graph's builtWith and its articles (JSON, with the
// texts every offset indexes) ride as graph data, so the file opens again in
// the explorer with its evidence.
import type { KnowledgeGraph } from "../graph/build";
import { edgeRecords, flatEdge, flatNode, nodeRecords, type Cell } from "./records";
import { escapeXmlAttr as attr, escapeXmlText as text } from "./xml";

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
  const nodes = nodeRecords(graph).map((r) => ({ id: r.id, row: nodeRow(flatNode(r)) }));
  const edges = edgeRecords(graph).map((r) => ({ id: r.id, source: r.source, target: r.target, row: { label: r.relation, ...flatEdge(r) } }));
  const graphRow: Record<string, Cell> = {
    builtWith: graph.getAttribute("builtWith"),
    sources: JSON.stringify(graph.getAttribute("sources") ?? []),
  };

  // Keys in column order, declared when some element fills them: the same graph gives the same file.
  const keys: Key[] = [];
  const declare = (scope: Key["for"], rows: Record<string, Cell>[]) => {
    const found = new Map<string, Key | null>();
    for (const row of rows) {
      for (const [name, value] of Object.entries(row)) {
        if (!found.get(name)) found.set(name, value === undefined ? null : { id: `${scope[0]}_${name}`, for: scope, name, type: INT_COLUMNS.has(name) ? "int" : typeOf(value) });
      }
    }
    for (const key of found.values()) if (key) keys.push(key);
  };
  declare("graph", [graphRow]);
  declare("node", nodes.map((n) => n.row));
  declare("edge", edges.map((e) => e.row));

  const data = (scope: Key["for"], row: Record<string, Cell>, indent: string) =>
    Object.entries(row)
      .filter(([, v]) => v !== undefined)
      .map(([name, v]) => `${indent}<data key="${attr(`${scope[0]}_${name}`)}">${text(String(v))}</data>\n`)
      .join("");

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  ];
  for (const k of keys) {
    out.push(`  <key id="${attr(k.id)}" for="${k.for}" attr.name="${attr(k.name)}" attr.type="${k.type}"/>\n`);
  }
  out.push('  <graph id="G" edgedefault="directed">\n', data("graph", graphRow, "    "));
  for (const n of nodes) out.push(`    <node id="${attr(n.id)}">\n`, data("node", n.row, "      "), "    </node>\n");
  for (const e of edges) {
    out.push(`    <edge id="${attr(e.id)}" source="${attr(e.source)}" target="${attr(e.target)}">\n`, data("edge", e.row, "      "), "    </edge>\n");
  }
  out.push("  </graph>\n</graphml>\n");
  return out.join("");
}
