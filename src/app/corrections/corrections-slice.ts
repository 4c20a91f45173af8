// The explorer's corrections: each operation is applied to the graph on
// screen at once and recorded as an entry of the corrections file (kept on the
// graph, `corrections`, beside the entries the build applied). Undo replays
// the session's other entries on the graph as it was before the first one.
// The file is saved through the development server, or offered as a download.
import Graph from "graphology";
import type { KnowledgeGraph } from "../../graph/build";
import { placeNearNeighbours } from "../../graph/place";
import { sizeFromDegree } from "../../graph/style";
import {
  applyCorrections,
  CORRECTIONS_ATTRIBUTE,
  describeRecord,
  nextCorrectionId,
  numbered,
  parseCorrections,
  recordsOf,
  serializeCorrections,
  type Correction,
  type Draft,
} from "../../corrections/index";
import { ensureSearchKeys } from "../search/ensure-keys";
import type { LoadedGraph } from "../store/loaded-graph";
import { saveToServer, savesToServer } from "./save";

export type SaveState = { kind: "saved" } | { kind: "unsaved" } | { kind: "saving" } | { kind: "error"; message: string };

interface Session {
  graph: KnowledgeGraph;
  /** The graph before this session's first correction. */
  base: ReturnType<KnowledgeGraph["export"]>;
  /** This session's entries, in order: these can be undone. */
  added: Correction[];
}

export interface CorrectionsState {
  correctionSession: Session | null;
  correctionsSave: SaveState;
  /** What the last correction or corrections file did, for the person. */
  correctionsMessage: { ok: boolean; lines: string[] } | null;
}

export interface CorrectionsActions {
  /** Applies one operation to the graph on screen; false (with a message) when it does not apply. */
  correct(draft: Draft): boolean;
  undoCorrection(id: string): void;
  /** A corrections file dropped or opened: its new entries are applied to the graph on screen. */
  loadCorrections(text: string, name: string): { applied: number; lines: string[] };
  saveCorrections(): Promise<void>;
}

/** What the slice needs of the rest of the store. */
interface Host extends CorrectionsState {
  loaded: LoadedGraph | null;
  replaceGraph(graph: KnowledgeGraph): void;
  graphChanged(): void;
}

/** Sizes from degree, as the build sizes them (a merge or a deletion changes degrees). */
function resize(graph: KnowledgeGraph) {
  let max = 0;
  graph.forEachNode((n) => (max = Math.max(max, graph.degree(n))));
  graph.forEachNode((n, a) => {
    a.size = sizeFromDegree(graph.degree(n), max);
  });
}

export function correctionsFileText(graph: KnowledgeGraph): string {
  return serializeCorrections(recordsOf(graph).map((r) => r.entry));
}

export function correctionsSlice(set: (partial: Partial<CorrectionsState>) => void, get: () => Host & CorrectionsActions): CorrectionsState & CorrectionsActions {
  const sessionFor = (graph: KnowledgeGraph): Session => {
    const current = get().correctionSession;
    if (current?.graph === graph) return current;
    return { graph, base: structuredClone(graph.export()), added: [] };
  };

  /** Applies entries to a graph; the records of those that applied are appended. */
  const applyEntries = (graph: KnowledgeGraph, entries: Correction[], keepStale = false) => {
    const { outcomes, addedNodes } = applyCorrections(graph, entries);
    placeNearNeighbours(graph, addedNodes);
    resize(graph);
    const records = recordsOf(graph).slice();
    const applied: Correction[] = [];
    const stale: string[] = [];
    outcomes.forEach((o, i) => {
      if (o.status === "applied") {
        records.push({ entry: entries[i], status: "applied", ...(o.was !== undefined ? { was: o.was } : {}) });
        applied.push(entries[i]);
      } else {
        const record = { entry: entries[i], status: "stale" as const, reason: o.reason };
        // A stale entry of a file stays in it; one made on screen that does not apply is only reported.
        if (keepStale) records.push(record);
        stale.push(describeRecord(record));
      }
    });
    graph.setAttribute(CORRECTIONS_ATTRIBUTE, records);
    return { applied, stale };
  };

  /** The graph on screen changed in place: derived data again, search keys for renamed nodes (the converters load only then). */
  const changedInPlace = (graph: KnowledgeGraph) => {
    get().graphChanged();
    void ensureSearchKeys(graph).then(() => {
      if (get().loaded?.graph === graph) get().graphChanged();
    });
  };

  const afterChange = () => {
    set({ correctionsSave: { kind: "unsaved" } });
    if (savesToServer) void get().saveCorrections();
  };

  return {
    correctionSession: null,
    correctionsSave: { kind: "saved" },
    correctionsMessage: null,

    correct(draft) {
      const graph = get().loaded?.graph;
      if (!graph) return false;
      const session = sessionFor(graph);
      const entry = numbered(nextCorrectionId(recordsOf(graph).map((r) => (r.entry as { id?: string }).id ?? "")), draft);
      const { applied, stale } = applyEntries(graph, [entry]);
      if (!applied.length) {
        set({ correctionsMessage: { ok: false, lines: stale } });
        return false;
      }
      set({ correctionSession: { ...session, added: [...session.added, entry] }, correctionsMessage: null });
      changedInPlace(graph);
      afterChange();
      return true;
    },

    undoCorrection(id) {
      const session = get().correctionSession;
      if (!session || get().loaded?.graph !== session.graph || !session.added.some((c) => c.id === id)) return;
      const added = session.added.filter((c) => c.id !== id);
      const graph: KnowledgeGraph = Graph.from(structuredClone(session.base)) as KnowledgeGraph;
      const { applied, stale } = applyEntries(graph, added);
      const records = recordsOf(graph);
      if (!records.length) graph.removeAttribute(CORRECTIONS_ATTRIBUTE);
      set({ correctionSession: { graph, base: session.base, added: applied }, correctionsMessage: stale.length ? { ok: false, lines: stale } : null });
      get().replaceGraph(graph);
      afterChange();
    },

    loadCorrections(text, name) {
      const graph = get().loaded?.graph;
      const parsed = parseCorrections(text, name);
      if (!graph) return { applied: 0, lines: parsed.errors };
      const session = sessionFor(graph);
      const known = recordsOf(graph).map((r) => r.entry as { id?: string });
      const same = new Set(known.map((e) => JSON.stringify(e)));
      const ids = known.map((e) => e.id ?? "");
      const fresh: Correction[] = [];
      for (const c of parsed.corrections) {
        if (same.has(JSON.stringify(c))) continue;
        // An id already used on screen for another entry: the dropped one is numbered anew.
        const entry = ids.includes(c.id) ? { ...c, id: nextCorrectionId(ids) } : c;
        ids.push(entry.id);
        fresh.push(entry);
      }
      const { applied, stale } = applyEntries(graph, fresh, true);
      const lines = [...parsed.errors, ...stale];
      set({ correctionSession: { ...session, added: [...session.added, ...applied] }, correctionsMessage: { ok: lines.length === 0, lines: [`${name}: ${applied.length} applied`, ...lines] } });
      changedInPlace(graph);
      if (applied.length) afterChange();
      return { applied: applied.length, lines };
    },

    async saveCorrections() {
      const graph = get().loaded?.graph;
      if (!graph || !savesToServer) return;
      set({ correctionsSave: { kind: "saving" } });
      try {
        await saveToServer(correctionsFileText(graph));
        set({ correctionsSave: { kind: "saved" } });
      } catch (err) {
        set({ correctionsSave: { kind: "error", message: err instanceof Error ? err.message : String(err) } });
      }
    },
  };
}
