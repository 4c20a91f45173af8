// The Details region: the selected node's label, type, posts, aliases, date
// and degree, then its relations as sentences with their evidence.
import { useId } from "react";
import type { Jurisdiction } from "../../graph/contract";
import { jurisdictionShown } from "../../graph/jurisdiction";
import type { StringKey } from "../i18n/strings";
import { useT } from "../i18n/use-t";
import { useExplorer, useExplorerStore } from "../store/context";
import { labelInScript } from "../text/labels";
import { useScriptConverter } from "../text/use-script-converter";
import { NodeLink } from "./NodeLink";
import { RelationList } from "./RelationList";
import { TypeBadge } from "./TypeBadge";
import { CorrectionsPanel } from "../corrections/CorrectionsPanel";

export function DetailsPanel() {
  const store = useExplorerStore();
  const { t } = useT();
  const headingId = useId();
  const loaded = useExplorer((s) => s.loaded);
  const node = useExplorer((s) => s.view.node);
  const script = useExplorer((s) => s.view.script);
  const computed = useExplorer((s) => s.computed);
  const pathFrom = useExplorer((s) => s.view.pathFrom);
  const picked = useExplorer((s) => s.picked);
  const convert = useScriptConverter(script);
  if (!loaded) return null;
  const { graph } = loaded;

  if (!node || !graph.hasNode(node))
    return (
      <section className="details" aria-label={t("details")}>
        <h2 className="panel-title">{t("details")}</h2>
        <p className="muted">{t("detailsEmpty")}</p>
        <p className="muted">{t("graphSummary", { nodes: graph.order, edges: graph.size, docs: loaded.sources.length })}</p>
      </section>
    );

  const a = graph.getNodeAttributes(node);
  const label = labelInScript(a, script);
  const aliases = a.aliases.map((_, i) => labelInScript(a, script, i + 1));
  const docs = [...new Set(a.mentions.map((m) => m.doc))].filter((d) => loaded.sourceById.has(d));
  const firstMention = a.mentions.find((m) => loaded.sourceById.has(m.doc));
  const region = a.region as Jurisdiction | undefined;
  const shownWith = jurisdictionShown(a);
  const joins = ((a.identity as { doc: string; why: string }[] | undefined) ?? []).filter((j) => loaded.sourceById.has(j.doc));
  const candidates = ((graph.getAttribute("candidates") as { a: string; b: string; why: string }[] | undefined) ?? [])
    .filter((c) => (c.a === node || c.b === node) && graph.hasNode(c.a === node ? c.b : c.a))
    .map((c) => ({ other: c.a === node ? c.b : c.a, why: c.why }));
  const reason = (key: string) => t(key.replace(/-/g, "_") as StringKey);
  return (
    <section className="details" aria-label={t("details")} aria-describedby={headingId}>
      <h2 className="panel-title">{t("details")}</h2>
      <h3 className="node-title" id={headingId} tabIndex={-1}>
        {label}
        {shownWith && <span className="node-jurisdiction"> · {shownWith}</span>}
      </h3>
      <p>
        <TypeBadge type={a.type} />
      </p>
      {computed && !computed.nodes.has(node) && <p className="notice-hidden">{t("hiddenNotice")}</p>}
      <dl className="facts">
        {a.titles && a.titles.length > 0 && (
          <>
            <dt>{t("posts")}</dt>
            <dd>{convert(a.titles.join("、"))}</dd>
          </>
        )}
        {aliases.length > 0 && (
          <>
            <dt>{t("aliases")}</dt>
            <dd>{aliases.join("、")}</dd>
          </>
        )}
        {a.date && (
          <>
            <dt>{t("date")}</dt>
            <dd>{a.date}</dd>
          </>
        )}
        {region && a.type !== "place" && (
          <>
            <dt>{t("jurisdiction")}</dt>
            <dd>{region.names.join(" · ")}</dd>
          </>
        )}
        <dt>{t("degree")}</dt>
        <dd>{t("degreeValue", { n: graph.degree(node), out: graph.outDegree(node), in: graph.inDegree(node) })}</dd>
        {docs.length > 0 && (
          <>
            <dt>{t("mentionedIn")}</dt>
            <dd>
              <ul className="plain">
                {docs.map((d) => (
                  <li key={d}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        const m = a.mentions.find((x) => x.doc === d)!;
                        store.getState().showDoc(d, { start: m.start, end: m.end });
                      }}
                    >
                      {loaded.sourceById.get(d)!.title || d}
                    </button>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {joins.length > 0 && (
          <>
            <dt>{t("joinedAcross")}</dt>
            <dd>
              <ul className="plain identity-reasons">
                {joins.map((j) => (
                  <li key={j.doc}>{t("joinedFrom", { title: loaded.sourceById.get(j.doc)!.title || j.doc, why: reason(`why-${j.why}`) })}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {candidates.length > 0 && (
          <>
            <dt>{t("otherPersons")}</dt>
            <dd>
              <ul className="plain identity-candidates">
                {candidates.map((c) => (
                  <li key={c.other}>
                    <NodeLink node={c.other} /> <span className="muted small">({reason(`candidateWhy-${c.why}`)})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <div className="actions">
        <button type="button" onClick={() => store.getState().pathFrom(node)}>
          {t("pathFromHere")}
        </button>
        <button type="button" disabled={!pathFrom || pathFrom === node} onClick={() => store.getState().pathTo(node)}>
          {t("pathToHere")}
        </button>
        <button type="button" aria-pressed={picked.includes(node)} onClick={() => store.getState().togglePicked(node)}>
          {t("pickToggle")}
        </button>
        {firstMention && (
          <button type="button" onClick={() => store.getState().showDoc(firstMention.doc, { start: firstMention.start, end: firstMention.end })}>
            {t("openInArticle")}
          </button>
        )}
      </div>
      <h3>{t("relationsHeading")}</h3>
      <RelationList graph={graph} node={node} />
      <CorrectionsPanel key={node} node={node} />
    </section>
  );
}
