// The shape of the extra node attribute `search` (see search-keys.ts, which
// computes it). Kept apart so the browser can read the keys without loading
// the converters that make them.
import { searchForms } from "./jurisdiction";

export interface SearchKeys {
  /** Each form in Simplified script. */
  hans: string[];
  /** Each form in (OpenCC standard) Traditional script. */
  hant: string[];
  /** Full pinyin without tones or spaces, lowercase, ü written v. */
  pinyin: string[];
  /** First letter of each syllable (a Latin run is kept whole). */
  initials: string[];
}

/** True when a node's attributes carry well-formed search keys for all its forms. */
export function hasSearchKeys(attrs: Record<string, unknown>): boolean {
  const s = attrs.search as Partial<SearchKeys> | undefined;
  const forms = searchForms(attrs as { label: string; aliases?: string[]; type: string; region?: unknown }).length;
  const ok = (list: unknown) => Array.isArray(list) && list.length === forms && list.every((v) => typeof v === "string");
  return Boolean(s && ok(s.hans) && ok(s.hant) && ok(s.pinyin) && ok(s.initials));
}
