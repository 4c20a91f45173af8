// A node's label in the chosen script. The Simplified and Traditional forms
// come from the build-time search keys; without them the label stays as
// written.
import type { SearchKeys } from "../../graph/search-attrs";
import type { Script } from "../store/view-state";

/** Form 0 is the label, form i the alias i - 1. */
export function labelInScript(attrs: { label: string; aliases?: string[]; search?: unknown }, script: Script, form = 0): string {
  const written = form === 0 ? attrs.label : (attrs.aliases?.[form - 1] ?? attrs.label);
  if (script === "source") return written;
  const keys = attrs.search as SearchKeys | undefined;
  return (script === "hans" ? keys?.hans[form] : keys?.hant[form]) ?? written;
}

/** Long names (document titles) shortened for the map; the full name shows on hover and in the panel. */
export function shorten(label: string, max: number): string {
  return label.length > max ? label.slice(0, max - 1) + "…" : label;
}

/** Every node's map label in one script, computed once per script. */
export function mapLabels(
  graph: { forEachNode(cb: (node: string, attrs: { label: string; aliases?: string[]; search?: unknown }) => void): void },
  script: Script,
  max = 10,
): Map<string, string> {
  const out = new Map<string, string>();
  graph.forEachNode((node, attrs) => out.set(node, shorten(labelInScript(attrs, script), max)));
  return out;
}
