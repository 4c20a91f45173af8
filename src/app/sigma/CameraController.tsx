// Moves the camera when the store asks: to a node chosen in the search box,
// a link or the URL, or back to the whole graph.
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { useExplorerStore } from "../store/context";

const DURATION = 450;
const CLOSE_RATIO = 0.45;

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
      if (!request.node) {
        void camera.animatedReset({ duration: DURATION });
        return;
      }
      const data = sigma.getNodeDisplayData(request.node);
      if (!data || data.hidden) return;
      void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, CLOSE_RATIO) }, { duration: DURATION });
    };
    apply();
    return store.subscribe(apply);
  }, [sigma, store]);
  return null;
}
