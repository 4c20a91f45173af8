// Sigma node and edge reducers: what each item looks like, read from a render
// state the controllers keep current. Sigma hands every reducer a fresh
// shallow copy of the item's attributes, so they are changed in place and
// returned: no object is allocated per item (Gephi Lite clones each one).
//
// The selection, the hand-picked set and the light hover of large graphs
// never change a node's zIndex, size or place: sigma can then redraw just the
// nodes and edges they touch (see render-state.ts) instead of every item.
// The selected node needs no zIndex to be on top: sigma draws highlighted
// nodes on a layer of their own.
import type { Attributes } from "graphology-types";
import type { Relation } from "../../graph/contract";
import { RELATION_COLORS } from "../../graph/style";
import type { ComputedView } from "../store/compute-view";

export interface RenderState {
  computed: ComputedView | null;
  selected: string | null;
  /** The selected node's neighbours on the map, labelled while it is selected (few enough to read). */
  selectedNeighbours: Set<string> | null;
  /** The hovered node with its neighbours, and the edges that touch it. */
  hoverNodes: Set<string> | null;
  hoverEdges: Set<string> | null;
  /** Show labels of the hovered node's neighbours (skipped for hubs). */
  hoverLabels: boolean;
  /**
   * Large graphs: hovering labels the neighbours and thickens the node's
   * edges, and fades nothing, so only those items are redrawn (fading the
   * rest means running the reducers over every node and edge).
   */
  lightHover: boolean;
  pathNodes: Set<string> | null;
  pathEdges: Set<string> | null;
  /** Labels in the chosen script, shortened for the map; null keeps the data's own. */
  labels: Map<string, string> | null;
  /** The hand-picked set: ringed and labelled (see draw-label.ts). */
  picked: Set<string> | null;
}

export const FADED_NODE = "#E2E5E9";
export const FADED_EDGE = "#EDEFF2";
const PATH_EDGE = "#1F2933";

export function emptyRenderState(): RenderState {
  return { computed: null, selected: null, selectedNeighbours: null, hoverNodes: null, hoverEdges: null, hoverLabels: false, lightHover: false, pathNodes: null, pathEdges: null, labels: null, picked: null };
}

export function makeNodeReducer(get: () => RenderState) {
  return (node: string, data: Attributes): Attributes => {
    const r = get();
    // The contract's `type` (official, agency…) is not a sigma program name.
    data.type = "circle";
    if (!r.computed || !r.computed.nodes.has(node)) {
      data.hidden = true;
      return data;
    }
    if (r.labels) data.label = r.labels.get(node) ?? data.label;
    const hover = r.lightHover ? null : r.hoverNodes;
    const emphasis = hover ?? r.pathNodes;
    if (emphasis) {
      if (emphasis.has(node)) {
        data.zIndex = 1;
        if (r.pathNodes ? !hover : r.hoverLabels) data.forceLabel = true;
      } else if (node !== r.selected) {
        data.color = FADED_NODE;
        data.label = "";
        data.zIndex = 0;
      }
      // The selected node is never faded: sigma draws it highlighted, and a faded label would leave an empty box.
    }
    if (r.lightHover && r.hoverLabels && r.hoverNodes?.has(node)) data.forceLabel = true;
    if (r.selectedNeighbours?.has(node) && (!hover || hover.has(node))) data.forceLabel = true;
    // Set either way: a graph file could carry an attribute of that name.
    data.picked = Boolean(r.picked?.has(node));
    if (data.picked) data.forceLabel = true;
    if (node === r.selected) {
      data.highlighted = true;
      data.forceLabel = true;
    }
    return data;
  };
}

export function makeEdgeReducer(get: () => RenderState) {
  return (edge: string, data: Attributes): Attributes => {
    const r = get();
    if (!r.computed || !r.computed.edges.has(edge)) {
      data.hidden = true;
      return data;
    }
    data.color = RELATION_COLORS[data.relation as Relation] ?? "#ccc";
    data.size = 1;
    if (r.hoverEdges && !r.lightHover) {
      if (r.hoverEdges.has(edge)) {
        data.size = 2;
        data.zIndex = 1;
      } else data.hidden = true;
    } else if (r.pathEdges) {
      if (r.pathEdges.has(edge)) {
        data.color = PATH_EDGE;
        data.size = 3;
        data.zIndex = 1;
      } else data.color = FADED_EDGE;
    }
    if (r.lightHover && r.hoverEdges?.has(edge)) data.size = Math.max(data.size as number, 2);
    return data;
  };
}
