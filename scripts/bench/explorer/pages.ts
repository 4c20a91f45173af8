// Opening the explorer and the bare-sigma page in headless Chromium, each
// load in a fresh browser context (nothing cached), the viewport of the
// end-to-end tests, with what the benchmark reads from the page's timeline.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { FIRST_FRAME_MARK } from "../../../src/app/sigma/first-frame";

export const VIEWPORT = { width: 1280, height: 800 };

/** Milliseconds from navigation start. */
export interface LoadTiming {
  /** The graph file fully received. */
  graphArrived: number;
  /** Sigma's first render done (the page's own mark): the draw calls are issued. */
  rendered: number;
  /** Two animation frames later: the first frame has gone through the GPU and is on screen. */
  onScreen: number;
  /** Scripts the page fetched before the first frame was on screen. */
  scripts: string[];
}

export interface OpenedPage {
  page: Page;
  timing: LoadTiming;
  close(): Promise<void>;
}

// Software WebGL draws a large graph's frame in the GPU process after sigma's
// render call has returned (seconds at tens of thousands of edges), and the
// explorer's mark can fall before or after that wait: two animation frames
// after the mark is the first moment both pages have a frame on screen.
const ON_SCREEN_PROBE = `{
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = mark(name, options);
    if (name === ${JSON.stringify(FIRST_FRAME_MARK)} && !window.__benchOnScreen)
      requestAnimationFrame(() => requestAnimationFrame(() => { window.__benchOnScreen ??= performance.now(); }));
    return entry;
  };
}`;

interface ProbeWindow {
  __benchOnScreen?: number;
  __bareError?: string;
}

export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: "zh-TW", viewport: VIEWPORT });
  // tsx names functions with a helper, __name, that the page lacks: functions
  // handed to page.evaluate from here call it.
  await context.addInitScript("window.__name = (f) => f;");
  await context.addInitScript(ON_SCREEN_PROBE);
  return context;
}

/** Navigates and waits until the first frame is on screen (or the page reports an error). */
export async function openAndWaitFirstFrame(browser: Browser, url: string, graphFile: string, timeoutMs: number): Promise<OpenedPage> {
  const context = await newBenchContext(browser);
  const page = await context.newPage();
  const close = () => context.close();
  try {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("crash", () => errors.push("the page crashed (out of memory?)"));
    await page.goto(url, { timeout: timeoutMs, waitUntil: "commit" });
    await page.waitForFunction(
      () => Boolean((window as ProbeWindow).__benchOnScreen || (window as ProbeWindow).__bareError || document.querySelector("[role=alert]")),
      null,
      { timeout: timeoutMs, polling: 250 },
    );
    const timing = await page.evaluate(
      ({ mark, graphFile }) => {
        const w = window as ProbeWindow;
        const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
        const onScreen = w.__benchOnScreen ?? -1;
        return {
          graphArrived: resources.find((r) => r.name.endsWith(graphFile))?.responseEnd ?? -1,
          rendered: performance.getEntriesByName(mark, "mark")[0]?.startTime ?? -1,
          onScreen,
          scripts: resources.filter((r) => /\.m?js(\?|$)/.test(r.name) && r.responseEnd <= onScreen).map((r) => r.name),
          problem: w.__bareError ?? document.querySelector("[role=alert]")?.textContent ?? "",
        };
      },
      { mark: FIRST_FRAME_MARK, graphFile },
    );
    if (timing.onScreen < 0) throw new Error(`no first frame: ${[timing.problem, ...errors].filter(Boolean).join("; ").slice(0, 300)}`);
    const { problem: _problem, ...rest } = timing;
    return { page, timing: rest, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** The explorer is ready for input: graph shown and search index built. */
export async function waitExplorerReady(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const e = window.__explorers?.[0];
      return Boolean(e && e.store.getState().status.kind === "ready" && e.store.getState().searchIndex);
    },
    null,
    { timeout: timeoutMs, polling: 250 },
  );
}
