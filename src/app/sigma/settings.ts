// Sigma settings by graph size: labels culled by zoom and density, edges
// hidden while the camera moves once there are many of them.
import type { Settings } from "sigma/settings";
import { drawNodeLabel } from "./draw-label";

export const LABEL_FONT = "'Noto Sans CJK TC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'PingFang TC', 'Microsoft JhengHei', sans-serif";

export function sigmaSettings(order: number, size: number, reducers: Pick<Settings, "nodeReducer" | "edgeReducer">): Partial<Settings> {
  const large = order > 5000;
  return {
    ...reducers,
    defaultEdgeType: "arrow",
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: "#1F2933" },
    defaultDrawNodeLabel: drawNodeLabel,
    // Small graphs can afford every label once zoomed in a little.
    labelRenderedSizeThreshold: large ? 9 : order > 500 ? 7 : 5,
    labelDensity: large ? 0.4 : 0.8,
    labelGridCellSize: 140,
    hideEdgesOnMove: size > 3000,
    hideLabelsOnMove: order > 20000,
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 3,
    stagePadding: 40,
    enableCameraRotation: false,
  };
}
