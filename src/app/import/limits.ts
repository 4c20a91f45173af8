// What the explorer opens in a browser tab. Beyond these a graph freezes the page
// for minutes or runs it out of memory (a million nodes took 1.9 GB of heap), so
// it is refused before it is read, with what to do instead. The 10,000-article
// benchmark graph (about 250,000 nodes, 450 MB) is within them.

export const LIMITS = {
  /** A JSON graph file, read and checked in a worker. */
  jsonBytes: 600 * 1024 * 1024,
  /** GEXF and GraphML are parsed on the page (workers have no XML parser). */
  xmlBytes: 30 * 1024 * 1024,
  nodes: 300_000,
  edges: 1_000_000,
};

const HOW = "take a part of it with `npm run export` (a neighbourhood, a period or some types), or build the graph from fewer articles";

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024)).toLocaleString("en-US")} MB`;

/** Why a graph file of this size is not opened here, or undefined when it may be. */
export function fileTooBig(format: "json" | "gexf" | "graphml", bytes: number): string | undefined {
  const limit = format === "json" ? LIMITS.jsonBytes : LIMITS.xmlBytes;
  if (bytes <= limit) return undefined;
  const other = format === "json" ? "" : `; as JSON (npm run export -- --format json) it may be up to ${mb(LIMITS.jsonBytes)}`;
  return `${mb(bytes)} is more than the explorer opens as ${format.toUpperCase()} (${mb(limit)})${other}: ${HOW}`;
}

/** Why a graph of this many nodes and edges is not opened here, or undefined when it may be. */
export function graphTooBig(nodes: number, edges: number): string | undefined {
  if (nodes > LIMITS.nodes) return `${nodes.toLocaleString("en-US")} nodes are more than the explorer shows (${LIMITS.nodes.toLocaleString("en-US")}): ${HOW}`;
  if (edges > LIMITS.edges) return `${edges.toLocaleString("en-US")} relations are more than the explorer shows (${LIMITS.edges.toLocaleString("en-US")}): ${HOW}`;
  return undefined;
}
