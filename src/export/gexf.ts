// GEXF 1.3 for Gephi and Gephi Lite, through graphology-gexf's writer.
// Position, size and colour go to viz:*, the relation to the edge's kind and
// label (Gephi shows both), everything else to declared attributes. Lists and
// spans are JSON strings: graphology's 1.3 list syntax leaves commas in
// values unquoted, and Gephi reads a string column everywhere.
import Graph from "graphology";
import write from "graphology-gexf/common/writer.js";
import type { KnowledgeGraph } from "../graph/build";
import { describeSources, edgeRecords, flatEdge, flatNode, nodeRecords, type Cell } from "./records";
import { xmlSafe } from "./xml";

type Flat = Record<string, Cell>;

/** Strings made safe for XML; empty cells dropped so no attribute is declared for nothing. */
function clean(row: Flat): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(row)) {
    if (v === undefined) continue;
    out[k] = typeof v === "string" ? xmlSafe(v) : v;
  }
  return out;
}

export function writeGexf(graph: KnowledgeGraph): string {
  // A plain graph of flat rows: the writer then declares one typed attribute per column.
  const flat = new Graph({ type: "directed", multi: true });
  flat.replaceAttributes({
    creator: xmlSafe(graph.getAttribute("builtWith") ?? ""),
    description: xmlSafe(describeSources(graph)),
  });
  for (const r of nodeRecords(graph)) flat.addNode(xmlSafe(r.id), clean(flatNode(r)));
  for (const r of edgeRecords(graph)) flat.addDirectedEdgeWithKey(xmlSafe(r.id), xmlSafe(r.source), xmlSafe(r.target), clean(flatEdge(r)));

  return write(flat, {
    version: "1.3",
    pretty: true,
    pedantic: true, // meta holds only creator and description, as the schema allows
    formatNode: (_key, a) => {
      const { label, x, y, size, color, ...rest } = a;
      return { label: label as string, viz: { x: x as number, y: y as number, size: size as number, color: color as string }, attributes: rest };
    },
    formatEdge: (_key, a) => ({ label: a.relation as string, kind: a.relation as string, attributes: a }),
  });
}
