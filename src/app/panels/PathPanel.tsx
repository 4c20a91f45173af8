// How two nodes connect: the shortest path through what the map shows,
// hop by hop, each hop a sentence with its evidence.
import { useT } from "../i18n/use-t";
import { useExplorer, useExplorerStore } from "../store/context";
import { labelInScript } from "../text/labels";
import { relationSentence } from "../text/sentences";
import { Evidence } from "./Evidence";
import { NodeLink } from "./NodeLink";
import { InferredMark, Sentence } from "./RelationList";

export function PathPanel() {
  const store = useExplorerStore();
  const { t, lang } = useT();
  const loaded = useExplorer((s) => s.loaded);
  const from = useExplorer((s) => s.view.pathFrom);
  const to = useExplorer((s) => s.view.pathTo);
  const script = useExplorer((s) => s.view.script);
  const computed = useExplorer((s) => s.computed);
  if (!loaded || !from) return null;
  const { graph } = loaded;
  const path = computed?.path;
  const name = (n: string) => labelInScript(graph.getNodeAttributes(n), script);
  return (
    <section className="path-panel" aria-label={t("path")}>
      <h2 className="panel-title">{t("pathHeading")}</h2>
      <p className="path-ends">
        <NodeLink node={from} /> → {to ? <NodeLink node={to} /> : <span className="muted">?</span>}
      </p>
      {!to && <p className="muted">{t("pathPickEnd")}</p>}
      {to && computed?.pathMissing && <p className="notice-hidden">{t("pathNone", { a: name(from), b: name(to) })}</p>}
      {to && path && (
        <>
          <p className="muted">{t(path.edges.length === 1 ? "pathHop" : "pathHops", { n: path.edges.length })}</p>
          <ol className="path-hops">
            {path.edges.map((edge) => {
              const attrs = graph.getEdgeAttributes(edge);
              return (
                <li key={edge}>
                  <p className="sentence">
                    <Sentence
                      parts={relationSentence({ relation: attrs.relation, title: attrs.title, date: attrs.date }, "full", lang)}
                      source={graph.source(edge)}
                      target={graph.target(edge)}
                    />{" "}
                    <InferredMark inferred={attrs.inferred} />
                  </p>
                  <Evidence spans={attrs.evidence} />
                </li>
              );
            })}
          </ol>
        </>
      )}
      <button type="button" className="link-button" onClick={() => store.getState().clearPath()}>
        {t("clearPath")}
      </button>
    </section>
  );
}
