// One store per explorer instance (zustand's vanilla store, handed down by a
// React context): the loaded graph, what the person looks at (ViewState, the
// URL part), the derived view sets, and transient things (hover, playback,
// camera and article-scroll requests), the hand-picked set, and what imports
// report. Actions are thin wrappers around the pure transitions in
// view-state.ts.
import type Sigma from "sigma";
import { createStore, type StoreApi } from "zustand/vanilla";
import type { KnowledgeGraph } from "../../graph/build";
import { graphFromData, parseGraphText } from "../../graph/parse";
import { unrenderableKeys } from "../load/renderable";
import type { NodeType, Relation } from "../../graph/contract";
import type { Lang } from "../i18n/strings";
import type { LoadProblem } from "../load/problem";
import { ensureSearchKeys, lacksSearchKeys } from "../search/ensure-keys";
import { buildSearchIndex, type SearchIndex } from "../search/search-index";
import type { ImportReport } from "../import/report";
import { correctionsSlice, type CorrectionsActions, type CorrectionsState } from "../corrections/corrections-slice";
import { computeView, type ComputedView } from "./compute-view";
import { deriveLoadedGraph, type LoadedGraph } from "./loaded-graph";
import * as T from "./view-state";
import { INITIAL_VIEW, type Depth, type Script, type ViewState } from "./view-state";

export type LoadStatus =
  | { kind: "loading"; url?: string }
  | { kind: "error"; problem: LoadProblem }
  | { kind: "ready" };

export interface ExplorerState extends CorrectionsState {
  status: LoadStatus;
  loaded: LoadedGraph | null;
  view: ViewState;
  computed: ComputedView | null;
  /** Null until the search keys are ready (an imported graph may need them computed). */
  searchIndex: SearchIndex | null;
  hovered: string | null;
  playing: boolean;
  /** Asks the map to move to a node, or to frame several (a path); node null and no nodes: the whole graph. seq makes each request new. */
  cameraRequest: { node: string | null; nodes?: string[]; seq: number } | null;
  /** Asks the article pane to show a range; seq makes each request new. */
  sourceRequest: { doc: string; start: number; end: number; seq: number } | null;
  /** The browser's preferred interface language. */
  browserLang: Lang;
  /** Nodes shift-clicked (or added from the details panel) for export, in the order picked. */
  picked: string[];
  /** The sigma instance drawing the map (for image export); null while none is mounted. */
  renderer: Sigma | null;
  /** What the last import (a graph file, articles) did; null when there is nothing to report. */
  importReport: ImportReport | null;
  /** Stops the layout run settling newly added nodes; null when none runs. */
  stopLayout: (() => void) | null;
  /** Stops the import in progress (reading a graph file or extracting articles), when one runs. */
  cancelImport: (() => void) | null;
}

export interface ExplorerActions extends CorrectionsActions {
  /** Replaces the graph on screen; an invalid graph is refused and the old one kept. */
  loadGraph(serialized: unknown, url?: string): { ok: true } | { ok: false; problem: LoadProblem };
  loadGraphText(text: string, url?: string): { ok: true } | { ok: false; problem: LoadProblem };
  fail(problem: LoadProblem): void;
  /** Applies a whole view (from the URL or the history). */
  applyView(view: ViewState, opts?: { moveCamera?: boolean }): void;
  select(node: string | null, opts?: { moveCamera?: boolean }): void;
  hover(node: string | null): void;
  toggleType(type: NodeType): void;
  toggleRelation(relation: Relation): void;
  showAll(): void;
  onlyType(type: NodeType): void;
  onlyRelation(relation: Relation): void;
  /** Focuses a node with its neighbours through one relation. */
  expandBy(node: string, relation: Relation): void;
  setUndated(undated: ViewState["undated"]): void;
  setHideIsolated(hide: boolean): void;
  setDepth(depth: Depth): void;
  setWindow(from: string | null, to: string | null): void;
  setPlaying(playing: boolean): void;
  setQuery(q: string): void;
  pathFrom(node: string): void;
  pathTo(node: string): void;
  clearPath(): void;
  setScript(script: Script): void;
  setLang(lang: Lang): void;
  showDoc(doc: string, range?: { start: number; end: number }): void;
  resetCamera(): void;
  togglePicked(node: string): void;
  clearPicked(): void;
  setRenderer(renderer: Sigma | null): void;
  /** Shows a graph that is already checked (an opened file), in place of the one on screen. */
  replaceGraph(graph: KnowledgeGraph): void;
  /** The graph on screen gained nodes, edges or articles in place: derived data is made again, the view kept; `doc` is shown in the article pane. */
  graphChanged(opts?: { doc?: string }): void;
  setImportReport(report: ImportReport | null | ((current: ImportReport | null) => ImportReport | null)): void;
  setStopLayout(stop: (() => void) | null): void;
  setCancelImport(cancel: (() => void) | null): void;
}

