// Runs the graph-file worker on one JSON file: stages reported as they come,
// the checked graph or the reasons it was refused at the end, and a cancel
// that terminates the worker at once.
import Graph from "graphology";
import type { KnowledgeGraph } from "../../graph/build";
import { GRAPH_OPTIONS } from "../../graph/contract";
import type { GraphFileEvent } from "./graph-file-messages";

export type GraphFileOutcome = { ok: true; graph: KnowledgeGraph; filled: string[] } | { ok: false; errors: string[]; cancelled?: boolean };

export interface GraphFileRun {
  done: Promise<GraphFileOutcome>;
  cancel(): void;
}

export function readGraphFileInWorker(file: File, onStage: (stage: "reading" | "checking") => void): GraphFileRun {
  let cancel = () => {};
  const done = new Promise<GraphFileOutcome>((resolve) => {
    const worker = new Worker(new URL("./graph-file.worker.ts", import.meta.url), { type: "module", name: "graph-file" });
    const finish = (outcome: GraphFileOutcome) => {
      worker.terminate();
      resolve(outcome);
    };
    cancel = () => finish({ ok: false, errors: ["cancelled"], cancelled: true });
    worker.onmessage = (e: MessageEvent<GraphFileEvent>) => {
      const event = e.data;
      if (event.type === "stage") onStage(event.stage);
      else if (event.type === "refused") finish({ ok: false, errors: event.errors });
      else {
        try {
          // Checked in the worker already: importing is the one step left on the page.
          const graph: KnowledgeGraph = new Graph({ ...GRAPH_OPTIONS });
          graph.import(event.data as unknown as Parameters<KnowledgeGraph["import"]>[0]);
          finish({ ok: true, graph, filled: event.filled });
        } catch (err) {
          finish({ ok: false, errors: [`the graph could not be built: ${(err as Error).message}`] });
        }
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      finish({ ok: false, errors: [`the reader could not run: ${e.message || "the worker failed to load"}`] });
    };
    worker.postMessage({ file, name: file.name });
  });
  return { done, cancel: () => cancel() };
}
