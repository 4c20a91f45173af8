// Explorer benchmarks: placeholders until the explorer (src/app) lands. Each
// function is where its measurement goes; until then it reports "pending".
// When filling one in: build the explorer (vite build), serve dist/ with a
// graph.json from the synthetic corpus, and drive /usr/bin/chromium through
// playwright-core (see the brief for the launch flags). Report medians; never
// assert a figure (software WebGL here runs at about 1 frame/s at 20k nodes).

export interface ExplorerFigure {
  id: string;
  what: string;
  /** The figure, with its unit, once measured. */
  value?: string;
  status: "measured" | "pending";
  note?: string;
}

const pending = (id: string, what: string): ExplorerFigure => ({ id, what, status: "pending", note: "explorer not in main yet" });

/** Time from navigation to the first sigma frame with the graph drawn, headless Chromium, for 100/1,000/10,000 articles. */
export async function benchFirstFrame(): Promise<ExplorerFigure> {
  return pending("first-frame", "first frame in headless Chromium");
}

/** Keystroke to result list for a name query (Simplified query, Traditional labels), median over queries. */
export async function benchSearchLatency(): Promise<ExplorerFigure> {
  return pending("search", "search latency");
}

/** Frames per second while panning, against bare sigma drawing the same graph: the cost of our reducers. */
export async function benchPanFrames(): Promise<ExplorerFigure> {
  return pending("pan", "pan frames vs bare sigma");
}

/** Size of dist/ after vite build: total and gzip of the JavaScript. */
export async function benchBundleSize(): Promise<ExplorerFigure> {
  return pending("bundle", "bundle size (gzip)");
}

export async function benchExplorer(): Promise<ExplorerFigure[]> {
  return [await benchFirstFrame(), await benchSearchLatency(), await benchPanFrames(), await benchBundleSize()];
}
