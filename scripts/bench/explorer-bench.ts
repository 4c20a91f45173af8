// Explorer benchmarks in headless Chromium (software WebGL through
// SwiftShader, the flags of the end-to-end tests): the production build
// served locally, graphs made by the build CLI, and bare sigma with the
// explorer's settings as the yardstick. Prints and records figures; asserts
// nothing (a full frame of the 10,000-article graph takes tens of seconds
// here).
import type { Server } from "node:http";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../tests/e2e/browser";
import { serveDirectory } from "../../tests/e2e/static-server";
import type { BuiltChunk } from "../lib/build-site";
import { measureBundle, type BundleResult } from "./explorer/bundle";
import { ensureBenchGraphs, type BenchGraph } from "./explorer/graphs";
import { openAndWaitFirstFrame, waitExplorerReady, type LoadTiming, type OpenedPage } from "./explorer/pages";
import { measureInteractions, type InteractionTiming } from "./explorer/interact";
import { panOnce, settle, type PanRun } from "./explorer/pan";
import { measureSearch, type SearchResult } from "./explorer/search";
import { buildBenchSite } from "./explorer/site";

export interface ExplorerBenchOptions {
  root: string;
  /** Synthetic corpus sizes (articles) besides the seed. */
  sizes: number[];
  seed: number;
  /** Page loads per graph up to 1,000 articles, and above. */
  loads: number;
  bigLoads: number;
  /** Pan runs per page, and how long each pans; for graphs over 1,000 articles, the big ones (a frame takes seconds there). */
  pans: number;
  panSeconds: number;
  bigPans: number;
  bigPanSeconds: number;
  /** The checkout whose explorer is measured (default: this one), for before/after comparisons. */
  explorerRoot?: string;
  /** Graph sizes (articles) to pan on; the seed is too small to say anything. */
  panSizes: number[];
  log: (line: string) => void;
}

export interface GraphFacts {
  nodes: number;
  edges: number;
}

export interface FirstFrameResult {
  graph: BenchGraph;
  facts?: GraphFacts;
  loads: LoadTiming[];
  /** One load of bare sigma on the same graph, for comparison. */
  bare?: LoadTiming;
  /** Hover and click on the last load's map. */
  interactions?: InteractionTiming[];
  interactionError?: string;
  error?: string;
}

export interface PanResult {
  graph: BenchGraph;
  explorer: PanRun[];
  bare: PanRun[];
  error?: string;
}

export interface ExplorerBenchResult {
  firstFrame: FirstFrameResult[];
  search?: SearchResult & { graph: BenchGraph };
  searchError?: string;
  pan: PanResult[];
  bundle?: BundleResult;
  bundleError?: string;
  /** The explorer's map size, which the bare page copies. */
  mapSize?: { width: number; height: number };
  browserVersion?: string;
}

/** Generous: a load of the 10,000-article graph takes about a minute here, a frame half of that. */
const LOAD_TIMEOUT = 20 * 60_000;

const message = (e: unknown) => (e instanceof Error ? e.message.split("\n")[0] : String(e)).slice(0, 200);

interface Session {
  browser: Browser;
  baseUrl: string;
  graphUrl(graph: BenchGraph): string;
}

const explorerUrl = (s: Session, graph: BenchGraph) => `${s.baseUrl}/?graph=${s.graphUrl(graph)}`;
const bareUrl = (s: Session, graph: BenchGraph, size: { width: number; height: number }) =>
  `${s.baseUrl}/bare/?graph=${s.graphUrl(graph)}&w=${Math.round(size.width)}&h=${Math.round(size.height)}`;

function graphFacts(page: Page): Promise<GraphFacts & { width: number; height: number }> {
  return page.evaluate(() => {
    const sigma = window.__explorers![0].sigma;
    const box = sigma.getContainer().getBoundingClientRect();
    return { nodes: sigma.getGraph().order, edges: sigma.getGraph().size, width: box.width, height: box.height };
  });
}

/** Time from navigation to the first frame on screen, `loads` fresh loads; the last page stays open for the next measures. */
export async function benchFirstFrame(s: Session, graph: BenchGraph, loads: number, log: (line: string) => void): Promise<{ result: FirstFrameResult; last?: OpenedPage; mapSize?: { width: number; height: number } }> {
  const result: FirstFrameResult = { graph, loads: [] };
  let last: OpenedPage | undefined;
  let mapSize: { width: number; height: number } | undefined;
  try {
    for (let i = 0; i < loads; i++) {
      await last?.close();
      last = undefined;
      const opened = await openAndWaitFirstFrame(s.browser, explorerUrl(s, graph), s.graphUrl(graph), LOAD_TIMEOUT);
      last = opened;
      result.loads.push(opened.timing);
      log(`  ${graph.name}: explorer load ${i + 1}/${loads}: first frame on screen at ${Math.round(opened.timing.onScreen)} ms`);
    }
    await waitExplorerReady(last!.page, LOAD_TIMEOUT);
    const { width, height, ...facts } = await graphFacts(last!.page);
    result.facts = facts;
    mapSize = { width, height };
  } catch (e) {
    result.error = message(e);
    log(`  ${graph.name}: ${result.error}`);
  }
  return { result, last, mapSize };
}

/** Keystroke to listed results, on an explorer page that is ready. */
export async function benchSearchLatency(page: Page): Promise<SearchResult> {
  return measureSearch(page, LOAD_TIMEOUT);
}

