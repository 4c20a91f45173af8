// One normal form for search keys and queries: no spaces or punctuation,
// lowercase, full-width letters made ASCII, ü typed as v (as pinyin input
// methods do), Traditional and variant characters folded to Simplified with
// a character map learnt from the graph's own keys.

export type CharFold = Map<string, string>;

const DROP = /[\s\p{P}\p{S}\u0000]+/gu;

export function normalizeKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/ü/g, "v").replace(DROP, "");
}

export function foldChars(text: string, fold: CharFold): string {
  if (fold.size === 0) return text;
  let out = "";
  for (const ch of text) out += fold.get(ch) ?? ch;
  return out;
}

export function normalizeQuery(query: string, fold: CharFold): string {
  return foldChars(normalizeKey(query), fold);
}

/**
 * Learns character pairs from a form and its Simplified key of equal length
 * (鄭邦山 / 郑邦山 teaches 鄭→郑). Forms whose length changed in conversion
 * teach nothing: their characters cannot be paired safely.
 */
export function learnFold(fold: CharFold, form: string, hans: string): void {
  if (form === hans) return;
  const a = Array.from(form);
  const b = Array.from(hans);
  if (a.length !== b.length) return;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !fold.has(a[i])) fold.set(a[i], b[i]);
}
