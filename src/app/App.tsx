// The page: one explorer whose view lives in the URL, reading the graph file
// named by ?graph= (for tests and benchmarks) or graph.json next to the page.
import { useEffect, useState } from "react";
import { ExportMenu } from "./export/ExportMenu";
import { Explorer } from "./Explorer";
import { ImportControls } from "./import/ImportControls";
import { preferredLang, STRINGS } from "./i18n/strings";
import { createExplorerStore } from "./store/store";
import { decodeView } from "./url";
import { UrlSync } from "./UrlSync";

export function graphUrlFrom(search: string): string {
  return new URLSearchParams(search).get("graph") || "graph.json";
}

export function App() {
  const [store] = useState(() => createExplorerStore({ view: decodeView(location.search), browserLang: preferredLang(navigator.languages) }));
  useEffect(() => {
    const title = () => {
      const s = store.getState();
      const lang = s.view.lang ?? s.browserLang;
      const node = s.view.node && s.loaded?.graph.hasNode(s.view.node) ? s.loaded.graph.getNodeAttribute(s.view.node, "label") : null;
      document.title = node ? `${node} · ${STRINGS[lang].appTitle}` : STRINGS[lang].appTitle;
      document.documentElement.lang = lang === "zh" ? "zh-Hant" : "en";
    };
    title();
    return store.subscribe(title);
  }, [store]);
  return (
    <>
      <UrlSync store={store} />
      <Explorer
        store={store}
        graphUrl={graphUrlFrom(location.search)}
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
