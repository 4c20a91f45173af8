// A worker thread of the extraction pool: tasks in, outcomes out, one at a time.
import { parentPort, workerData } from "node:worker_threads";
import { runExtractTask, type ExtractTask } from "./extract-task";

const { cacheDir } = workerData as { cacheDir?: string };

parentPort!.on("message", (task: ExtractTask) => {
  void runExtractTask(task, cacheDir).then((outcome) => parentPort!.postMessage(outcome));
});
