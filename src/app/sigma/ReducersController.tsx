// Redraws the map when what it shows changes; the graph itself is untouched.
// A change that touches a few nodes and edges reprocesses only those.
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { useExplorerStore } from "../store/context";
import type { RenderSync } from "./render-state";

export function ReducersController({ sync }: { sync: RenderSync }) {
  const sigma = useSigma();
  const store = useExplorerStore();
  useEffect(() => {
    const apply = () => {
      const change = sync.update(store.getState());
      if (!change) return;
      if (change.full) {
        sigma.refresh({ schedule: true });
        return;
      }
      try {
        sigma.refresh({ partialGraph: { nodes: [...change.nodes], edges: [...change.edges] }, skipIndexation: true, schedule: true });
      } catch {
        // A node added since sigma last indexed the graph (an import) cannot be
        // redrawn alone: sigma's next full pass places it.
        sigma.refresh({ schedule: true });
      }
    };
    apply();
    return store.subscribe(apply);
  }, [sigma, store, sync]);
  return null;
}
