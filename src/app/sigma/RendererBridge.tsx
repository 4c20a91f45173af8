// Hands the sigma instance to the store while the map is mounted, for what
// lives outside the map and needs it (the PNG export).
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type Sigma from "sigma";
import { useExplorerStore } from "../store/context";

export function RendererBridge() {
  const sigma = useSigma() as unknown as Sigma;
  const store = useExplorerStore();
  useEffect(() => {
    store.getState().setRenderer(sigma);
    return () => {
      if (store.getState().renderer === sigma) store.getState().setRenderer(null);
    };
  }, [sigma, store]);
  return null;
}
