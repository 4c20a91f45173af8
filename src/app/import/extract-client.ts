// Runs the extraction worker over some articles and hands each of its
// messages to the caller; a worker that cannot start fails every job that
// has not finished, with the reason. Cancelling terminates the worker at
// once, even in the middle of one long article.
import type { ArticleJob, ExtractEvent } from "./extract-messages";

export interface ExtractionRun {
  /** Resolves after `finished` (or after the cancel). */
  done: Promise<void>;
  /** Stops the worker; the jobs not finished are reported by onCancelled. */
  cancel(): void;
}

export function extractInWorker(jobs: ArticleJob[], onEvent: (event: ExtractEvent) => void, onCancelled: (index: number) => void = () => {}): ExtractionRun {
  let cancel = () => {};
  const done = new Promise<void>((resolve) => {
    const worker = new Worker(new URL("./extract.worker.ts", import.meta.url), { type: "module", name: "extractor" });
    const open = new Set(jobs.map((_, i) => i));
    let over = false;
    const finish = () => {
      over = true;
      worker.terminate();
      resolve();
    };
    cancel = () => {
      if (over) return;
      finish();
      for (const index of open) onCancelled(index);
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
  return { done, cancel: () => cancel() };
}
