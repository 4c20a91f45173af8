// Keeps the reducers' render state in step with the store: the view sets,
// the selection, the hovered node's neighbourhood, the path, the labels.
import type Graph from "graphology";
import type { ExplorerStore } from "../store/store";
import { mapLabels } from "../text/labels";
import type { RenderState } from "./reducers";

/** Neighbour labels are forced on hover only for nodes with few neighbours. */
const HOVER_LABEL_LIMIT = 12;

export interface RenderSync {
  state: RenderState;
  /** Brings the state up to date; true when the map must be redrawn. */
  update(s: ExplorerStore): boolean;
}

export function createRenderSync(graph: Graph, state: RenderState): RenderSync {
  let hovered: string | null = null;
  let labelsKey = "";
  let computed: unknown = undefined;
  let selected: string | null | undefined = undefined;
  let picked: string[] | undefined = undefined;
  let labelsOf: unknown = undefined;

  return {
    state,
    update(s) {
      let changed = false;
      if (s.computed !== computed) {
        computed = s.computed;
        state.computed = s.computed;
        state.pathNodes = s.computed?.path ? new Set(s.computed.path.nodes) : null;
        state.pathEdges = s.computed?.path ? new Set(s.computed.path.edges) : null;
        changed = true;
      }
      if (s.view.node !== selected) {
        selected = s.view.node;
        state.selected = s.view.node;
        changed = true;
      }
      if (s.picked !== picked) {
        picked = s.picked;
        state.picked = s.picked.length ? new Set(s.picked) : null;
        changed = true;
      }
      const hover = s.hovered && graph.hasNode(s.hovered) && s.computed?.nodes.has(s.hovered) ? s.hovered : null;
      if (hover !== hovered) {
        hovered = hover;
        if (hover) {
          const nodes = new Set<string>([hover]);
          graph.forEachNeighbor(hover, (n) => void nodes.add(n));
          state.hoverNodes = nodes;
          state.hoverEdges = new Set(graph.edges(hover));
          state.hoverLabels = nodes.size <= HOVER_LABEL_LIMIT;
        } else {
          state.hoverNodes = null;
          state.hoverEdges = null;
          state.hoverLabels = false;
        }
        changed = true;
      }
      // Script labels need the search keys: recompute when they arrive, and
      // when articles added to the graph bring new nodes.
      const key = `${s.view.script}|${s.searchIndex ? 1 : 0}`;
      if (key !== labelsKey || s.loaded !== labelsOf) {
        labelsKey = key;
        labelsOf = s.loaded;
        state.labels = mapLabels(graph as never, s.view.script);
        changed = true;
      }
      return changed;
    },
  };
}
