// Loading and error states: a person never sees a blank page. The error
// names what is wrong with the file and how to rebuild it.
import type { StringKey } from "../i18n/strings";
import { useT } from "../i18n/use-t";
import type { LoadProblem } from "../load/problem";

export function LoadingScreen() {
  const { t } = useT();
  return (
    <div className="status-screen" role="status">
      <p>{t("loading")}</p>
    </div>
  );
}

const KIND_TEXT: Record<LoadProblem["kind"], { en: string; zh: string }> = {
  missing: { en: "The graph file was not found.", zh: "找不到圖譜檔案。" },
  json: { en: "The graph file is not valid JSON.", zh: "圖譜檔案不是有效的 JSON。" },
  schema: { en: "The graph file does not follow the graph contract.", zh: "圖譜檔案不符合圖譜格式約定。" },
  structure: { en: "The nodes and relations in the graph file do not fit together.", zh: "圖譜檔案中的節點與關係對不上。" },
  empty: { en: "The graph has no nodes.", zh: "圖譜中沒有任何節點。" },
};

export function ErrorScreen({ problem }: { problem: LoadProblem }) {
  const { t, lang } = useT();
  const empty = problem.kind === "empty";
  const title: StringKey = empty ? "emptyTitle" : "errorTitle";
  return (
    <div className="status-screen error" role="alert">
      <h2>{t(title)}</h2>
      <p className="problem">{KIND_TEXT[problem.kind][lang]}</p>
      {problem.details.length > 0 && (
        <ul className="problem-details">
          {problem.details.map((d, i) => (
            <li key={i}>
              <code>{d}</code>
            </li>
          ))}
        </ul>
      )}
      {problem.url && <p className="muted">{t("errorFile", { url: problem.url })}</p>}
      <p>{t(empty ? "emptyHowTo" : "errorHowTo")}</p>
      <button type="button" onClick={() => location.reload()}>
        {t("reload")}
      </button>
    </div>
  );
}
