// What the explorer derives once from a graph it has loaded: first-appearance
// days for the timeline, totals for the legend, the articles by id and, on
// demand, the mentions in each article.
import type { KnowledgeGraph } from "../../graph/build";
import { NODE_TYPES, RELATIONS, type NodeType, type Relation, type SourceDoc } from "../../graph/contract";
import { appearanceDates, lastDates } from "../../graph/select";
import type { Mark } from "../text/segments";

export interface Counts {
  types: Record<NodeType, number>;
  relations: Record<Relation, number>;
}

export interface LoadedGraph {
  graph: KnowledgeGraph;
  appearance: Map<string, string | null>;
  /** The last day each node takes part in the story (for "From"). */
  lastSeen: Map<string, string | null>;
  /** Every day an event or a dated relation happened, sorted. */
  dates: string[];
  /** Dates of the dated nodes (meetings, notices), sorted, one per node. */
  eventDates: string[];
  totals: Counts;
  sources: SourceDoc[];
  sourceById: Map<string, SourceDoc>;
  /** Mentions of all nodes in one article, computed when first asked for. */
  mentionsIn(doc: string): Mark[];
}

export function emptyCounts(): Counts {
  return {
    types: Object.fromEntries(NODE_TYPES.map((t) => [t, 0])) as Record<NodeType, number>,
    relations: Object.fromEntries(RELATIONS.map((r) => [r, 0])) as Record<Relation, number>,
  };
}

export function deriveLoadedGraph(graph: KnowledgeGraph): LoadedGraph {
  const totals = emptyCounts();
  const dates = new Set<string>();
  const eventDates: string[] = [];
  graph.forEachNode((_n, a) => {
    totals.types[a.type]++;
    if (a.date) {
      dates.add(a.date);
      eventDates.push(a.date);
    }
  });
  graph.forEachEdge((_e, a) => {
    totals.relations[a.relation]++;
    if (a.date) dates.add(a.date);
  });
  const sources = graph.getAttribute("sources") ?? [];
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  let byDoc: Map<string, Mark[]> | null = null;
  return {
    graph,
    appearance: appearanceDates(graph),
    lastSeen: lastDates(graph),
    dates: [...dates].sort(),
    eventDates: eventDates.sort(),
    totals,
    sources,
    sourceById,
    mentionsIn(doc) {
      if (!byDoc) {
        byDoc = new Map();
        const index = byDoc;
        graph.forEachNode((node, a) => {
          for (const m of a.mentions) {
            let list = index.get(m.doc);
            if (!list) index.set(m.doc, (list = []));
            list.push({ start: m.start, end: m.end, node });
          }
        });
      }
      return byDoc.get(doc) ?? [];
    },
  };
}
