// The words that state a relation, highlighted inside their sentence, and
// the article they come from. Text is rendered as text nodes only.
import type { Span } from "../../graph/contract";
import { useT } from "../i18n/use-t";
import { useExplorer, useExplorerStore } from "../store/context";
import { evidenceContext } from "../text/evidence";

export function Evidence({ spans }: { spans: Span[] }) {
  const store = useExplorerStore();
  const { t } = useT();
  const sources = useExplorer((s) => s.loaded?.sourceById);
  if (!spans.length || !sources) return null;
  return (
    <div className="evidence-list">
      {spans.map((span, i) => {
        const doc = sources.get(span.doc);
        const ctx = doc ? evidenceContext(doc.text, span.start, span.end) : null;
        return (
          <blockquote className="evidence" key={`${span.doc}:${span.start}:${span.end}:${i}`}>
            {ctx ? (
              <p>
                {ctx.clippedBefore && "…"}
                {ctx.before}
                <mark>{ctx.match}</mark>
                {ctx.after}
                {ctx.clippedAfter && "…"}
              </p>
            ) : (
              <p className="muted">
                {span.doc}: {span.start}–{span.end}
              </p>
            )}
            <footer>
              {t("evidenceFrom")}{" "}
              {doc ? (
                <button
                  type="button"
                  className="link-button"
                  title={t("openInArticle")}
                  onClick={() => store.getState().showDoc(doc.id, { start: span.start, end: span.end })}
                >
                  {doc.title || doc.id}
                </button>
              ) : (
                <span>{span.doc}</span>
              )}
            </footer>
          </blockquote>
        );
      })}
    </div>
  );
}