const describeRuns = (runs: readonly PanRun[]) => runs.map((r) => `${r.frames} frames in ${(r.ms / 1000).toFixed(1)} s`).join(", ");

/**
 * Frames while panning, the explorer's page (already open) against bare sigma
 * on the same graph with a map of the same size, open beside it: the runs
 * alternate, so a busy moment on the machine falls on both.
 */
export async function benchPanFrames(
  s: Session,
  graph: BenchGraph,
  explorer: Page,
  mapSize: { width: number; height: number },
  opts: { pans: number; panSeconds: number },
  log: (line: string) => void,
): Promise<{ result: PanResult; bare?: LoadTiming }> {
  const result: PanResult = { graph, explorer: [], bare: [] };
  let bareTiming: LoadTiming | undefined;
  try {
    const bare = await openAndWaitFirstFrame(s.browser, bareUrl(s, graph, mapSize), s.graphUrl(graph), LOAD_TIMEOUT);
    bareTiming = bare.timing;
    try {
      for (let i = 0; i < opts.pans; i++) {
        const direction = i % 2 ? -1 : 1;
        // Both pages done drawing (a pan ends on a full frame, seconds of GPU
        // time on a large graph) before either pans: the GPU process is shared.
        for (const run of [explorer, bare.page]) {
          await settle(explorer);
          await settle(bare.page);
          (run === explorer ? result.explorer : result.bare).push(await panOnce(run, opts.panSeconds * 1000, direction));
        }
      }
      log(`  ${graph.name}: pans, explorer: ${describeRuns(result.explorer)}; bare sigma: ${describeRuns(result.bare)}`);
    } finally {
      await bare.close();
    }
  } catch (e) {
    result.error = message(e);
    log(`  ${graph.name}: pan: ${result.error}`);
  }
  return { result, bare: bareTiming };
}

/** The JavaScript fetched before the seed's first frame, gzip, and what the build says the entry needs. */
export function benchBundleSize(siteDir: string, chunks: BuiltChunk[], seedLoads: readonly LoadTiming[]): BundleResult {
  return measureBundle(siteDir, chunks, seedLoads.flatMap((l) => l.scripts));
}

export async function benchExplorer(opts: ExplorerBenchOptions): Promise<ExplorerBenchResult> {
  const { log } = opts;
  const graphs = await ensureBenchGraphs(opts.root, opts.sizes, opts.seed, log);
  log("  building the explorer (vite build, production) and the bare-sigma page");
  const site = await buildBenchSite(opts.explorerRoot ?? opts.root, opts.root, join(opts.root, "bench-results/explorer/site"), graphs.map((g) => g.file));
  const { url, server } = await serveDirectory(site.dir);
  const browser = await launchBrowser();
  const session: Session = { browser, baseUrl: url, graphUrl: (g) => site.graphUrl(g.file) };
  const result: ExplorerBenchResult = { firstFrame: [], pan: [], browserVersion: browser.version() };
  const largest = graphs.at(-1)!;
  try {
    for (const graph of graphs) {
      const loads = graph.articles > 1000 ? opts.bigLoads : opts.loads;
      log(`\nexplorer: ${graph.name} (${(graph.bytes / 1048576).toFixed(1)} MB), ${loads} load${loads > 1 ? "s" : ""}`);
      const { result: ff, last, mapSize } = await benchFirstFrame(session, graph, loads, log);
      result.firstFrame.push(ff);
      result.mapSize ??= mapSize;
      try {
        if (last && graph === largest && graph.name !== "seed") {
          try {
            result.search = { ...(await benchSearchLatency(last.page)), graph };
            log(`  ${graph.name}: search: median ${result.search.median.toFixed(1)} ms, worst ${result.search.worst.toFixed(1)} ms over ${result.search.keystrokes} keystrokes`);
          } catch (e) {
            result.searchError = message(e);
            log(`  ${graph.name}: search: ${result.searchError}`);
          }
        }
        if (last) {
          try {
            ff.interactions = await measureInteractions(last.page, LOAD_TIMEOUT);
            log(`  ${graph.name}: ${ff.interactions.map((i) => `${i.what}: rendered ${Math.round(i.rendered)} ms, on screen ${Math.round(i.onScreen)} ms`).join("; ")}`);
          } catch (e) {
            ff.interactionError = message(e);
            log(`  ${graph.name}: hover and click: ${ff.interactionError}`);
          }
        }
        if (last && mapSize && opts.panSizes.includes(graph.articles) && graph.name !== "seed") {
          const panOpts = { pans: graph.articles > 1000 ? opts.bigPans : opts.pans, panSeconds: graph.articles > 1000 ? opts.bigPanSeconds : opts.panSeconds };
          const { result: pan, bare } = await benchPanFrames(session, graph, last.page, mapSize, panOpts, log);
          result.pan.push(pan);
          ff.bare = bare;
        }
      } finally {
        await last?.close();
      }
    }
    const seed = result.firstFrame.find((f) => f.graph.name === "seed");
    if (seed?.loads.length) result.bundle = benchBundleSize(site.dir, site.chunks, seed.loads);
    else result.bundleError = "no load of the seed graph succeeded";
  } finally {
    await browser.close();
    await new Promise<void>((done) => (server as Server).close(() => done()));
  }
  return result;
}
