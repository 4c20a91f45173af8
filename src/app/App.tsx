// The page: one explorer whose view lives in the URL, reading the graph file
// named by ?graph= (for tests and benchmarks) or graph.json next to the page.
import { useEffect, useState } from "react";
import { ExportMenu } from "./export/ExportMenu";
import { Explorer } from "./Explorer";
import { ImportControls } from "./import/ImportControls";
import type { FetchResult } from "./load/fetch-graph";
import { preferredLang, STRINGS } from "./i18n/strings";
import { createExplorerStore } from "./store/store";
import { decodeView } from "./url";
import { UrlSync } from "./UrlSync";

export function graphUrlFrom(search: string): string {
  return new URLSearchParams(search).get("graph") || "graph.json";
}

/** The graph file to show, already being fetched. */
export interface GraphRequest {
  url: string;
  text: Promise<FetchResult>;
}

export function App({ graph }: { graph: GraphRequest }) {
  const [store] = useState(() => createExplorerStore({ view: decodeView(location.search), browserLang: preferredLang(navigator.languages) }));
  useEffect(() => {
    const title = () => {
      const s = store.getState();
      const lang = s.view.lang ?? s.browserLang;
      const node = s.view.node && s.loaded?.graph.hasNode(s.view.node) ? s.loaded.graph.getNodeAttribute(s.view.node, "label") : null;
      const text = node ? `${node} · ${STRINGS[lang].appTitle}` : STRINGS[lang].appTitle;
      if (document.title !== text) document.title = text;
      // Only when it changes: setting it, even to the same value, restyles
      // the whole page (fonts follow the language), on every keystroke.
      const htmlLang = lang === "zh" ? "zh-Hant" : "en";
      if (document.documentElement.lang !== htmlLang) document.documentElement.lang = htmlLang;
    };
    title();
    return store.subscribe(title);
  }, [store]);
  return (
    <>
      <UrlSync store={store} />
      <Explorer
        store={store}
        graphUrl={graph.url}
        prefetched={graph.text}
        exportMenu={
          <>
            <ImportControls />
            <ExportMenu />
          </>
        }
      />
    </>
  );
}
