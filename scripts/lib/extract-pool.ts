// Extraction on every core: a pool of worker threads, each given the next
// article as soon as it hands one back, and the outcomes yielded in task
// order, so what is built from them does not depend on how many workers ran
// or which finished first. At most one task per worker is in flight, so the
// outcomes waiting for an earlier one stay few.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ExtractOutcome, ExtractTask } from "./extract-task";

export interface PoolOptions {
  /** Worker threads; by default one per core. */
  workers?: number;
  /** The extraction cache's folder; none: every article is extracted. */
  cacheDir?: string;
}

export const defaultWorkers = () => Math.max(1, availableParallelism());

export async function* extractInOrder(tasks: readonly Omit<ExtractTask, "index">[], options: PoolOptions = {}): AsyncGenerator<ExtractOutcome> {
  if (tasks.length === 0) return;
  const count = Math.min(tasks.length, Math.max(1, options.workers ?? defaultWorkers()));
  const workers: Worker[] = [];
  const waiting = new Map<number, ExtractOutcome>();
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let nextTask = 0;

  const give = (w: Worker) => {
    if (nextTask < tasks.length) w.postMessage({ ...tasks[nextTask], index: nextTask++ });
  };
  const fail = (err: Error) => {
    failure ??= err;
    wake?.();
  };

  try {
    for (let i = 0; i < count; i++) {
      const w = new Worker(new URL("./extract-worker-boot.mjs", import.meta.url), {
        workerData: { cacheDir: options.cacheDir },
      });
      w.on("message", (outcome: ExtractOutcome) => {
        waiting.set(outcome.index, outcome);
        give(w);
        wake?.();
      });
      w.on("error", fail);
      w.on("exit", (code) => {
        if (code !== 0) fail(new Error(`an extraction worker stopped with exit code ${code}`));
      });
      workers.push(w);
      give(w);
    }
    for (let i = 0; i < tasks.length; i++) {
      while (!waiting.has(i)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
      const outcome = waiting.get(i)!;
      waiting.delete(i);
      yield outcome;
    }
  } finally {
    // Also on an early return or an error: no worker is left running.
    for (const w of workers) {
      w.removeAllListeners("exit");
      void w.terminate();
    }
  }
}
