// The legend: each node type and each relation with its colour, its name and
// how many are shown out of how many; a click hides or shows it, "only"
// shows it alone (nodes left without a shown edge then leave the map).
import { NODE_TYPES, RELATIONS } from "../../graph/contract";
import { RELATION_COLORS, TYPE_COLORS } from "../../graph/style";
import { RELATION_NAMES, TYPE_NAMES } from "../i18n/strings";
import { useT } from "../i18n/use-t";
import { useExplorer, useExplorerStore } from "../store/context";

export function Legend() {
  const store = useExplorerStore();
  const { t, lang } = useT();
  const totals = useExplorer((s) => s.loaded?.totals);
  const counts = useExplorer((s) => s.computed?.counts);
  const hiddenTypes = useExplorer((s) => s.view.hiddenTypes);
  const hiddenRelations = useExplorer((s) => s.view.hiddenRelations);
  const hideIsolated = useExplorer((s) => s.view.hideIsolated);
  if (!totals || !counts) return null;
  const anyHidden = hiddenTypes.length > 0 || hiddenRelations.length > 0;
  return (
    <section className="legend" aria-label={t("legend")}>
      <h2>{t("nodeTypes")}</h2>
      <ul>
        {NODE_TYPES.filter((type) => totals.types[type] > 0).map((type) => {
          const shown = !hiddenTypes.includes(type);
          return (
            <li key={type}>
              <button
                type="button"
                className="legend-item"
                aria-pressed={shown}
                title={t("toggleHint")}
                data-type={type}
                onClick={() => store.getState().toggleType(type)}
              >
                <span className="swatch" style={{ background: TYPE_COLORS[type] }} aria-hidden="true" />
                <span className="legend-name">{TYPE_NAMES[lang][type]}</span>
                <span className="legend-count" aria-label={t("visibleOfTotal", { visible: counts.types[type], total: totals.types[type] })}>
                  {counts.types[type]}/{totals.types[type]}
                </span>
              </button>
              <button type="button" className="legend-only" data-only-type={type} aria-label={t("onlyThisLabel", { name: TYPE_NAMES[lang][type] })} onClick={() => store.getState().onlyType(type)}>
                {t("onlyThis")}
              </button>
            </li>
          );
        })}
      </ul>
      <h2>{t("relations")}</h2>
      <ul>
        {RELATIONS.filter((rel) => totals.relations[rel] > 0).map((rel) => {
          const shown = !hiddenRelations.includes(rel);
          return (
            <li key={rel}>
              <button
                type="button"
                className="legend-item"
                aria-pressed={shown}
                title={t("toggleHint")}
                data-relation={rel}
                onClick={() => store.getState().toggleRelation(rel)}
              >
                <span className="swatch line" style={{ background: RELATION_COLORS[rel] }} aria-hidden="true" />
                <span className="legend-name">{RELATION_NAMES[lang][rel]}</span>
                <span className="legend-count" aria-label={t("visibleOfTotal", { visible: counts.relations[rel], total: totals.relations[rel] })}>
                  {counts.relations[rel]}/{totals.relations[rel]}
                </span>
              </button>
              <button type="button" className="legend-only" data-only-relation={rel} aria-label={t("onlyThisLabel", { name: RELATION_NAMES[lang][rel] })} onClick={() => store.getState().onlyRelation(rel)}>
                {t("onlyThis")}
              </button>
            </li>
          );
        })}
      </ul>
      <label className="check-row">
        <input type="checkbox" checked={hideIsolated} onChange={(e) => store.getState().setHideIsolated(e.target.checked)} />
        {t("hideIsolated")}
      </label>
      {anyHidden && (
        <button type="button" className="link-button" onClick={() => store.getState().showAll()}>
          {t("showAll")}
        </button>
      )}
    </section>
  );
}
