// The jurisdiction a node's label leaves unsaid: 省委 of 甘肃省 is shown as
// "省委 · 甘肃省" and found by 甘肃省委. Read from the node's `region`, which
// the resolver stores where a name was read in a jurisdiction. Pure.
import type { Jurisdiction } from "./contract";

interface Labelled {
  label: string;
  aliases?: string[];
  type: string;
  region?: unknown;
}

const RELATIVE_START = /^(?:中共|中國共產黨|中国共产党)?[省市县縣区區州]/u;

function regionOf(attrs: Labelled): Jurisdiction | undefined {
  const r = attrs.region as Jurisdiction | undefined;
  return r && Array.isArray(r.names) && r.names.length > 0 ? r : undefined;
}

/** The jurisdiction's name when the label does not say it (省委, 教育局), else undefined. */
export function jurisdictionShown(attrs: Labelled): string | undefined {
  const r = regionOf(attrs);
  if (!r || attrs.type === "place") return undefined;
  const name = r.names[r.names.length - 1];
  const stem = name.replace(/(?:特别行政区|自治区|自治州|自治县|省|市|县|区)$/u, "");
  // Both scripts: the label may be Traditional (縣委) while the names are Simplified.
  return attrs.label.includes(name) || (stem.length >= 2 && attrs.label.includes(stem)) ? undefined : name;
}

/** The full name a relative label stands for (省委 of 甘肃省: 甘肃省委), for search; undefined when the label names its jurisdiction. */
export function qualifiedName(attrs: Labelled): string | undefined {
  const where = jurisdictionShown(attrs);
  if (!where) return undefined;
  const m = RELATIVE_START.exec(attrs.label);
  return m ? `${where}${attrs.label.slice(m[0].length)}` : `${where}${attrs.label}`;
}

/** What search matches a node by: its label, its aliases, and its qualified name when it has one. */
export function searchForms(attrs: Labelled): string[] {
  const q = qualifiedName(attrs);
  return [attrs.label, ...(attrs.aliases ?? []), ...(q ? [q] : [])];
}
