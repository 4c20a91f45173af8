// Which nodes and edges make up a view: a neighbourhood, a path, the filtered
// and time-bounded graph. Shared by the explorer (focus, path, timeline) and
// the exporters (subgraph from the command line). Edges count in both
// directions: "how are A and B connected" ignores who acted on whom.
import type Graph from "graphology";
import type { NodeType, Relation } from "./contract";

export interface Selection {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * Nodes within `depth` steps of `center`, in either direction; with `allowed`
 * and `allowedEdge`, only through the nodes and edges they accept (the
 * explorer's current view).
 */
export function neighbourhood(
  graph: Graph,
  center: string,
  depth: number,
  allowed?: (node: string) => boolean,
  allowedEdge?: (edge: string) => boolean,
): Set<string> {
  const seen = new Set<string>([center]);
  let frontier = [center];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      const visit = (n: string) => {
        if (seen.has(n) || (allowed && !allowed(n))) return;
        seen.add(n);
        next.push(n);
      };
      if (allowedEdge) graph.forEachEdge(node, (edge, _a, source, target) => allowedEdge(edge) && visit(source === node ? target : source));
      else graph.forEachNeighbor(node, visit);
    }
    frontier = next;
  }
  return seen;
}

/** The edges whose two ends are both in `nodes`. */
export function edgesAmong(graph: Graph, nodes: Set<string>): Set<string> {
  const edges = new Set<string>();
  for (const node of nodes) {
    graph.forEachOutEdge(node, (edge, _a, _s, target) => {
      if (nodes.has(target)) edges.add(edge);
    });
  }
  return edges;
}

export interface PathResult {
  /** From the first node to the last, in order. */
  nodes: string[];
  /** edges[i] joins nodes[i] and nodes[i + 1]. */
  edges: string[];
}

/**
 * A shortest path between two nodes, ignoring edge direction. Among equally
 * short paths the one found first in the graph's own order wins, so the answer
 * is the same on every run.
 */
export function shortestPath(
  graph: Graph,
  from: string,
  to: string,
  allowed?: (node: string) => boolean,
  allowedEdge?: (edge: string) => boolean,
): PathResult | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return { nodes: [from], edges: [] };
  const parent = new Map<string, { node: string; edge: string }>();
  const seen = new Set([from]);
  let frontier = [from];
  while (frontier.length && !seen.has(to)) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attrs, source, target) => {
        const other = source === node ? target : source;
        if (seen.has(other) || (allowed && other !== to && !allowed(other)) || (allowedEdge && !allowedEdge(edge))) return;
        seen.add(other);
        parent.set(other, { node, edge });
        next.push(other);
      });
    }
    frontier = next;
  }
  if (!seen.has(to)) return null;
  const nodes = [to];
  const edges: string[] = [];
  for (let at = to; at !== from; ) {
    const step = parent.get(at)!;
    edges.push(step.edge);
    nodes.push(step.node);
    at = step.node;
  }
  return { nodes: nodes.reverse(), edges: edges.reverse() };
}

/**
 * The first day each node takes part in the story: its own date, or the
 * earliest dated edge it touches; an undated node linked only by undated
 * edges (a post, a mention) appears with the earliest neighbour it hangs on.
 * Nodes never connected to a dated event get null: they have no place on a
 * timeline and are shown whatever the day.
 */
export function appearanceDates(graph: Graph): Map<string, string | null> {
  return spreadDates(graph, (a, b) => a < b);
}

/** The last day each node takes part in the story, the mirror of appearanceDates: "From" removes what ended before it. */
export function lastDates(graph: Graph): Map<string, string | null> {
  return spreadDates(graph, (a, b) => a > b);
}

