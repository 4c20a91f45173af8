// The article pane: the source text with every recognised entity highlighted
// in its type's colour. A highlight is a link that selects its node;
// selecting a node scrolls to its first mention here; "show in the article"
// scrolls to the exact words of a piece of evidence. Article text is only
// ever rendered as text nodes.
import { useEffect, useId, useMemo, useRef, useState, type CSSProperties, type MouseEvent, type ReactNode } from "react";
import type { SourceDoc } from "../../graph/contract";
import { TYPE_COLORS } from "../../graph/style";
import type { StringKey } from "../i18n/strings";
import { useT } from "../i18n/use-t";
import { useExplorer, useExplorerStore } from "../store/context";
import type { LoadedGraph } from "../store/loaded-graph";
import { segmentText, type Segment } from "../text/segments";
import { useNodeHref } from "./NodeLink";

const SAFE_URL = /^https?:\/\//i;

function Segments({ segments, loaded, selected }: { segments: Segment[]; loaded: LoadedGraph; selected: string | null }) {
  const store = useExplorerStore();
  const href = useNodeHref();
  const select = (node: string) => (e: MouseEvent) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    store.getState().select(node, { moveCamera: true });
  };
  return (
    <>
      {segments.map((s) =>
        s.node === undefined ? (
          <span key={s.start}>{s.text}</span>
        ) : (
          <a
            key={s.start}
            href={href(s.node)}
            className={`mention${s.node === selected ? " current" : ""}`}
            style={{ "--type-color": TYPE_COLORS[loaded.graph.getNodeAttribute(s.node, "type")] } as CSSProperties}
            data-node={s.node}
            onClick={select(s.node)}
          >
            {s.text}
          </a>
        ),
      )}
    </>
  );
}

function ArticleText({ doc, loaded, selected, focus }: { doc: SourceDoc; loaded: LoadedGraph; selected: string | null; focus: { start: number; end: number; seq: number } | null }) {
  const marks = loaded.mentionsIn(doc.id);
  const body = useRef<HTMLDivElement>(null);
  const parts: ReactNode = useMemo(() => {
    const text = doc.text;
    if (!focus || focus.end > text.length || focus.start < 0 || focus.end < focus.start)
      return <Segments segments={segmentText(text, marks)} loaded={loaded} selected={selected} />;
    return (
      <>
        <Segments segments={segmentText(text, marks, 0, focus.start)} loaded={loaded} selected={selected} />
        <mark className="evidence-focus">
          <Segments segments={segmentText(text, marks, focus.start, focus.end)} loaded={loaded} selected={selected} />
        </mark>
        <Segments segments={segmentText(text, marks, focus.end, text.length)} loaded={loaded} selected={selected} />
      </>
    );
  }, [doc, marks, loaded, selected, focus]);

  // Scroll to newly requested words, or to a newly selected node's first mention.
  const seen = useRef<{ selected: string | null | undefined; doc: string | undefined; seq: number }>({ selected: undefined, doc: undefined, seq: -1 });
  useEffect(() => {
    const root = body.current;
    if (!root) return;
    const last = seen.current;
    let target: Element | null = null;
    if (focus && focus.seq !== last.seq) target = root.querySelector(".evidence-focus");
    else if (selected !== last.selected || doc.id !== last.doc) target = root.querySelector(".mention.current");
    seen.current = { selected, doc: doc.id, seq: focus?.seq ?? -1 };
    target?.scrollIntoView({ block: "center", behavior: "auto" });
  }, [doc, selected, focus]);

  return (
    <div className="article-text" ref={body} tabIndex={0}>
      {parts}
    </div>
  );
}

export function SourcePane() {
  const store = useExplorerStore();
  const { t } = useT();
  const id = useId();
  const [open, setOpen] = useState(true);
  const loaded = useExplorer((s) => s.loaded);
  const docId = useExplorer((s) => s.view.doc);
  const selected = useExplorer((s) => s.view.node);
  const request = useExplorer((s) => s.sourceRequest);
  if (!loaded) return null;
  const doc = docId ? loaded.sourceById.get(docId) : undefined;
  const focus = request && doc && request.doc === doc.id ? request : null;
  return (
    <section className={`source-pane${open ? "" : " closed"}`} aria-label={t("source")}>
      <div className="source-header">
        <button type="button" className="toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
          {open ? "▾" : "▸"} {t("source")}
        </button>
        {loaded.sources.length > 0 && (
          <>
            <label htmlFor={`${id}-doc`} className="sr-only">
              {t("sourceChoose")}
            </label>
            <select id={`${id}-doc`} value={doc?.id ?? ""} onChange={(e) => store.getState().showDoc(e.target.value)}>
              {!doc && <option value="">—</option>}
              {loaded.sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title || s.id}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      <div id={`${id}-body`} className="source-body" hidden={!open}>
        {!doc && <p className="muted">{t("sourceNone")}</p>}
        {doc && (
          <>
            <h3 className="article-title">{doc.title || doc.id}</h3>
            <p className="muted small">
              {doc.date && t("sourceDate", { date: doc.date })}
              {doc.date && doc.url && " · "}
              {doc.url && SAFE_URL.test(doc.url) && (
                <a href={doc.url} target="_blank" rel="noopener noreferrer">
                  {t("sourceLink")}
                </a>
              )}
            </p>
            {doc.region && (
              <p className="muted small source-region">
                {t("sourceRegion", { names: doc.region.names.join(" · "), by: t(`regionBy_${doc.region.by.replace("-", "_")}` as StringKey) })}
              </p>
            )}
            <ArticleText doc={doc} loaded={loaded} selected={selected} focus={focus} />
          </>
        )}
      </div>
    </section>
  );
}
