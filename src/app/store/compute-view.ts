// What the map shows for a view: the nodes and edges left by the filters and
// the timeline, narrowed to the focus neighbourhood, plus the path between the
// two picked ends. The sigma reducers read these sets; the data graph itself
// is never changed.
import { NODE_TYPES, RELATIONS, type NodeType, type Relation } from "../../graph/contract";
import { edgesAmong, filterView, neighbourhood, shortestPath, type PathResult } from "../../graph/select";
import { emptyCounts, type Counts, type LoadedGraph } from "./loaded-graph";
import type { ViewState } from "./view-state";

export interface ComputedView {
  nodes: Set<string>;
  edges: Set<string>;
  /** Visible counts per type and relation, for the legend. */
  counts: Counts;
  /** Focus is on and applies (the selected node is visible). */
  focused: boolean;
  /** The path between the picked ends, through the filtered view; null when none is asked for or none exists. */
  path: PathResult | null;
  /** Both ends are picked and no path joins them in the filtered view. */
  pathMissing: boolean;
}

export function computeView(loaded: LoadedGraph, view: ViewState): ComputedView {
  const { graph } = loaded;
  const hiddenTypes = new Set(view.hiddenTypes);
  const hiddenRelations = new Set(view.hiddenRelations);
  const base = filterView(
    graph,
    {
      types: hiddenTypes.size ? new Set<NodeType>(NODE_TYPES.filter((t) => !hiddenTypes.has(t))) : undefined,
      relations: hiddenRelations.size ? new Set<Relation>(RELATIONS.filter((r) => !hiddenRelations.has(r))) : undefined,
      from: view.from ?? undefined,
      to: view.to ?? undefined,
      hideUndated: view.undated === "hide",
      // "Only this relation" must change the map: nodes it leaves without an edge go.
      hideIsolated: view.hideIsolated || hiddenRelations.size > 0,
    },
    { first: loaded.appearance, last: loaded.lastSeen },
  );

  let nodes = base.nodes;
  let edges = base.edges;
  const focused = Boolean(view.node && view.depth > 0 && base.nodes.has(view.node));
  if (focused) {
    nodes = neighbourhood(graph, view.node!, view.depth, (n) => base.nodes.has(n), (e) => base.edges.has(e));
    edges = edgesAmong(graph, nodes);
    for (const e of edges) if (!base.edges.has(e)) edges.delete(e);
  }

  let path: PathResult | null = null;
  let pathMissing = false;
  if (view.pathFrom && view.pathTo && graph.hasNode(view.pathFrom) && graph.hasNode(view.pathTo)) {
    const ends = base.nodes.has(view.pathFrom) && base.nodes.has(view.pathTo);
    path = ends ? shortestPath(graph, view.pathFrom, view.pathTo, (n) => base.nodes.has(n), (e) => base.edges.has(e)) : null;
    pathMissing = !path;
    if (path && focused) {
      // The path stays whole on the map even where it leaves the focus.
      nodes = new Set(nodes);
      edges = new Set(edges);
      for (const n of path.nodes) nodes.add(n);
      for (const e of path.edges) edges.add(e);
    }
  }

  const counts = emptyCounts();
  for (const n of nodes) counts.types[graph.getNodeAttribute(n, "type")]++;
  for (const e of edges) counts.relations[graph.getEdgeAttribute(e, "relation")]++;
  return { nodes, edges, counts, focused, path, pathMissing };
}
