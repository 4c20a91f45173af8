// What a person has chosen to look at: the part of the explorer's state that
// lives in the URL, so a link restores it. Pure transitions over it follow.
import { NODE_TYPES, RELATIONS, type NodeType, type Relation } from "../../graph/contract";
import type { Lang } from "../i18n/strings";

export type Depth = 0 | 1 | 2 | 3;
export type Script = "source" | "hans" | "hant";

export interface ViewState {
  /** The selected node. */
  node: string | null;
  /** Show only the selected node's neighbourhood, this many steps out; 0 shows everything. */
  depth: Depth;
  /** Timeline window, inclusive ISO dates; null leaves that side open. */
  from: string | null;
  to: string | null;
  /** Hidden node types and relations, in contract order. */
  hiddenTypes: NodeType[];
  hiddenRelations: Relation[];
  /** Undated nodes and edges: kept on the map whatever the window, or hidden. */
  undated: "keep" | "hide";
  /** Hide nodes without a shown edge (they always go while a relation is hidden). */
  hideIsolated: boolean;
  /** The search box text. */
  q: string;
  /** Path ends: the first is picked, then the second. */
  pathFrom: string | null;
  pathTo: string | null;
  /** The article shown in the source pane. */
  doc: string | null;
  script: Script;
  /** Interface language chosen by the person; null follows the browser. */
  lang: Lang | null;
}

export const INITIAL_VIEW: ViewState = {
  node: null,
  depth: 0,
  from: null,
  to: null,
  hiddenTypes: [],
  hiddenRelations: [],
  undated: "keep",
  hideIsolated: false,
  q: "",
  pathFrom: null,
  pathTo: null,
  doc: null,
  script: "source",
  lang: null,
};

const inOrder = <T extends string>(order: readonly T[], items: Iterable<T>): T[] => {
  const set = new Set(items);
  return order.filter((x) => set.has(x));
};

export function select(view: ViewState, node: string | null): ViewState {
  return node === view.node ? view : { ...view, node };
}

export function toggleType(view: ViewState, type: NodeType): ViewState {
  const hidden = new Set(view.hiddenTypes);
  if (hidden.has(type)) hidden.delete(type);
  else hidden.add(type);
  return { ...view, hiddenTypes: inOrder(NODE_TYPES, hidden) };
}

export function toggleRelation(view: ViewState, relation: Relation): ViewState {
  const hidden = new Set(view.hiddenRelations);
  if (hidden.has(relation)) hidden.delete(relation);
  else hidden.add(relation);
  return { ...view, hiddenRelations: inOrder(RELATIONS, hidden) };
}

/** Shows this node type alone. */
export function onlyType(view: ViewState, type: NodeType): ViewState {
  return { ...view, hiddenTypes: NODE_TYPES.filter((t) => t !== type) };
}

/** Shows this relation alone. */
export function onlyRelation(view: ViewState, relation: Relation): ViewState {
  return { ...view, hiddenRelations: RELATIONS.filter((r) => r !== relation) };
}

/** A node's neighbours through one relation: the node focused one step out, that relation alone. */
export function expandBy(view: ViewState, node: string, relation: Relation): ViewState {
  return { ...onlyRelation(view, relation), node, depth: view.depth === 0 ? 1 : view.depth };
}

export function showAllTypesAndRelations(view: ViewState): ViewState {
  return { ...view, hiddenTypes: [], hiddenRelations: [] };
}

export function setDepth(view: ViewState, depth: Depth): ViewState {
  return { ...view, depth };
}

/** Sets the timeline window; a window turned inside out is set to one day. */
export function setWindow(view: ViewState, from: string | null, to: string | null): ViewState {
  if (from && to && from > to) return { ...view, from: to, to };
  return { ...view, from, to };
}

/** Starts a path at `node`, or ends one when a start is already picked. */
export function pathFrom(view: ViewState, node: string): ViewState {
  return { ...view, pathFrom: node, pathTo: view.pathTo === node ? null : view.pathTo };
}

export function pathTo(view: ViewState, node: string): ViewState {
  if (!view.pathFrom) return { ...view, pathFrom: view.node && view.node !== node ? view.node : node, pathTo: view.node && view.node !== node ? node : null };
  if (view.pathFrom === node) return view;
  return { ...view, pathTo: node };
}

export function clearPath(view: ViewState): ViewState {
  return { ...view, pathFrom: null, pathTo: null };
}

/** The view a URL gives, keeping the node ids the graph knows and dropping the rest. */
export function withinGraph(view: ViewState, has: (node: string) => boolean, hasDoc: (doc: string) => boolean): ViewState {
  const known = (n: string | null) => (n && has(n) ? n : null);
  return { ...view, node: known(view.node), pathFrom: known(view.pathFrom), pathTo: known(view.pathTo), doc: view.doc && hasDoc(view.doc) ? view.doc : null };
}
