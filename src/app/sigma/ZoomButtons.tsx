// Zoom in, zoom out, fit the whole graph: buttons in the map's corner.
import { useCamera } from "@react-sigma/core";
import { useT } from "../i18n/use-t";

export function ZoomButtons() {
  const { zoomIn, zoomOut, reset } = useCamera({ duration: 250, factor: 1.5 });
  const { t } = useT();
  return (
    <div className="zoom-buttons">
      <button type="button" onClick={() => zoomIn()} aria-label={t("zoomIn")} title={t("zoomIn")}>
        +
      </button>
      <button type="button" onClick={() => zoomOut()} aria-label={t("zoomOut")} title={t("zoomOut")}>
        −
      </button>
      <button type="button" onClick={() => reset()} aria-label={t("zoomReset")} title={t("zoomReset")}>
        ⤢
      </button>
    </div>
  );
}
