// Moves the camera when the store asks: to a node chosen in the search box,
// a link or the URL, or back to the whole graph.
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { useExplorerStore } from "../store/context";
import { alreadyThere, frame, WHOLE_GRAPH } from "./camera-frame";

const DURATION = 450;

export function CameraController() {
  const sigma = useSigma();
  const store = useExplorerStore();
  useEffect(() => {
    let handled = -1;
    const apply = () => {
      const request = store.getState().cameraRequest;
      if (!request || request.seq === handled) return;
      handled = request.seq;
      const camera = sigma.getCamera();
      const nodes = request.nodes ?? (request.node ? [request.node] : []);
      if (!nodes.length) {
        if (!alreadyThere(camera.getState(), WHOLE_GRAPH)) void camera.animatedReset({ duration: DURATION });
        return;
      }
      // Read positions after sigma's next render: a refresh that is still
      // pending leaves display data in graph, not camera, coordinates.
      sigma.once("afterRender", () => {
        const graph = sigma.getGraph();
        const target = frame(
          nodes.map((n) => (graph.hasNode(n) ? sigma.getNodeDisplayData(n) : undefined)),
          camera.ratio,
        );
        if (target && !alreadyThere(camera.getState(), target)) void camera.animate(target, { duration: DURATION });
      });
      sigma.scheduleRender();
    };
    apply();
    return store.subscribe(apply);
  }, [sigma, store]);
  return null;
}
