// Redraws the map when what it shows changes; the graph itself is untouched.
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { useExplorerStore } from "../store/context";
import type { RenderSync } from "./render-state";

export function ReducersController({ sync }: { sync: RenderSync }) {
  const sigma = useSigma();
  const store = useExplorerStore();
  useEffect(() => {
    const apply = () => {
      if (sync.update(store.getState())) sigma.refresh({ schedule: true });
    };
    apply();
    return store.subscribe(apply);
  }, [sigma, store, sync]);
  return null;
}