export type ExplorerStore = ExplorerState & ExplorerActions;

/** The fields of ViewState that change what the map shows. */
function changesMap(a: ViewState, b: ViewState): boolean {
  return (
    a.depth !== b.depth ||
    (a.depth > 0 && a.node !== b.node) ||
    a.from !== b.from ||
    a.to !== b.to ||
    a.hiddenTypes !== b.hiddenTypes ||
    a.hiddenRelations !== b.hiddenRelations ||
    a.undated !== b.undated ||
    a.hideIsolated !== b.hideIsolated ||
    a.pathFrom !== b.pathFrom ||
    a.pathTo !== b.pathTo
  );
}

/** The article to show for a node: the current one if it mentions the node, else the first that does. */
export function docForNode(loaded: LoadedGraph, node: string | null, current: string | null): string | null {
  if (!node || !loaded.graph.hasNode(node)) return current;
  const mentions = loaded.graph.getNodeAttribute(node, "mentions");
  if (current && mentions.some((m) => m.doc === current)) return current;
  return mentions.find((m) => loaded.sourceById.has(m.doc))?.doc ?? current;
}

export function createExplorerStore(init: { view?: ViewState; browserLang?: Lang } = {}): StoreApi<ExplorerStore> {
  return createStore<ExplorerStore>()((set, get) => {
    let cameraSeq = 0;
    let sourceSeq = 0;

    const updateView = (next: ViewState, extra: Partial<ExplorerState> = {}) => {
      const { view, loaded, computed } = get();
      if (next === view && !Object.keys(extra).length) return;
      const recompute = loaded && (changesMap(view, next) || !computed);
      set({ ...extra, view: next, computed: recompute ? computeView(loaded, next) : computed });
    };

    const install = (graph: KnowledgeGraph) => {
      // A layout still settling nodes of the old graph must not outlive it.
      get().stopLayout?.();
      const loaded = deriveLoadedGraph(graph);
      const view = T.withinGraph(get().view, (n) => graph.hasNode(n), (d) => loaded.sourceById.has(d));
      const withDoc = { ...view, doc: view.doc ?? docForNode(loaded, view.node, null) ?? loaded.sources[0]?.id ?? null };
      const needsKeys = lacksSearchKeys(graph);
      set({
        status: { kind: "ready" },
        loaded,
        view: withDoc,
        computed: computeView(loaded, withDoc),
        searchIndex: needsKeys ? null : buildSearchIndex(graph),
        hovered: null,
        playing: false,
        cameraRequest: { node: withDoc.node, seq: ++cameraSeq },
        picked: get().picked.filter((n) => graph.hasNode(n)),
      });
      if (needsKeys)
        void ensureSearchKeys(graph).then(() => {
          // Another graph may have replaced this one meanwhile.
          if (get().loaded === loaded) set({ searchIndex: buildSearchIndex(graph) });
        });
    };

    const accept = (parsed: ReturnType<typeof graphFromData>, url?: string) => {
      const unrenderable = parsed.ok ? unrenderableKeys(parsed.graph) : undefined;
      const result: ReturnType<typeof graphFromData> = unrenderable
        ? { ok: false, problem: { kind: "structure", message: "The map cannot show this graph.", details: [unrenderable] } }
        : parsed;
      if (result.ok) {
        install(result.graph);
        return { ok: true as const };
      }
      const problem: LoadProblem = { ...result.problem, url };
      if (!get().loaded) set({ status: { kind: "error", problem } });
      return { ok: false as const, problem };
    };

    return {
      status: { kind: "loading" },
      loaded: null,
      view: init.view ?? INITIAL_VIEW,
      computed: null,
      searchIndex: null,
      hovered: null,
      playing: false,
      cameraRequest: null,
      sourceRequest: null,
      browserLang: init.browserLang ?? "en",
      picked: [],
      renderer: null,
      importReport: null,
      stopLayout: null,
      cancelImport: null,

      loadGraph: (serialized, url) => accept(graphFromData(serialized), url),
      loadGraphText: (text, url) => accept(parseGraphText(text), url),
      fail: (problem) => {
        if (!get().loaded) set({ status: { kind: "error", problem } });
      },
      applyView: (view, opts) => {
        const { loaded } = get();
        const next = loaded ? T.withinGraph(view, (n) => loaded.graph.hasNode(n), (d) => loaded.sourceById.has(d)) : view;
        const moved = opts?.moveCamera && next.node !== get().view.node;
        updateView(next, moved ? { cameraRequest: { node: next.node, seq: ++cameraSeq } } : {});
      },
      select: (node, opts) => {
        const { loaded, view } = get();
        if (node && !loaded?.graph.hasNode(node)) return;
        const next = { ...T.select(view, node), doc: loaded ? docForNode(loaded, node, view.doc) : view.doc };
        const camera = opts?.moveCamera && node ? { cameraRequest: { node, seq: ++cameraSeq } } : {};
        updateView(next, { ...camera, sourceRequest: null });
      },
      hover: (node) => {
        if (get().hovered !== node) set({ hovered: node });
      },
      toggleType: (type) => updateView(T.toggleType(get().view, type)),
      toggleRelation: (relation) => updateView(T.toggleRelation(get().view, relation)),
      showAll: () => updateView(T.showAllTypesAndRelations(get().view)),
      onlyType: (type) => updateView(T.onlyType(get().view, type)),
      onlyRelation: (relation) => updateView(T.onlyRelation(get().view, relation)),
      expandBy: (node, relation) => {
        if (!get().loaded?.graph.hasNode(node)) return;
        get().select(node);
        updateView(T.expandBy(get().view, node, relation));
        const { computed } = get();
        if (computed?.focused) set({ cameraRequest: { node: null, nodes: [...computed.nodes], seq: ++cameraSeq } });
      },
      setUndated: (undated) => updateView({ ...get().view, undated }),
      setHideIsolated: (hideIsolated) => updateView({ ...get().view, hideIsolated }),
      setDepth: (depth) => {
        updateView(T.setDepth(get().view, depth));
        // Frame the neighbourhood just focused on, or the whole graph again.
        const { computed, view } = get();
        if (computed?.focused) set({ cameraRequest: { node: null, nodes: [...computed.nodes], seq: ++cameraSeq } });
        else if (depth === 0 && view.node) set({ cameraRequest: { node: null, seq: ++cameraSeq } });
      },
      setWindow: (from, to) => updateView(T.setWindow(get().view, from, to)),
      setPlaying: (playing) => set({ playing }),
      setQuery: (q) => updateView({ ...get().view, q }),
      pathFrom: (node) => updateView(T.pathFrom(get().view, node)),
      pathTo: (node) => {
        updateView(T.pathTo(get().view, node));
        const path = get().computed?.path;
        if (path) set({ cameraRequest: { node: null, nodes: path.nodes, seq: ++cameraSeq } });
      },
      clearPath: () => updateView(T.clearPath(get().view)),
      setScript: (script) => updateView({ ...get().view, script }),
      setLang: (lang) => updateView({ ...get().view, lang }),
      showDoc: (doc, range) => {
        if (!get().loaded?.sourceById.has(doc)) return;
        updateView({ ...get().view, doc }, range ? { sourceRequest: { doc, ...range, seq: ++sourceSeq } } : {});
      },
      resetCamera: () => set({ cameraRequest: { node: null, seq: ++cameraSeq } }),
      togglePicked: (node) => {
        const { picked, loaded } = get();
        if (picked.includes(node)) set({ picked: picked.filter((n) => n !== node) });
        else if (loaded?.graph.hasNode(node)) set({ picked: [...picked, node] });
      },
      clearPicked: () => set({ picked: [] }),
      setRenderer: (renderer) => set({ renderer }),
      replaceGraph: (graph) => install(graph),
      graphChanged: (opts) => {
        const { loaded: old, view } = get();
        if (!old) return;
        const { graph } = old;
        const loaded = deriveLoadedGraph(graph);
        const next = opts?.doc && loaded.sourceById.has(opts.doc) ? { ...view, doc: opts.doc } : view;
        set({
          loaded,
          view: next,
          computed: computeView(loaded, next),
          searchIndex: lacksSearchKeys(graph) ? get().searchIndex : buildSearchIndex(graph),
          sourceRequest: null,
        });
      },
      setImportReport: (report) => set({ importReport: typeof report === "function" ? report(get().importReport) : report }),
      setStopLayout: (stopLayout) => set({ stopLayout }),
      setCancelImport: (cancelImport) => set({ cancelImport }),
      ...correctionsSlice(set, get),
    };
  });
}
