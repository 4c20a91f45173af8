// Focus: only the selected node's neighbourhood, 1, 2 or 3 steps out.
import { useId } from "react";
import { useT } from "../i18n/use-t";
import { useExplorer, useExplorerStore } from "../store/context";
import type { Depth } from "../store/view-state";

const DEPTHS: Depth[] = [0, 1, 2, 3];

export function FocusControl() {
  const store = useExplorerStore();
  const { t } = useT();
  const name = useId();
  const depth = useExplorer((s) => s.view.depth);
  const node = useExplorer((s) => s.view.node);
  return (
    <fieldset className="focus">
      <legend>{t("focus")}</legend>
      <div className="focus-options">
        {DEPTHS.map((d) => (
          <label key={d} className={depth === d ? "checked" : undefined}>
            <input type="radio" name={name} value={d} checked={depth === d} onChange={() => store.getState().setDepth(d)} />
            {d === 0 ? t("focusOff") : t(d === 1 ? "focusSteps" : "focusStepsPlural", { n: d })}
          </label>
        ))}
      </div>
      {!node && depth > 0 && <p className="muted">{t("focusNeedsNode")}</p>}
      {!node && depth === 0 && <p className="muted small">{t("focusNeedsNode")}</p>}
    </fieldset>
  );
}
