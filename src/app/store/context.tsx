// Hands each explorer instance its own store: two explorers on one page do
// not share state.
import { createContext, useContext, type ReactNode } from "react";
import { useStore } from "zustand";
import type { StoreApi } from "zustand/vanilla";
import type { ExplorerStore } from "./store";

const ExplorerContext = createContext<StoreApi<ExplorerStore> | null>(null);

export function ExplorerProvider({ store, children }: { store: StoreApi<ExplorerStore>; children: ReactNode }) {
  return <ExplorerContext.Provider value={store}>{children}</ExplorerContext.Provider>;
}

export function useExplorerStore(): StoreApi<ExplorerStore> {
  const store = useContext(ExplorerContext);
  if (!store) throw new Error("useExplorerStore: no ExplorerProvider above this component");
  return store;
}

/** Subscribes to one slice; return stable values (primitives or stored objects), not new ones. */
export function useExplorer<T>(selector: (s: ExplorerStore) => T): T {
  return useStore(useExplorerStore(), selector);
}
