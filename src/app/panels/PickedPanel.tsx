// The hand-picked set: the nodes shift-clicked on the map (or picked in the
// details panel), each removable, the whole set clearable. Export takes them
// with the relations among them.
import { useT } from "../i18n/use-t";
import { useExplorer, useExplorerStore } from "../store/context";
import { labelInScript } from "../text/labels";
import { NodeLink } from "./NodeLink";

export function PickedPanel() {
  const store = useExplorerStore();
  const { t } = useT();
  const picked = useExplorer((s) => s.picked);
  const loaded = useExplorer((s) => s.loaded);
  const computed = useExplorer((s) => s.computed);
  const script = useExplorer((s) => s.view.script);
  if (!loaded || !picked.length) return null;
  return (
    <section className="picked-panel" aria-label={t("picked")}>
      <h2 className="panel-title">
        {t("picked")} ({picked.length})
      </h2>
      <p className="muted small">{t("pickedSummary", { n: picked.length })}</p>
      <ul className="plain picked-list">
        {picked.map((node) => (
          <li key={node}>
            <NodeLink node={node} />
            {computed && !computed.nodes.has(node) && <span className="muted small"> ({t("pickedHidden")})</span>}
            <button
              type="button"
              className="remove"
              aria-label={t("pickedRemove", { node: labelInScript(loaded.graph.getNodeAttributes(node), script) })}
              title={t("pickedRemove", { node: labelInScript(loaded.graph.getNodeAttributes(node), script) })}
              onClick={() => store.getState().togglePicked(node)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => store.getState().clearPicked()}>
        {t("pickedClear")}
      </button>
    </section>
  );
}
