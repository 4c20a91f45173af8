// Labels in the reader's script. The conversion itself is passed in
// (see opencc.ts), so the browser loads a converter only when asked.
// Only display strings change: evidence and article texts stay as written,
// because every offset indexes them.
import type { KnowledgeGraph } from "../graph/build";

export const SCRIPTS = ["original", "simplified", "traditional"] as const;
export type Script = (typeof SCRIPTS)[number];

export type Converter = (text: string) => string;

function unique(values: string[], except?: string): string[] {
  const out: string[] = [];
  for (const v of values) if (v !== except && !out.includes(v)) out.push(v);
  return out;
}

/**
 * A copy of the graph with node labels, aliases and posts and edge posts
 * converted. A node whose label changes keeps the written form as
 * `originalLabel`; aliases and posts that become equal fold into one.
 */
export function convertLabels(graph: KnowledgeGraph, convert: Converter): KnowledgeGraph {
  const out = graph.copy() as KnowledgeGraph;
  out.updateEachNodeAttributes((_node, attrs) => {
    const next = structuredClone(attrs);
    const label = convert(attrs.label);
    if (label !== attrs.label) next.originalLabel = attrs.label;
    next.label = label;
    next.aliases = unique(attrs.aliases.map(convert), label);
    if (attrs.titles) next.titles = unique(attrs.titles.map(convert));
    return next;
  });
  out.updateEachEdgeAttributes((_edge, attrs) => {
    const next = structuredClone(attrs);
    if (typeof attrs.title === "string") next.title = convert(attrs.title);
    return next;
  });
  return out;
}
