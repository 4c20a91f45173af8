// An article cut into plain runs and entity mentions, so the source pane can
// render each mention as a link without ever reading the text as markup.

export interface Mark {
  start: number;
  end: number;
  node: string;
}

export type Segment = { text: string; start: number; node?: undefined } | { text: string; start: number; node: string };

/**
 * Non-overlapping segments covering text[from, to). Where mentions overlap,
 * the one that starts first wins, the longer one on a tie (a name inside a
 * longer name stays part of the longer one); a mention crossing `from` or
 * `to` is cut there.
 */
export function segmentText(text: string, marks: Mark[], from = 0, to = text.length): Segment[] {
  const clipped: Mark[] = [];
  for (const m of marks) {
    if (!(m.start >= 0 && m.end > m.start && m.end <= text.length)) continue;
    const start = Math.max(m.start, from);
    const end = Math.min(m.end, to);
    if (end > start) clipped.push(start === m.start && end === m.end ? m : { start, end, node: m.node });
  }
  clipped.sort((a, b) => a.start - b.start || b.end - a.end || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
  const out: Segment[] = [];
  let at = from;
  for (const m of clipped) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start), start: at });
    out.push({ text: text.slice(m.start, m.end), start: m.start, node: m.node });
    at = m.end;
  }
  if (at < to) out.push({ text: text.slice(at, to), start: at });
  return out;
}
