// File names for exports: what was taken and from where, readable, safe on
// every system (no path separators, no characters Windows refuses).

export type ExportWhat = "view" | "neighbourhood" | "path" | "picked";
export const FILE_FORMATS = ["json", "gexf", "graphml", "csv", "cypher", "svg", "png"] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export const FILE_EXTENSION: Record<FileFormat, string> = {
  json: ".json",
  gexf: ".gexf",
  graphml: ".graphml",
  csv: ".csv.zip",
  cypher: ".cypher",
  svg: ".svg",
  png: ".png",
};

const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+|\s+/gu;

/** A label as part of a file name: unsafe characters and spaces become "_", at most `max` characters. */
export function safeName(text: string, max = 40): string {
  const cleaned = text.replace(UNSAFE, "_").replace(/^[._]+|[._]+$/g, "");
  const chars = Array.from(cleaned);
  return (chars.length > max ? chars.slice(0, max).join("") : cleaned) || "node";
}

export interface NameParts {
  what: ExportWhat;
  /** Labels of the node whose neighbourhood is taken, or of the path's ends. */
  node?: string;
  from?: string;
  to?: string;
  depth?: number;
  count?: number;
}

export function exportBaseName(p: NameParts): string {
  switch (p.what) {
    case "view":
      return "graph-view";
    case "neighbourhood":
      return `${safeName(p.node ?? "node")}-neighbourhood-${p.depth ?? 1}`;
    case "path":
      return `path-${safeName(p.from ?? "from")}-${safeName(p.to ?? "to")}`;
    case "picked":
      return `picked-${p.count ?? 0}-nodes`;
  }
}
