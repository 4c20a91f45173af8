// The pool's worker entry: Node cannot start a worker thread from a .ts file,
// so this plain module loads tsx and then the TypeScript worker.
import { tsImport } from "tsx/esm/api";

await tsImport("./extract-worker.ts", import.meta.url);
