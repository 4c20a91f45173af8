// Runs the extraction worker over some articles and hands each of its
// messages to the caller; a worker that cannot start fails every job that
// has not finished, with the reason.
import type { ArticleJob, ExtractEvent } from "./extract-messages";

export function extractInWorker(jobs: ArticleJob[], onEvent: (event: ExtractEvent) => void): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./extract.worker.ts", import.meta.url), { type: "module", name: "extractor" });
    const open = new Set(jobs.map((_, i) => i));
    const finish = () => {
      worker.terminate();
      resolve();
    };
    worker.onmessage = (e: MessageEvent<ExtractEvent>) => {
      const event = e.data;
      if (event.type === "extracted" || event.type === "failed") open.delete(event.index);
      onEvent(event);
      if (event.type === "finished") finish();
    };
    worker.onerror = (e) => {
      e.preventDefault();
      const reason = `the extractor could not run: ${e.message || "the worker failed to load"}`;
      for (const index of open) onEvent({ type: "failed", index, reason });
      onEvent({ type: "finished" });
      finish();
    };
    // Transfer the bytes: the page does not need them again.
    const transfer = jobs.flatMap((j) => (j.kind === "file" ? [j.bytes.buffer as ArrayBuffer] : []));
    worker.postMessage({ jobs }, transfer);
  });
}
