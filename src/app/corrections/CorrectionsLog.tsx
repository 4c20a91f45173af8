// Every entry of the corrections file with what became of it (applied, stale
// with the reason, invalid), undo for the ones made on this page, and where
// the file goes: saved by the development server, or downloaded.
import { useEffect, useMemo, useState } from "react";
import { recordsOf } from "../../corrections/index";
import { useExplorer, useExplorerStore } from "../store/context";
import { correctionsFileText } from "./corrections-slice";
import { savesToServer } from "./save";
import { useCT } from "./strings";

function useDownloadUrl(text: string): string {
  const url = useMemo(() => URL.createObjectURL(new Blob([text], { type: "application/json" })), [text]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return url;
}

export function CorrectionsLog() {
  const store = useExplorerStore();
  const ct = useCT();
  const loaded = useExplorer((s) => s.loaded);
  const session = useExplorer((s) => s.correctionSession);
  const save = useExplorer((s) => s.correctionsSave);
  const message = useExplorer((s) => s.correctionsMessage);
  const [open, setOpen] = useState(true);
  const graph = loaded?.graph;
  const records = graph ? recordsOf(graph) : [];
  const text = graph ? correctionsFileText(graph) : "";
  const url = useDownloadUrl(text);
  if (!graph || (!records.length && !message)) return null;
  const undoable = new Set(session?.graph === graph ? session.added.map((c) => c.id) : []);

  return (
    <section className="corrections-log" aria-label={ct("corrections")}>
      <h2 className="panel-title">
        <button type="button" className="toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {ct("corrections")} ({records.length})
        </button>
      </h2>
      {open && (
        <>
          <ol className="plain correction-list">
            {records.map((r, i) => {
              const e = r.entry as { id?: string; op?: string; context?: { label?: string } };
              return (
                <li key={`${i}:${e.id}`} className={`correction-${r.status}`} data-id={e.id}>
                  <span className="correction-id">{e.id ?? "?"}</span> {e.op} {e.context?.label ? `「${e.context.label}」` : ""}{" "}
                  <span className="muted small">{ct(r.status)}</span>
                  {r.reason && <span className="correction-reason small">: {r.reason}</span>}
                  {e.id && undoable.has(e.id) && (
                    <button type="button" className="link-button" onClick={() => store.getState().undoCorrection(e.id!)}>
                      {ct("undo")}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
          {message && <p className={message.ok ? "muted small" : "problem"}>{message.lines.join("\n")}</p>}
          {savesToServer ? (
            <p className="muted small correction-save" role="status">
              {save.kind === "error" ? ct("saveError", { message: save.message }) : ct(save.kind)}
            </p>
          ) : (
            <p className="small">
              <a href={url} download="corrections.json" className="correction-download">
                {ct("download")}
              </a>{" "}
              <span className="muted">{ct("downloadHint")}</span>
            </p>
          )}
        </>
      )}
    </section>
  );
}