/** Each node's own date or the `better` of its dated edges, spread along undated edges best first (a small Dijkstra on dates). */
function spreadDates(graph: Graph, better: (a: string, b: string) => boolean): Map<string, string | null> {
  const days = new Map<string, string | null>();
  const pick = (a: string | null | undefined, b: string | null | undefined) => (!a ? b ?? null : !b ? a : better(a, b) ? a : b);
  graph.forEachNode((node, attrs) => days.set(node, (attrs.date as string | undefined) ?? null));
  graph.forEachEdge((_e, attrs, source, target) => {
    const date = attrs.date as string | undefined;
    if (!date) return;
    days.set(source, pick(days.get(source), date));
    days.set(target, pick(days.get(target), date));
  });
  const before = (a: string, b: string) => (a === b ? 0 : better(a, b) ? -1 : 1);
  const queue = [...days].filter(([, d]) => d).sort((a, b) => before(a[1]!, b[1]!));
  const settled = new Set<string>();
  for (let i = 0; i < queue.length; i++) {
    const [node, date] = queue[i];
    if (settled.has(node) || days.get(node) !== date) continue;
    settled.add(node);
    graph.forEachEdge(node, (_e, attrs, source, target) => {
      if (attrs.date) return;
      const other = source === node ? target : source;
      const current = days.get(other);
      if (!current || better(date!, current)) {
        days.set(other, date);
        insertSorted(queue, [other, date], i + 1, before);
      }
    });
  }
  return days;
}

function insertSorted(queue: [string, string | null][], item: [string, string | null], from: number, before: (a: string, b: string) => number) {
  let lo = from;
  let hi = queue.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(queue[mid][1]!, item[1]!) <= 0) lo = mid + 1;
    else hi = mid;
  }
  queue.splice(lo, 0, item);
}

export interface ViewFilter {
  types?: Set<NodeType>;
  relations?: Set<Relation>;
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
  /** Drop what no dated event places in time: nodes never linked to one, and undated edges. */
  hideUndated?: boolean;
  /** Drop nodes left without a shown edge. */
  hideIsolated?: boolean;
}

/** Per node, the first and the last day it takes part in the story (see appearanceDates, lastDates). */
export interface NodeDays {
  first: Map<string, string | null>;
  last: Map<string, string | null>;
}

/**
 * The nodes and edges a filter leaves: hidden types and relations drop out;
 * with a time window, dated edges outside it drop out and a node shows only
 * once it has appeared and until it last takes part (see NodeDays), and, when
 * dated itself, inside the window; undated things stay unless hideUndated.
 * With hideIsolated, nodes without a shown edge go last.
 */
export function filterView(graph: Graph, filter: ViewFilter, days?: NodeDays): Selection {
  const timed = Boolean(filter.from || filter.to);
  const first = timed || filter.hideUndated ? days?.first ?? appearanceDates(graph) : undefined;
  const last = timed && filter.from ? days?.last ?? lastDates(graph) : undefined;
  const inWindow = (date: string | null | undefined) =>
    !date || ((!filter.from || date >= filter.from) && (!filter.to || date <= filter.to));
  const nodes = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (filter.types && !filter.types.has(attrs.type as NodeType)) return;
    if (filter.hideUndated && !first!.get(node)) return;
    if (timed) {
      if (attrs.date && !inWindow(attrs.date as string)) return;
      const firstDay = first!.get(node);
      if (firstDay && filter.to && firstDay > filter.to) return;
      const lastDay = last?.get(node);
      if (lastDay && lastDay < filter.from!) return;
    }
    nodes.add(node);
  });
  const edges = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (filter.relations && !filter.relations.has(attrs.relation as Relation)) return;
    if (!attrs.date && filter.hideUndated) return;
    if (timed && !inWindow(attrs.date as string | undefined)) return;
    edges.add(edge);
  });
  if (filter.hideIsolated) {
    const linked = new Set<string>();
    for (const e of edges) {
      linked.add(graph.source(e));
      linked.add(graph.target(e));
    }
    for (const n of nodes) if (!linked.has(n)) nodes.delete(n);
  }
  return { nodes, edges };
}
