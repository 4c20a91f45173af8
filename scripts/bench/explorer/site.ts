// The pages the explorer benchmark loads, built once per run into
// bench-results/explorer/site: the explorer as `npm run build` makes it
// (production), and beside it, under bare/, bare sigma with the same
// settings. Graph files are linked in under graphs/, not copied (the
// 10,000-article graph is some 400 MB).
import { mkdirSync, rmSync, symlinkSync } from "node:fs";
import { basename, join } from "node:path";
import { buildProductionSite, type BuiltChunk } from "../../lib/build-site";

export interface BenchSite {
  dir: string;
  /** The explorer's JavaScript chunks as vite wrote them. */
  chunks: BuiltChunk[];
  /** Query of a graph file for ?graph= (relative to the site root). */
  graphUrl(file: string): string;
}

/** The explorer of `appRoot` (a checkout: this one, or another to compare with), the bare page of `benchRoot`. */
export async function buildBenchSite(appRoot: string, benchRoot: string, dir: string, graphFiles: string[]): Promise<BenchSite> {
  rmSync(dir, { recursive: true, force: true });
  const chunks = await buildProductionSite({ root: appRoot, outDir: dir });
  await buildProductionSite({ root: join(benchRoot, "scripts/bench/bare-sigma"), configFile: false, base: "/bare/", outDir: join(dir, "bare") });
  const graphs = join(dir, "graphs");
  mkdirSync(graphs, { recursive: true });
  for (const file of graphFiles) symlinkSync(file, join(graphs, basename(file)));
  return { dir, chunks, graphUrl: (file) => `/graphs/${encodeURIComponent(basename(file))}` };
}
