// The JavaScript a person downloads before the map's first frame: the
// scripts the page fetched before it (from the first-frame loads), gzip
// sizes computed here as a server would send them (zlib's default level, the
// level of vite's own report), cross-checked with what the vite build says
// the entry needs: the entry chunk and everything it imports statically.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { BuiltChunk } from "../../lib/build-site";

export interface SizedFile {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleResult {
  /** Fetched by the page before its first frame was on screen. */
  fetched: SizedFile[];
  fetchedGzip: number;
  /** The entry chunk and its static imports, per the build. */
  initial: SizedFile[];
  initialGzip: number;
  /** Every JavaScript file the build wrote, workers included. */
  allGzip: number;
  lazy: SizedFile[];
}

const sized = (dir: string, file: string): SizedFile => {
  const data = readFileSync(join(dir, file));
  return { file, bytes: data.length, gzip: gzipSync(data).length };
};

const sum = (files: SizedFile[]) => files.reduce((s, f) => s + f.gzip, 0);

function staticClosure(chunks: BuiltChunk[]): string[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const dep of byName.get(name)?.imports ?? []) visit(dep);
  };
  for (const c of chunks) if (c.isEntry) visit(c.fileName);
  return [...seen];
}

export function measureBundle(siteDir: string, chunks: BuiltChunk[], fetchedUrls: string[]): BundleResult {
  const fetchedFiles = [...new Set(fetchedUrls.map((u) => decodeURIComponent(new URL(u).pathname).replace(/^\//, "")))].sort();
  const fetched = fetchedFiles.map((f) => sized(siteDir, f));
  const initialNames = staticClosure(chunks);
  const initial = initialNames.sort().map((f) => sized(siteDir, f));
  const all = readdirSync(join(siteDir, "assets"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => sized(siteDir, `assets/${f}`));
  const lazy = all.filter((f) => !initialNames.includes(f.file)).sort((a, b) => b.gzip - a.gzip);
  return { fetched, fetchedGzip: sum(fetched), initial, initialGzip: sum(initial), allGzip: sum(all), lazy };
}
