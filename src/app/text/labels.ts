// A node's label in the chosen script. The Simplified and Traditional forms
// come from the build-time search keys; without them the label stays as
// written.
import type Graph from "graphology";
import { eventContext } from "../../graph/event-label";
import { jurisdictionShown, qualifiedName } from "../../graph/jurisdiction";
import type { SearchKeys } from "../../graph/search-attrs";
import type { Script } from "../store/view-state";

/** Form 0 is the label, form i the alias i - 1. */
export function labelInScript(attrs: { label: string; aliases?: string[]; search?: unknown }, script: Script, form = 0): string {
  const written = form === 0 ? attrs.label : (attrs.aliases?.[form - 1] ?? attrs.label);
  if (script === "source") return written;
  const keys = attrs.search as SearchKeys | undefined;
  return (script === "hans" ? keys?.hans[form] : keys?.hant[form]) ?? written;
}

/** The label with the jurisdiction it leaves unsaid (省委 · 甘肃省), for lists and the map. */
export function labelWithJurisdiction(attrs: { label: string; aliases?: string[]; search?: unknown; type?: string; region?: unknown }, script: Script): string {
  const label = labelInScript(attrs, script);
  const where = attrs.type ? jurisdictionShown({ ...attrs, type: attrs.type }) : undefined;
  return where ? `${label} · ${where}` : label;
}

/** Long names (document titles) shortened for the map; the full name shows on hover and in the panel. */
export function shorten(label: string, max: number): string {
  return label.length > max ? label.slice(0, max - 1) + "…" : label;
}

type LabelAttrs = { label: string; aliases?: string[]; search?: unknown; type?: string; region?: unknown };

/** A body or person named in full, jurisdiction included (河南省教育厅, not 省教育厅 · 河南省). */
function fullName(attrs: LabelAttrs, script: Script): string {
  const label = labelInScript(attrs, script);
  return (attrs.type && qualifiedName({ ...attrs, label, type: attrs.type })) || label;
}

/**
 * A node's name for lists, the table and the map: the label with its
 * jurisdiction, and a generic event label (会议, 调研) with its date and who
 * held it (会议 · 2020-01-25 · 河南省教育厅). `max` shortens the label itself.
 */
export function nodeName(graph: Graph, node: string, script: Script, max = Infinity): string {
  const attrs = graph.getNodeAttributes(node) as LabelAttrs;
  const event = eventContext(graph, node);
  const label = shorten(labelInScript(attrs, script), max);
  if (event) {
    const holder = event.holder ? fullName(graph.getNodeAttributes(event.holder) as LabelAttrs, script) : undefined;
    return [label, event.date, holder].filter(Boolean).join(" · ");
  }
  const where = attrs.type ? jurisdictionShown({ ...attrs, type: attrs.type }) : undefined;
  // The jurisdiction is kept whole: it is what tells two provinces' 省委 apart on the map.
  return where ? `${label} · ${where}` : label;
}

/** Every node's map label in one script, computed once per script. */
export function mapLabels(graph: Graph, script: Script, max = 10): Map<string, string> {
  const out = new Map<string, string>();
  graph.forEachNode((node) => out.set(node, nodeName(graph, node, script, max)));
  return out;
}
