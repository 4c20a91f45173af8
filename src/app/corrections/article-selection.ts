// The words selected in the article pane, as offsets into the article: the
// pane's text element holds the article's text and nothing else, so the
// length of the text before the selection is its start.
import { useEffect, useState } from "react";
import type { Span } from "../../graph/contract";

export const ARTICLE_TEXT_SELECTOR = ".article-text";

export function selectedSpan(doc: string | null): Span | null {
  const selection = globalThis.getSelection?.();
  const container = document.querySelector(ARTICLE_TEXT_SELECTOR);
  if (!doc || !selection || selection.rangeCount === 0 || selection.isCollapsed || !container) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { doc, start, end } : null;
}

/** The words selected in the article pane now, followed as the selection changes. */
export function useArticleSelection(doc: string | null): Span | null {
  const [span, setSpan] = useState<Span | null>(null);
  useEffect(() => {
    const update = () =>
      setSpan((old) => {
        const next = selectedSpan(doc);
        // A click on a button clears no selection, but keep the old object when nothing moved.
        return old && next && old.doc === next.doc && old.start === next.start && old.end === next.end ? old : next;
      });
    update();
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, [doc]);
  return span;
}
