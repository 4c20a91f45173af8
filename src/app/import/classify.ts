// What a dropped or chosen file is, by its name: a graph file to open, an
// article to extract, or neither.
import { formatOfFile, type ArticleFormat } from "../../extract/formats";

export type FileKind = { kind: "graph" } | { kind: "article"; format: ArticleFormat } | { kind: "other" };

export const GRAPH_EXTENSIONS = [".json", ".gexf", ".graphml"];
/** For the file picker's accept attribute. */
export const ACCEPTED_FILES = [...GRAPH_EXTENSIONS, ".txt", ".html", ".htm"].join(",");

export function classifyFile(name: string): FileKind {
  const lower = name.toLowerCase();
  if (GRAPH_EXTENSIONS.some((ext) => lower.endsWith(ext))) return { kind: "graph" };
  const format = formatOfFile(name);
  return format ? { kind: "article", format } : { kind: "other" };
}
