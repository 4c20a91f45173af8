// One explorer: its own store, its graph file, the screen. Several can live
// on one page; only the page's main one keeps its view in the URL.
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from "react";
import type { StoreApi } from "zustand/vanilla";
import { STRINGS } from "./i18n/strings";
import { useLang } from "./i18n/use-t";
import { FileDrop } from "./import/FileDrop";
import { ImportPanel } from "./import/ImportPanel";
import { fetchGraphText, type FetchResult } from "./load/fetch-graph";
import { DetailsPanel } from "./panels/DetailsPanel";
import { ErrorBoundary } from "./panels/ErrorBoundary";
import { FocusControl } from "./panels/FocusControl";
import { Legend } from "./panels/Legend";
import { PathPanel } from "./panels/PathPanel";
import { PickedPanel } from "./panels/PickedPanel";
import { CorrectionsLog } from "./corrections/CorrectionsLog";
import { SourcePane } from "./panels/SourcePane";
import { ErrorScreen, LoadingScreen } from "./panels/StatusScreens";
import { Timeline } from "./panels/Timeline";
import { TopBar } from "./panels/TopBar";
import { GraphCanvas } from "./sigma/GraphCanvas";
import { ExplorerProvider, useExplorer } from "./store/context";
import type { ExplorerStore } from "./store/store";

// The table is not needed for the first frame: it loads when first opened.
const TablePanel = lazy(() => import("./table/TablePanel"));

export async function loadGraphFile(store: StoreApi<ExplorerStore>, url: string, prefetched?: Promise<FetchResult>): Promise<void> {
  const fetched = await (prefetched ?? fetchGraphText(url));
  if (!fetched.ok) store.getState().fail(fetched.problem);
  else store.getState().loadGraphText(fetched.text, url);
}

function Screen({ exportMenu }: { exportMenu?: ReactNode }) {
  const status = useExplorer((s) => s.status);
  const graph = useExplorer((s) => s.loaded?.graph);
  const lang = useLang();
  const root = useRef<HTMLDivElement>(null);
  const [table, setTable] = useState(false);
  const renderer = useExplorer((s) => s.renderer);
  // Sigma sizes its canvases on window resizes only: the map's box changes when the table opens or closes.
  useEffect(() => {
    if (!renderer) return;
    const frame = requestAnimationFrame(() => renderer.resize().refresh());
    return () => cancelAnimationFrame(frame);
  }, [table, renderer]);
  return (
    <div className="explorer" lang={lang === "zh" ? "zh-Hant" : "en"} ref={root}>
      <TopBar exportMenu={exportMenu} />
      <FileDrop target={root} />
      <ImportPanel />
      {status.kind === "loading" && <LoadingScreen />}
      {status.kind === "error" && <ErrorScreen problem={status.problem} />}
      {status.kind === "ready" && graph && (
        <ErrorBoundary title={STRINGS[lang].errorTitle} reload={STRINGS[lang].reload}>
          <main className="layout">
            <aside className="left-rail" aria-label={STRINGS[lang].filters}>
              <button type="button" className="table-toggle" aria-pressed={table} onClick={() => setTable(!table)}>
                {STRINGS[lang].tableShow}
              </button>
              <Legend />
              <Timeline />
              <FocusControl />
            </aside>
            <div className={table ? "center-column with-table" : "center-column"}>
              <GraphCanvas graph={graph} />
              {table && (
                <Suspense fallback={<p className="muted table-loading">{STRINGS[lang].loading}</p>}>
                  <TablePanel />
                </Suspense>
              )}
            </div>
            <div className="right-column">
              <div className="right-scroll">
                <PickedPanel />
                <CorrectionsLog />
                <PathPanel />
                <DetailsPanel />
              </div>
              <SourcePane />
            </div>
          </main>
        </ErrorBoundary>
      )}
    </div>
  );
}

export function Explorer({
  store,
  graphUrl,
  prefetched,
  exportMenu,
}: {
  store: StoreApi<ExplorerStore>;
  graphUrl: string;
  /** The fetch of graphUrl, if the page started it already. */
  prefetched?: Promise<FetchResult>;
  exportMenu?: ReactNode;
}) {
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void loadGraphFile(store, graphUrl, prefetched);
  }, [store, graphUrl, prefetched]);
  return (
    <ExplorerProvider store={store}>
      <Screen exportMenu={exportMenu} />
    </ExplorerProvider>
  );
}
