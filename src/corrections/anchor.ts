// Anchors: words in an article, found again in the article as it is now. An
// article edited elsewhere keeps its anchors: the words are searched for and
// the occurrence with the same neighbouring characters, nearest the old
// offset, wins. Words no longer in the article make the anchor stale.
import type { SourceDoc, Span } from "../graph/contract";
import type { Anchor } from "./schema";

/** Characters kept either side of an anchor's words. */
export const CONTEXT_CHARS = 8;

export type Located = { ok: true; span: Span } | { ok: false; reason: string };

export function makeAnchor(source: SourceDoc, start: number, end: number): Anchor {
  const anchor: Anchor = {
    doc: source.id,
    sha256: source.sha256,
    start,
    end,
    text: source.text.slice(start, end),
  };
  const before = source.text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const after = source.text.slice(end, end + CONTEXT_CHARS);
  if (before) anchor.before = before;
  if (after) anchor.after = after;
  return anchor;
}

/** How many characters next to an occurrence agree with the anchor's neighbours. */
function contextAgreement(text: string, at: number, anchor: Anchor): number {
  let score = 0;
  const before = anchor.before ?? "";
  for (let i = 1; i <= before.length && at - i >= 0 && text[at - i] === before[before.length - i]; i++) score++;
  const after = anchor.after ?? "";
  const end = at + anchor.text.length;
  for (let i = 0; i < after.length && end + i < text.length && text[end + i] === after[i]; i++) score++;
  return score;
}

export function locate(anchor: Anchor, sources: ReadonlyMap<string, SourceDoc>): Located {
  const source = sources.get(anchor.doc);
  if (!source) return { ok: false, reason: `the article ${anchor.doc} is not in the graph (removed or renamed)` };
  const { text } = source;
  if (text.slice(anchor.start, anchor.end) === anchor.text) return { ok: true, span: { doc: anchor.doc, start: anchor.start, end: anchor.end } };
  let best: { at: number; score: number; distance: number } | undefined;
  for (let at = text.indexOf(anchor.text); at >= 0; at = text.indexOf(anchor.text, at + 1)) {
    const score = contextAgreement(text, at, anchor);
    const distance = Math.abs(at - anchor.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { at, score, distance };
  }
  if (!best) return { ok: false, reason: `the article ${anchor.doc} changed and the words 「${anchor.text}」 are no longer in it` };
  return { ok: true, span: { doc: anchor.doc, start: best.at, end: best.at + anchor.text.length } };
}
