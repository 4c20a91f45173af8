import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { measureBundle } from "../../../scripts/bench/explorer/bundle";
import type { BuiltChunk } from "../../../scripts/lib/build-site";

const chunk = (fileName: string, isEntry: boolean, imports: string[] = [], dynamicImports: string[] = []): BuiltChunk => ({ fileName, code: "", isEntry, imports, dynamicImports });

describe("measureBundle", () => {
  it("sizes what the page fetched, and the entry with its static imports but not what it loads when used", () => {
    const dir = mkdtempSync(join(tmpdir(), "bundle-"));
    mkdirSync(join(dir, "assets"));
    const files: Record<string, string> = {
      "assets/index.js": "import './runtime.js';".repeat(50),
      "assets/runtime.js": "export const r = 1;",
      "assets/export.js": "x".repeat(5000),
      "assets/worker.js": "y".repeat(3000),
    };
    for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
    const chunks = [chunk("assets/index.js", true, ["assets/runtime.js"], ["assets/export.js"]), chunk("assets/runtime.js", false), chunk("assets/export.js", false)];
    const b = measureBundle(dir, chunks, ["http://127.0.0.1:1/assets/index.js", "http://127.0.0.1:1/assets/runtime.js", "http://127.0.0.1:1/assets/index.js"]);
    const gz = (f: string) => gzipSync(Buffer.from(files[f])).length;
    expect(b.fetched.map((f) => f.file)).toEqual(["assets/index.js", "assets/runtime.js"]);
    expect(b.fetchedGzip).toBe(gz("assets/index.js") + gz("assets/runtime.js"));
    expect(b.initialGzip).toBe(b.fetchedGzip);
    expect(b.lazy.map((f) => f.file)).toEqual(["assets/export.js", "assets/worker.js"].sort((a, c) => gz(c) - gz(a)));
    expect(b.allGzip).toBe(Object.keys(files).reduce((s, f) => s + gz(f), 0));
  });
});
