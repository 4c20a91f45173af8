// A generic meeting or tour label (会议, 调研, 检查, 督导) says nothing on its
// own: four rows of 會議 in a list cannot be told apart. Such a node is named
// by its label, its date and who held it. Pure: the map, search and the table
// share it.
import type Graph from "graphology";
import lexicon from "./generic-event-labels.json";

const GENERIC = new Set(lexicon.labels);

/** Who held an event, strongest first: the body that organised it, then who chaired it. */
const HOLDER_RELATIONS = ["organized", "chaired"] as const;

export function isGenericEventLabel(type: string, label: string): boolean {
  return type === "meeting" && GENERIC.has(label.trim());
}

export interface EventContext {
  date?: string;
  /** The node that organised (else chaired) the event, the first in the graph's order. */
  holder?: string;
}

/** Date and holder of a node with a generic event label; null for any other node. */
export function eventContext(graph: Graph, node: string): EventContext | null {
  const attrs = graph.getNodeAttributes(node);
  if (!isGenericEventLabel(attrs.type as string, attrs.label as string)) return null;
  const context: EventContext = {};
  if (attrs.date) context.date = attrs.date as string;
  for (const relation of HOLDER_RELATIONS) {
    const holder = graph.findInEdge(node, (_e, a) => a.relation === relation);
    if (holder) {
      context.holder = graph.source(holder);
      break;
    }
  }
  return context;
}
