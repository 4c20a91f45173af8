// Shared helpers for the end-to-end tests: Debian's Chromium through
// playwright-core, a page on the built explorer, canvas clicks through
// sigma's own coordinates, screenshots into test-results/screenshots.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const SCREENSHOTS = resolve(import.meta.dirname, "../../test-results/screenshots");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-gpu"],
  });
}

export interface OpenOptions {
  locale?: string;
  /** Wait for the graph to be on screen (false for the error cases). */
  ready?: boolean;
}

export async function openExplorer(browser: Browser, baseUrl: string, query: string, options: OpenOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: options.locale ?? "zh-TW", viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => requests.push(r.url()));
  Object.assign(page, { errors, requests });
  await page.goto(`${baseUrl}/${query}`);
  if (options.ready !== false) await waitReady(page);
  return page;
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const e = window.__explorers?.[0];
    return Boolean(e && e.store.getState().status.kind === "ready" && e.store.getState().searchIndex);
  });
  // Let sigma draw and the camera settle.
  await page.waitForTimeout(700);
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/** Every URL the page has requested. */
export function pageRequests(page: Page): string[] {
  return (page as Page & { requests?: string[] }).requests ?? [];
}

/** Where sigma draws a node, in page coordinates (through graphToViewport). */
export function nodePoint(page: Page, node: string): Promise<{ x: number; y: number }> {
  return page.evaluate((key) => {
    const { sigma } = window.__explorers![0];
    const attrs = sigma.getGraph().getNodeAttributes(key);
    const p = sigma.graphToViewport({ x: attrs.x as number, y: attrs.y as number });
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, node);
}

/** Clicks a node where sigma draws it. */
export async function clickNode(page: Page, node: string, options: { shift?: boolean } = {}): Promise<void> {
  const point = await nodePoint(page, node);
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(100);
  if (options.shift) await page.keyboard.down("Shift");
  await page.mouse.click(point.x, point.y);
  if (options.shift) await page.keyboard.up("Shift");
  // Two clicks within 300 ms are a double-click, which zooms.
  await page.waitForTimeout(350);
}

/** The nodes sigma currently draws (not hidden by the reducers). */
export function drawnNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { sigma } = window.__explorers![0];
    return sigma
      .getGraph()
      .nodes()
      .filter((n) => !sigma.getNodeDisplayData(n)?.hidden);
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export function currentParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}
