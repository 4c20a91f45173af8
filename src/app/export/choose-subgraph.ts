// Which nodes and edges an export takes, for each choice the Export dialog
// offers. The current view is what the map shows (filters, timeline, focus);
// the other choices are made inside the legend and timeline filters, as the
// command line's --types/--from/--to do.
import type { KnowledgeGraph } from "../../graph/build";
import { NODE_TYPES, RELATIONS } from "../../graph/contract";
import type { Selection, ViewFilter } from "../../graph/select";
import { SelectionError, selectSubgraph } from "../../export/subgraph";
import type { ComputedView } from "../store/compute-view";
import type { ViewState } from "../store/view-state";
import type { ExportWhat } from "./file-name";

export interface ExportSource {
  graph: KnowledgeGraph;
  computed: ComputedView;
  view: ViewState;
  picked: string[];
}

export function viewFilter(view: ViewState): ViewFilter {
  const hiddenTypes = new Set(view.hiddenTypes);
  const hiddenRelations = new Set(view.hiddenRelations);
  return {
    types: hiddenTypes.size ? new Set(NODE_TYPES.filter((t) => !hiddenTypes.has(t))) : undefined,
    relations: hiddenRelations.size ? new Set(RELATIONS.filter((r) => !hiddenRelations.has(r))) : undefined,
    from: view.from ?? undefined,
    to: view.to ?? undefined,
  };
}

/** The selection for a choice; throws SelectionError when the choice cannot be made now. */
export function exportSelection(src: ExportSource, what: ExportWhat, depth: number): Selection {
  const { graph, computed, view } = src;
  switch (what) {
    case "view":
      return { nodes: computed.nodes, edges: computed.edges };
    case "neighbourhood":
      if (!view.node) throw new SelectionError("no node is selected");
      return selectSubgraph(graph, { choice: { kind: "neighbourhood", node: view.node, depth }, filter: viewFilter(view) });
    case "path":
      if (!computed.path) throw new SelectionError("no path is shown");
      return { nodes: new Set(computed.path.nodes), edges: new Set(computed.path.edges) };
    case "picked":
      if (!src.picked.length) throw new SelectionError("no node is hand-picked");
      return selectSubgraph(graph, { choice: { kind: "nodes", nodes: src.picked }, filter: viewFilter(view) });
  }
}
