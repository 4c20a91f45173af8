// Search latency in the explorer: time from a keystroke to the search box's
// list holding the results for the new text. The explorer answers a
// keystroke synchronously (React flushes the update of a discrete input
// event before the task ends), so the probe takes the earliest timestamp of
// the keystroke's events (keydown, beforeinput, input) and the start of the
// next task after the input event: the list is in the DOM by then, to be
// painted in the next frame.
import type { Page } from "playwright-core";
import { median } from "../stats";

export interface QueryTiming {
  /** What was typed (a kind, not the name: the graph's names stay out of reports). */
  kind: string;
  keystrokes: number;
  /** Per keystroke, milliseconds. */
  times: number[];
  /** Options listed after the last keystroke. */
  results: number;
}

export interface SearchResult {
  queries: QueryTiming[];
  median: number;
  worst: number;
  keystrokes: number;
}

interface Probe {
  start: number | null;
  times: number[];
  options: number;
}

const installProbe = () => {
  const probe: Probe = { start: null, times: [], options: 0 };
  (window as unknown as { __searchProbe: Probe }).__searchProbe = probe;
  const began = (e: Event) => {
    if (probe.start === null || e.timeStamp < probe.start) probe.start = e.timeStamp;
  };
  for (const type of ["keydown", "beforeinput", "input"]) window.addEventListener(type, began, true);
  window.addEventListener("input", () => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      probe.times.push(performance.now() - (probe.start ?? performance.now()));
      probe.options = document.querySelectorAll("[role=listbox] [role=option]").length;
      probe.start = null;
    };
    channel.port2.postMessage(null);
  });
};

/** Queries made from the best-connected official in the graph: its name, as written and in the other script, pinyin, initials. */
async function chooseQueries(page: Page): Promise<{ kind: string; text: string }[]> {
  return page.evaluate(() => {
    const { graph } = window.__explorers![0].store.getState().loaded!;
    let best: string | null = null;
    let bestDegree = -1;
    graph.forEachNode((node, attrs) => {
      if (attrs.type !== "official") return;
      const d = graph.degree(node);
      if (d > bestDegree) [best, bestDegree] = [node, d];
    });
    if (!best) return [];
    const attrs = graph.getNodeAttributes(best);
    const keys = attrs.search as { hans: string[]; hant: string[]; pinyin: string[]; initials: string[] } | undefined;
    const label = attrs.label as string;
    const other = keys ? (keys.hans[0] !== label ? keys.hans[0] : keys.hant[0]) : label;
    return [
      { kind: `name prefix as written (${Math.min(2, label.length)} characters)`, text: label.slice(0, 2) },
      { kind: `full name in the other script (${other.length} characters)`, text: other },
      ...(keys ? [
        { kind: `full pinyin (${keys.pinyin[0].length} letters)`, text: keys.pinyin[0] },
        { kind: `initials (${keys.initials[0].length} letters)`, text: keys.initials[0] },
      ] : []),
    ];
  });
}

export async function measureSearch(page: Page, timeoutMs: number): Promise<SearchResult> {
  await page.evaluate(installProbe);
  const queries = await chooseQueries(page);
  if (!queries.length) throw new Error("the graph has no official to search for");
  // The search box (the language and script switches are comboboxes too).
  const box = page.locator('input[role="combobox"]');
  const out: QueryTiming[] = [];
  for (const { kind, text } of queries) {
    await box.fill("");
    await box.focus();
    await page.evaluate(() => {
      const p = (window as unknown as { __searchProbe: Probe }).__searchProbe;
      p.times.length = 0;
      p.start = null;
    });
    const chars = Array.from(text);
    for (let i = 0; i < chars.length; i++) {
      await page.keyboard.type(chars[i]);
      await page.waitForFunction((n) => (window as unknown as { __searchProbe: Probe }).__searchProbe.times.length >= n, i + 1, { timeout: timeoutMs, polling: 20 });
    }
    const { times, options } = await page.evaluate(() => {
      const p = (window as unknown as { __searchProbe: Probe }).__searchProbe;
      return { times: [...p.times], options: p.options };
    });
    out.push({ kind, keystrokes: chars.length, times, results: options });
  }
  await box.fill("");
  const all = out.flatMap((q) => q.times);
  return { queries: out, median: median(all), worst: Math.max(...all), keystrokes: all.length };
}
