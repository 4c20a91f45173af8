// Which part of the graph to take away, and that part as a graph of its own.
// The explorer and the command line both describe a choice as a
// SubgraphRequest, so the same nodes leave whichever way the user asks.
import Graph from "graphology";
import type { KnowledgeGraph } from "../graph/build";
import { GRAPH_OPTIONS, type Span } from "../graph/contract";
import { edgesAmong, filterView, neighbourhood, shortestPath, type Selection, type ViewFilter } from "../graph/select";

export type SubgraphChoice =
  | { kind: "all" }
  | { kind: "neighbourhood"; node: string; depth: number }
  | { kind: "path"; from: string; to: string }
  | { kind: "nodes"; nodes: string[] };

export interface SubgraphRequest {
  choice: SubgraphChoice;
  /** Types, relations and a time window; the choice is made inside what it leaves. */
  filter?: ViewFilter;
}

/** A request that names a node the graph lacks, or finds nothing to take. */
export class SelectionError extends Error {
  constructor(
    message: string,
    /** Keys the request names that are not in the graph. */
    readonly unknownKeys: string[] = [],
  ) {
    super(message);
    this.name = "SelectionError";
  }
}

function namedKeys(choice: SubgraphChoice): string[] {
  switch (choice.kind) {
    case "all":
      return [];
    case "neighbourhood":
      return [choice.node];
    case "path":
      return [choice.from, choice.to];
    case "nodes":
      return choice.nodes;
  }
}

const isFiltered = (f: ViewFilter | undefined) => Boolean(f && (f.types || f.relations || f.from || f.to));

/** The nodes and edges a request takes, each in the graph's own order. */
export function selectSubgraph(graph: KnowledgeGraph, request: SubgraphRequest): Selection {
  const { choice, filter } = request;
  const unknown = namedKeys(choice).filter((k) => !graph.hasNode(k));
  if (unknown.length) {
    throw new SelectionError(`unknown node key${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}`, unknown);
  }
  const view = isFiltered(filter) ? filterView(graph, filter!) : { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
  const hidden = namedKeys(choice).filter((k) => !view.nodes.has(k));
  if (hidden.length) throw new SelectionError(`left out by the type or date filter: ${hidden.join(", ")}`);
  const inView = (edge: string) => view.edges.has(edge);

  switch (choice.kind) {
    case "all":
      return view;
    case "neighbourhood": {
      if (!Number.isInteger(choice.depth) || choice.depth < 0) throw new SelectionError(`depth must be a whole number ≥ 0, not ${choice.depth}`);
      const nodes = neighbourhood(graph, choice.node, choice.depth, undefined, inView);
      return ordered(graph, nodes, intersect(edgesAmong(graph, nodes), view.edges));
    }
    case "path": {
      const path = shortestPath(graph, choice.from, choice.to, undefined, inView);
      if (!path) throw new SelectionError(`no path between ${choice.from} and ${choice.to}${isFiltered(filter) ? " inside the filter" : ""}`);
      return ordered(graph, new Set(path.nodes), new Set(path.edges));
    }
    case "nodes": {
      const nodes = new Set(choice.nodes);
      return ordered(graph, nodes, intersect(edgesAmong(graph, nodes), view.edges));
    }
  }
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  return new Set([...a].filter((x) => b.has(x)));
}

function ordered(graph: KnowledgeGraph, nodes: Set<string>, edges: Set<string>): Selection {
  return { nodes: new Set(graph.filterNodes((n) => nodes.has(n))), edges: new Set(graph.filterEdges((e) => edges.has(e))) };
}

/**
 * The selected nodes and edges as a new contract graph: attributes copied,
 * graph attributes kept, and `sources` cut down to the articles its mentions
 * and evidence point into (in their original order).
 */
export function inducedSubgraph(graph: KnowledgeGraph, selection: Selection): KnowledgeGraph {
  const out: KnowledgeGraph = new Graph({ ...GRAPH_OPTIONS });
  const cited = new Set<string>();
  const cite = (spans: Span[] | undefined) => spans?.forEach((s) => cited.add(s.doc));
  graph.forEachNode((node, attrs) => {
    if (!selection.nodes.has(node)) return;
    cite(attrs.mentions);
    out.addNode(node, structuredClone(attrs));
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!selection.edges.has(edge) || !selection.nodes.has(source) || !selection.nodes.has(target)) return;
    cite(attrs.evidence);
    out.addDirectedEdgeWithKey(edge, source, target, structuredClone(attrs));
  });
  const attrs = structuredClone(graph.getAttributes());
  out.replaceAttributes({ ...attrs, sources: attrs.sources.filter((s) => cited.has(s.id)) });
  return out;
}

/** selectSubgraph then inducedSubgraph. */
export function takeSubgraph(graph: KnowledgeGraph, request: SubgraphRequest): KnowledgeGraph {
  return inducedSubgraph(graph, selectSubgraph(graph, request));
}
