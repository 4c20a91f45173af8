// Keeps the main explorer's view in the address bar: each step a person
// takes is a history entry (Back and Forward walk them), typing in the search
// box and timeline playback replace the current entry instead.
import { useEffect } from "react";
import type { StoreApi } from "zustand/vanilla";
import type { ExplorerStore } from "./store/store";
import { decodeView, encodeView, onlyQueryChanged } from "./url";

export function UrlSync({ store }: { store: StoreApi<ExplorerStore> }) {
  useEffect(() => {
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.view === prev.view) return;
      const search = encodeView(s.view, location.search);
      if (search === location.search) return;
      const url = location.pathname + search + location.hash;
      const replace = s.playing || prev.playing || s.loaded !== prev.loaded || onlyQueryChanged(prev.view, s.view);
      if (replace) history.replaceState(null, "", url);
      else history.pushState(null, "", url);
    });
    const onPop = () => store.getState().applyView(decodeView(location.search), { moveCamera: true });
    window.addEventListener("popstate", onPop);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", onPop);
    };
  }, [store]);
  return null;
}
