// Hover and click on the map, as a person does it (the mouse over the
// best-connected official, then a click): time from the mouse event to
// sigma's next render (the JavaScript: store, reducers, sigma's processing)
// and to that frame on screen (with software WebGL, mostly the GPU process
// drawing every node and edge again).
import type { Page } from "playwright-core";

export interface InteractionTiming {
  what: "hover" | "click";
  /** Milliseconds from the mouse event to the end of sigma's render. */
  rendered: number;
  /** Milliseconds from the mouse event to the frame on screen. */
  onScreen: number;
}

interface Probe {
  start: number | null;
  rendered: number | null;
  onScreen: number | null;
}

const probeOf = () => (window as unknown as { __interact: Probe }).__interact;

async function timed(page: Page, what: InteractionTiming["what"], act: () => Promise<void>, timeoutMs: number): Promise<InteractionTiming> {
  await page.evaluate(() => {
    const p = (window as unknown as { __interact: Probe }).__interact;
    p.start = p.rendered = p.onScreen = null;
  });
  await act();
  await page.waitForFunction(() => (window as unknown as { __interact: Probe }).__interact.onScreen !== null, null, { timeout: timeoutMs, polling: 100 });
  const p = await page.evaluate(probeOf);
  return { what, rendered: p.rendered! - p.start!, onScreen: p.onScreen! - p.start! };
}

export async function measureInteractions(page: Page, timeoutMs: number): Promise<InteractionTiming[]> {
  const target = await page.evaluate((eventTypes) => {
    const { sigma } = window.__explorers![0];
    const graph = sigma.getGraph();
    const probe: Probe = { start: null, rendered: null, onScreen: null };
    (window as unknown as { __interact: Probe }).__interact = probe;
    const began = (e: Event) => {
      if (probe.start === null) probe.start = e.timeStamp;
    };
    for (const type of eventTypes) window.addEventListener(type, began, true);
    sigma.on("afterRender", () => {
      if (probe.start === null || probe.rendered !== null) return;
      probe.rendered = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => void (probe.onScreen = performance.now())));
    });
    let best: string | null = null;
    let degree = -1;
    graph.forEachNode((node, attrs) => {
      if (attrs.type === "official" && graph.degree(node) > degree) [best, degree] = [node, graph.degree(node)];
    });
    if (!best) return null;
    const attrs = graph.getNodeAttributes(best);
    const p = sigma.graphToViewport({ x: attrs.x as number, y: attrs.y as number });
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y, degree };
  }, ["mousemove", "mouseup"]);
  if (!target) throw new Error("no official to hover");
  // The listener takes the first event of each act: mousemove for the hover, mouseup (sigma's click) for the click.
  const hover = await timed(page, "hover", () => page.mouse.move(target.x, target.y), timeoutMs);
  const click = await timed(
    page,
    "click",
    async () => {
      await page.mouse.down();
      await page.evaluate(() => void ((window as unknown as { __interact: Probe }).__interact.start = null));
      await page.mouse.up();
    },
    timeoutMs,
  );
  // Off the node again, and the map redrawn, for whatever is measured next.
  const leave = await timed(page, "hover", () => page.mouse.move(1, 1), timeoutMs).catch(() => null);
  void leave;
  return [hover, click];
}
