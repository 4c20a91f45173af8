// The export itself, loaded when the first file is asked for: the chosen
// subgraph, its labels in the chosen script, written in the chosen format.
import { writeCsv, zipCsv } from "../../export/csv";
import { exportFiles, type ExportFormat } from "../../export/formats";
import { loadConverter } from "../../export/opencc";
import { convertLabels, type Script } from "../../export/script";
import { inducedSubgraph } from "../../export/subgraph";
import { exportSelection, type ExportSource } from "./choose-subgraph";
import { FILE_EXTENSION, type ExportWhat } from "./file-name";

export interface ExportRequest {
  what: ExportWhat;
  depth: number;
  script: Script;
  format: ExportFormat;
  baseName: string;
}

export interface ExportedFile {
  fileName: string;
  blob: Blob;
  nodes: number;
  edges: number;
}

export async function makeExportFile(src: ExportSource, req: ExportRequest): Promise<ExportedFile> {
  let graph = inducedSubgraph(src.graph, exportSelection(src, req.what, req.depth));
  if (req.script !== "original") graph = convertLabels(graph, await loadConverter(req.script));
  const counts = { nodes: graph.order, edges: graph.size };
  if (req.format === "csv") {
    // Both tables in one download, named inside the zip as the zip is.
    const zip = zipCsv(writeCsv(graph), req.baseName);
    return { fileName: req.baseName + FILE_EXTENSION.csv, blob: new Blob([zip as BlobPart], { type: "application/zip" }), ...counts };
  }
  const [file] = exportFiles(graph, req.format);
  return { fileName: req.baseName + file.suffix, blob: new Blob([file.content], { type: `${file.mime};charset=utf-8` }), ...counts };
}
