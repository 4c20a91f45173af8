// Keeps the reducers' render state in step with the store: the view sets,
// the selection, the hovered node's neighbourhood, the path, the labels; and
// says what must be redrawn: everything, or only the nodes and edges whose
// look changed (the selection, the hand-picked set, a light hover), which on
// a graph of hundreds of thousands of items is the difference between
// seconds and nothing.
import type Graph from "graphology";
import type { ExplorerStore } from "../store/store";
import { mapLabels } from "../text/labels";
import type { RenderState } from "./reducers";

/** Neighbour labels are forced on hover only for nodes with few neighbours. */
const HOVER_LABEL_LIMIT = 12;
/** From this many nodes on, hovering fades nothing (see RenderState.lightHover). */
export const LIGHT_HOVER_ORDER = 5000;

/** What to redraw: null nothing, `full` every item, else the listed ones. */
export type RenderChange = null | { full: true } | { full: false; nodes: Set<string>; edges: Set<string> };

export interface RenderSync {
  state: RenderState;
  /** Brings the state up to date and says what must be redrawn. */
  update(s: ExplorerStore): RenderChange;
}

/** The neighbours of `node` the map shows, when few enough to label (a hub's would cover the map). */
function shownNeighbours(graph: Graph, node: string, shown: Set<string> | undefined): Set<string> | null {
  const around = new Set<string>();
  graph.forEachNeighbor(node, (n) => {
    if (!shown || shown.has(n)) around.add(n);
  });
  return around.size && around.size <= HOVER_LABEL_LIMIT ? around : null;
}

export function createRenderSync(graph: Graph, state: RenderState, lightHoverOrder = LIGHT_HOVER_ORDER): RenderSync {
  let hovered: string | null = null;
  let labelsKey = "";
  let computed: unknown = undefined;
  let selected: string | null | undefined = undefined;
  let picked: string[] | undefined = undefined;
  let labelsOf: unknown = undefined;
  state.lightHover = graph.order >= lightHoverOrder;

  return {
    state,
    update(s) {
      let full = false;
      const nodes = new Set<string>();
      const edges = new Set<string>();
      if (s.computed !== computed) {
        computed = s.computed;
        state.computed = s.computed;
        state.pathNodes = s.computed?.path ? new Set(s.computed.path.nodes) : null;
        state.pathEdges = s.computed?.path ? new Set(s.computed.path.edges) : null;
        full = true;
      }
      if (s.view.node !== selected || full) {
        if (selected) nodes.add(selected);
        if (s.view.node) nodes.add(s.view.node);
        for (const n of state.selectedNeighbours ?? []) nodes.add(n);
        selected = s.view.node;
        state.selected = s.view.node;
        state.selectedNeighbours = selected && graph.hasNode(selected) ? shownNeighbours(graph, selected, s.computed?.nodes) : null;
        for (const n of state.selectedNeighbours ?? []) nodes.add(n);
      }
      if (s.picked !== picked) {
        const before = state.picked ?? new Set<string>();
        const after = new Set(s.picked);
        for (const n of before) if (!after.has(n)) nodes.add(n);
        for (const n of after) if (!before.has(n)) nodes.add(n);
        picked = s.picked;
        state.picked = after.size ? after : null;
      }
      const hover = s.hovered && graph.hasNode(s.hovered) && s.computed?.nodes.has(s.hovered) ? s.hovered : null;
      if (hover !== hovered) {
        // In a light hover the old and the new neighbourhood are all that change.
        const touched = (n: Set<string> | null, e: Set<string> | null) => {
          if (state.hoverLabels) for (const x of n ?? []) nodes.add(x);
          for (const x of e ?? []) edges.add(x);
        };
        if (state.lightHover) touched(state.hoverNodes, state.hoverEdges);
        else full = true;
        hovered = hover;
        if (hover) {
          const around = new Set<string>([hover]);
          graph.forEachNeighbor(hover, (n) => void around.add(n));
          state.hoverNodes = around;
          state.hoverEdges = new Set(graph.edges(hover));
          state.hoverLabels = around.size <= HOVER_LABEL_LIMIT;
        } else {
          state.hoverNodes = null;
          state.hoverEdges = null;
          state.hoverLabels = false;
        }
        if (state.lightHover) touched(state.hoverNodes, state.hoverEdges);
      }
      // Script labels need the search keys: recompute when they arrive, and
      // when articles added to the graph bring new nodes.
      const key = `${s.view.script}|${s.searchIndex ? 1 : 0}`;
      if (key !== labelsKey || s.loaded !== labelsOf) {
        labelsKey = key;
        labelsOf = s.loaded;
        state.labels = mapLabels(graph as never, s.view.script);
        full = true;
      }
      if (full) return { full: true };
      return nodes.size || edges.size ? { full: false, nodes, edges } : null;
    },
  };
}
