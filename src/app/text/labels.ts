// A node's label in the chosen script. The Simplified and Traditional forms
// come from the build-time search keys; without them the label stays as
// written.
import { jurisdictionShown } from "../../graph/jurisdiction";
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

/** Every node's map label in one script, computed once per script. */
export function mapLabels(
  graph: { forEachNode(cb: (node: string, attrs: { label: string; aliases?: string[]; search?: unknown; type?: string; region?: unknown }) => void): void },
  script: Script,
  max = 10,
): Map<string, string> {
  const out = new Map<string, string>();
  graph.forEachNode((node, attrs) => {
    const where = attrs.type ? jurisdictionShown({ ...attrs, type: attrs.type }) : undefined;
    // The jurisdiction is kept whole: it is what tells two provinces' 省委 apart on the map.
    out.set(node, where ? `${shorten(labelInScript(attrs, script), max)} · ${where}` : shorten(labelInScript(attrs, script), max));
  });
  return out;
}
