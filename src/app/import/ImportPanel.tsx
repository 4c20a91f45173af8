// What the last import did: the graph file opened (and what was filled in)
// or refused (and why, with the old graph still on screen); each article's
// progress and outcome; what the merge added; the layout run with its Stop
// button. Announced politely; problems as alerts.
import type { StringKey } from "../i18n/strings";
import { useT } from "../i18n/use-t";
import { useExplorer, useExplorerStore } from "../store/context";
import type { ArticleLine } from "./report";

const STATE_TEXT: Record<ArticleLine["state"], StringKey> = {
  waiting: "articleWaiting",
  reading: "articleReading",
  extracting: "articleExtracting",
  added: "articleAdded",
  failed: "articleFailed",
  duplicate: "articleDuplicate",
  cancelled: "articleCancelled",
};

export function ImportPanel() {
  const store = useExplorerStore();
  const { t } = useT();
  const report = useExplorer((s) => s.importReport);
  const stopLayout = useExplorer((s) => s.stopLayout);
  const cancelImport = useExplorer((s) => s.cancelImport);
  if (!report) return null;
  const { graphFile, skipped, articles, merged } = report;
  return (
    <section className="import-panel" aria-label={t("importTitle")}>
      <div className="import-head">
        <h2 className="panel-title">{t("importTitle")}</h2>
        <button type="button" className="close" aria-label={t("close")} title={t("close")} onClick={() => store.getState().setImportReport(null)}>
          ×
        </button>
      </div>
      <div aria-live="polite">
        {graphFile?.ok && (
          <>
            <p>{t("importOpened", { name: graphFile.name, nodes: graphFile.nodes!, edges: graphFile.edges! })}</p>
            {graphFile.messages.length > 0 && (
              <>
                <p className="muted small">{t("importFilled")}</p>
                <ul className="import-messages">
                  {graphFile.messages.map((m, i) => (
                    <li key={i}>{m}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
        {graphFile?.progress && (
          <p className="import-progress">
            {t(graphFile.progress === "reading" ? "graphFileReading" : "graphFileChecking", { name: graphFile.name })}{" "}
            {cancelImport && (
              <button type="button" onClick={() => cancelImport()} title={t("importCancelLabel")}>
                {t("importCancel")}
              </button>
            )}
          </p>
        )}
        {skipped.map((s, i) => (
          <p key={i} className="muted">
            {t(s.why === "unknown" ? "importUnknown" : "importSecondGraph", { name: s.name })}
          </p>
        ))}
        {articles.length > 0 && (
          <>
            <h3>{t("importArticles")}</h3>
            <ul className="import-articles">
              {articles.map((a, i) => (
                <li key={i} className={`article-${a.state}`}>
                  {t("articleLine", {
                    name: a.name,
                    state: t(STATE_TEXT[a.state], { entities: a.entities ?? 0, relations: a.relations ?? 0, reason: a.reason ?? "", chars: (a.chars ?? 0).toLocaleString("en-US") }),
                  })}
                </li>
              ))}
            </ul>
            {cancelImport && (
              <p className="import-cancel">
                <button type="button" onClick={() => cancelImport()} title={t("importCancelLabel")}>
                  {t("importCancel")}
                </button>
              </p>
            )}
          </>
        )}
        {merged && (
          <p>
            {t("importMerged", { nodes: merged.nodes, edges: merged.edges })}{" "}
            <button type="button" className="link-button" onClick={() => store.getState().showDoc(merged.doc)}>
              {t("importShowArticle")}
            </button>
          </p>
        )}
        {report.layout === "running" && (
          <p className="layout-run">
            <span>{t("layoutRunning")}</span>
            <button type="button" onClick={() => stopLayout?.()}>
              {t("layoutStop")}
            </button>
          </p>
        )}
        {report.layout === "done" && <p className="muted">{t("layoutDone")}</p>}
        {report.layout === "stopped" && <p className="muted">{t("layoutStopped")}</p>}
      </div>
      {graphFile && !graphFile.ok && !graphFile.progress && (
        <div role="alert" className="import-error">
          <p>{t("importRefused", { name: graphFile.name })}</p>
          <ul className="import-messages">
            {graphFile.messages.map((m, i) => (
              <li key={i}>
                <code>{m}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.mergeError && (
        <div role="alert" className="import-error">
          <p>{t("importMergeFailed", { reason: report.mergeError })}</p>
        </div>
      )}
    </section>
  );
}
