// The map: one sigma instance over the loaded graph, with small controllers
// inside it that each own one concern (reducers, events, camera, zoom). The
// data graph is handed to sigma once; filters, hover, focus and the timeline
// only change what the reducers return.
import { SigmaContainer } from "@react-sigma/core";
import { useMemo, useRef } from "react";
import type { KnowledgeGraph } from "../../graph/build";
import { useT } from "../i18n/use-t";
import { useExplorerStore } from "../store/context";
import { CameraController } from "./CameraController";
import { DebugHandle } from "./DebugHandle";
import { EventsController } from "./EventsController";
import { FirstFrameMark } from "./FirstFrameMark";
import { emptyRenderState, makeEdgeReducer, makeNodeReducer } from "./reducers";
import { createRenderSync } from "./render-state";
import { ReducersController } from "./ReducersController";
import { RendererBridge } from "./RendererBridge";
import { sigmaSettings } from "./settings";
import { ZoomButtons } from "./ZoomButtons";

export function GraphCanvas({ graph }: { graph: KnowledgeGraph }) {
  const store = useExplorerStore();
  const { t } = useT();
  // Another graph (a file opened) gets a sigma instance of its own: the
  // container would otherwise make one with the old settings (and reducers)
  // before the new ones reach it.
  const generations = useRef(0);
  const generation = useMemo(() => ++generations.current, [graph]);
  // Made before sigma so its first frame already shows the current view.
  const sync = useMemo(() => {
    const s = createRenderSync(graph, emptyRenderState());
    s.update(store.getState());
    return s;
  }, [graph, store]);
  const settings = useMemo(
    () =>
      sigmaSettings(graph.order, graph.size, {
        nodeReducer: makeNodeReducer(() => sync.state),
        edgeReducer: makeEdgeReducer(() => sync.state),
      }),
    [graph, sync],
  );
  return (
    <div className="map" role="group" aria-label={t("mapLabel")}>
      <SigmaContainer key={generation} graph={graph} settings={settings} className="sigma">
        <FirstFrameMark />
        <ReducersController sync={sync} />
        <EventsController />
        <CameraController />
        <ZoomButtons />
        <DebugHandle />
        <RendererBridge />
      </SigmaContainer>
      <p className="map-hint">{t("mapHint")}</p>
    </div>
  );
}
