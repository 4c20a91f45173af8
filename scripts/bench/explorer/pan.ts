// Frames drawn while the camera pans: sigma's own camera animation (what a
// drag or the arrow buttons do; sigma counts it as moving, so the settings'
// hideEdgesOnMove and hideLabelsOnMove apply as they would for a person),
// across half the whole-graph view (right, then back left on the next run).
// The same function drives the explorer and the bare-sigma page.
//
// With software WebGL a frame's time is spent in the GPU process, and the
// first moving frame also waits for whatever was drawn before: the figure is
// the median interval between consecutive renders after the first, and
// beside it the JavaScript time of each render (sigma's render call), where
// the explorer's own code would show.
import type { Page } from "playwright-core";
import type Sigma from "sigma";

export interface PanRun {
  /** Sigma renders during the pan. */
  frames: number;
  ms: number;
  /** Milliseconds between consecutive renders, the first excluded. */
  intervals: number[];
  /** Milliseconds of each render call. */
  renderMs: number[];
}

interface PanWindow {
  __explorers?: { sigma: Sigma }[];
  __bare?: { sigma: Sigma };
}

const twoFrames = () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));

/** Waits until the page has drawn what it had pending (e.g. the frame after load or after the last pan). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(twoFrames);
  await page.waitForTimeout(300);
  await page.evaluate(twoFrames);
}

export async function panOnce(page: Page, durationMs: number, direction: 1 | -1): Promise<PanRun> {
  return page.evaluate(
    async ({ durationMs, direction }) => {
      const w = window as unknown as PanWindow;
      const sigma = w.__explorers?.[0]?.sigma ?? w.__bare!.sigma;
      const camera = sigma.getCamera();
      const from = camera.getState();
      const ends: number[] = [];
      const renderMs: number[] = [];
      let began = 0;
      const before = () => void (began = performance.now());
      const after = () => {
        const now = performance.now();
        ends.push(now);
        renderMs.push(now - began);
      };
      sigma.on("beforeRender", before);
      sigma.on("afterRender", after);
      const started = performance.now();
      await camera.animate({ x: from.x + 0.5 * direction }, { duration: durationMs, easing: "linear" });
      const ms = performance.now() - started;
      sigma.off("beforeRender", before);
      sigma.off("afterRender", after);
      const intervals = ends.slice(2).map((t, i) => t - ends[i + 1]);
      return { frames: ends.length, ms, intervals, renderMs };
    },
    { durationMs, direction },
  );
}
