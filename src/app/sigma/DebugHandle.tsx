// Lets scripts that drive the page (the end-to-end tests, a benchmark, a
// person in the console) reach each explorer's sigma instance and store:
// window.__explorers[i] = { sigma, store }.
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type Sigma from "sigma";
import type { StoreApi } from "zustand/vanilla";
import { useExplorerStore } from "../store/context";
import type { ExplorerStore } from "../store/store";

export interface ExplorerHandle {
  sigma: Sigma;
  store: StoreApi<ExplorerStore>;
}

declare global {
  interface Window {
    __explorers?: ExplorerHandle[];
  }
}

export function DebugHandle() {
  const sigma = useSigma();
  const store = useExplorerStore();
  useEffect(() => {
    const handle: ExplorerHandle = { sigma: sigma as unknown as Sigma, store };
    const list = (window.__explorers ??= []);
    list.push(handle);
    return () => {
      const i = list.indexOf(handle);
      if (i >= 0) list.splice(i, 1);
    };
  }, [sigma, store]);
  return null;
}
