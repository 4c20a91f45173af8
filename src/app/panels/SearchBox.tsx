// The search box: a WAI-ARIA combobox whose suggestions are a listbox. It
// matches labels and aliases in either script and by pinyin or initials;
// arrows move, Enter chooses, Esc closes (then clears), `/` focuses it.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { TYPE_COLORS } from "../../graph/style";
import { TYPE_NAMES } from "../i18n/strings";
import { useT } from "../i18n/use-t";
import { searchNodes } from "../search/search-index";
import { useExplorer, useExplorerStore } from "../store/context";
import { labelInScript, nodeName } from "../text/labels";

const LIMIT = 10;

/** Inputs that take no text: `/` on a slider, a checkbox or a button still goes to search. */
const NON_TEXT_INPUTS = /^(range|checkbox|radio|button|submit|reset|color|file)$/i;

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el.tagName === "INPUT") return !NON_TEXT_INPUTS.test((el as HTMLInputElement).type);
  return el.isContentEditable || /^(textarea)$/i.test(el.tagName);
}

export function SearchBox() {
  const store = useExplorerStore();
  const { t, lang } = useT();
  const q = useExplorer((s) => s.view.q);
  const index = useExplorer((s) => s.searchIndex);
  const graph = useExplorer((s) => s.loaded?.graph);
  const sourceById = useExplorer((s) => s.loaded?.sourceById);
  const ready = useExplorer((s) => s.status.kind === "ready");
  const script = useExplorer((s) => s.view.script);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const hits = useMemo(() => (index && q.trim() ? searchNodes(index, q, LIMIT) : []), [index, q]);
  const expanded = open && q.trim() !== "" && index !== null;

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    store.getState().select(hit.node, { moveCamera: true });
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(e.key === "ArrowDown" ? 0 : Math.max(0, hits.length - 1));
        return;
      }
      if (!hits.length) return;
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (a + step + hits.length) % hits.length);
    } else if (e.key === "Enter") {
      if (expanded && hits.length) {
        e.preventDefault();
        choose(Math.min(active, hits.length - 1));
      }
    } else if (e.key === "Escape") {
      e.preventDefault();
      if (expanded) setOpen(false);
      else store.getState().setQuery("");
    }
  };

  const activeIndex = Math.min(active, hits.length - 1);
  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="sr-only">
        {t("searchLabel")}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded && hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={expanded && hits.length ? optionId(activeIndex) : undefined}
        placeholder={t("searchPlaceholder")}
        value={q}
        disabled={!ready}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          store.getState().setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => q && setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t("searchLabel")} className="search-results" hidden={!(expanded && hits.length > 0)}>
        {expanded &&
          graph &&
          hits.map((hit, i) => {
            const attrs = graph.getNodeAttributes(hit.node);
            const label = nodeName(graph, hit.node, script);
            // Where the node comes from, so rows of one name can be told apart.
            const article = attrs.mentions.map((m) => sourceById?.get(m.doc)?.title).find(Boolean);
            const alias = hit.form > 0 ? labelInScript(attrs, script, hit.form) : null;
            return (
              <li
                key={hit.node}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeIndex}
                className={i === activeIndex ? "active" : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(i)}
              >
                <span className="swatch" style={{ background: TYPE_COLORS[attrs.type] }} aria-hidden="true" />
                <span className="result-label">{label}</span>
                {alias && alias !== label && <span className="result-alias">{t("alsoWritten", { alias })}</span>}
                <span className="result-type">{TYPE_NAMES[lang][attrs.type]}</span>
                {(attrs.date || article) && (
                  <span className="result-meta">{[attrs.date, article].filter(Boolean).join(" · ")}</span>
                )}
              </li>
            );
          })}
      </ul>
      <div className="sr-only" aria-live="polite">
        {expanded ? (hits.length ? t("searchResults", { n: hits.length }) : t("searchNoResults", { q })) : ""}
      </div>
      {expanded && hits.length === 0 && <div className="search-empty">{t("searchNoResults", { q })}</div>}
    </div>
  );
}
