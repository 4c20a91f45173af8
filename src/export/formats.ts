// Every export format behind one call, for the explorer's export menu and
// the command line alike: a graph in, the files to save out.
import type { KnowledgeGraph } from "../graph/build";
import { CSV_TABLES, writeCsv } from "./csv";
import { writeCypher } from "./cypher";
import { writeGexf } from "./gexf";
import { writeGraphml } from "./graphml";
import { writeJson } from "./json";
import { writeSvg } from "./svg";

export const EXPORT_FORMATS = ["json", "gexf", "graphml", "csv", "cypher", "svg"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  /** Appended to the base name: ".gexf", ".nodes.csv" … */
  suffix: string;
  mime: string;
  content: string;
}

export const FORMAT_SUFFIX: Record<Exclude<ExportFormat, "csv">, string> = {
  json: ".json",
  gexf: ".gexf",
  graphml: ".graphml",
  cypher: ".cypher",
  svg: ".svg",
};

export function exportFiles(graph: KnowledgeGraph, format: ExportFormat): ExportFile[] {
  switch (format) {
    case "json":
      return [{ suffix: ".json", mime: "application/json", content: writeJson(graph) }];
    case "gexf":
      return [{ suffix: ".gexf", mime: "application/gexf+xml", content: writeGexf(graph) }];
    case "graphml":
      return [{ suffix: ".graphml", mime: "application/graphml+xml", content: writeGraphml(graph) }];
    case "cypher":
      return [{ suffix: ".cypher", mime: "text/plain", content: writeCypher(graph) }];
    case "svg":
      return [{ suffix: ".svg", mime: "image/svg+xml", content: writeSvg(graph) }];
    case "csv": {
      const tables = writeCsv(graph);
      return CSV_TABLES.map((name) => ({ suffix: `.${name}.csv`, mime: "text/csv", content: tables[name] }));
    }
  }
}
