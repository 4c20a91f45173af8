// The sentence around a piece of evidence: the exact words stay apart so the
// page can highlight them (as text, never as markup).

export interface EvidenceContext {
  before: string;
  match: string;
  after: string;
  /** True when the sentence was cut short on that side. */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

const SENTENCE_END = new Set(["。", "！", "？", "!", "?", "；", ";", "\n"]);

/**
 * The words text[start, end) with the rest of their sentence, at most
 * `maxSide` characters on each side. Null when the range is not in the text.
 */
export function evidenceContext(text: string, start: number, end: number, maxSide = 90): EvidenceContext | null {
  if (!(start >= 0 && end >= start && end <= text.length)) return null;
  let from = start;
  while (from > 0 && start - from < maxSide && !SENTENCE_END.has(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < maxSide && !SENTENCE_END.has(text[to - 1] ?? "")) to++;
  // An evidence span that already ends the sentence needs nothing after it.
  if (end > start && SENTENCE_END.has(text[end - 1])) to = end;
  const clippedBefore = from > 0 && !SENTENCE_END.has(text[from - 1]);
  const clippedAfter = to < text.length && !SENTENCE_END.has(text[to - 1]);
  const before = text.slice(from, start).replace(/^\s+/, "");
  const after = text.slice(end, to).replace(/\s+$/, "");
  return { before, match: text.slice(start, end), after, clippedBefore, clippedAfter };
}
