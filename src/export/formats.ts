// Every export format behind one call, for the explorer's export menu and
// the command line alike: a graph in, the files to save out. (The SQLite
// tables need a SQLite engine: the command line makes that file from
// tables.ts; see scripts/lib/sqlite-file.ts.)
import type { KnowledgeGraph } from "../graph/build";
import { CSV_TABLES, writeCsv } from "./csv";
import { writeCypher } from "./cypher";
import { writeGexf } from "./gexf";
import { writeGraphml } from "./graphml";
import { writeJson } from "./json";
import { NEO4J_FILES, writeNeo4jImport } from "./neo4j-import";
import { writeSvg } from "./svg";

export const EXPORT_FORMATS = ["json", "gexf", "gexf-1.2", "graphml", "csv", "cypher", "neo4j-import", "svg"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats written as several files: a base name gets a suffix per file, a folder gets one file per name. */
export const MULTI_FILE_FORMATS: readonly ExportFormat[] = ["csv", "neo4j-import"];

export interface ExportFile {
  /** Appended to the base name: ".gexf", ".nodes.csv" … */
  suffix: string;
  mime: string;
  content: string;
}

export function exportFiles(graph: KnowledgeGraph, format: ExportFormat): ExportFile[] {
  switch (format) {
    case "json":
      return [{ suffix: ".json", mime: "application/json", content: writeJson(graph) }];
    case "gexf":
      return [{ suffix: ".gexf", mime: "application/gexf+xml", content: writeGexf(graph, "1.3") }];
    case "gexf-1.2":
      return [{ suffix: ".gexf", mime: "application/gexf+xml", content: writeGexf(graph, "1.2") }];
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
    case "neo4j-import": {
      const files = writeNeo4jImport(graph);
      return NEO4J_FILES.map((name) => ({ suffix: `.${name}.csv`, mime: "text/csv", content: files[name] }));
    }
  }
}
