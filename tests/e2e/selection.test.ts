// Selection that shows: the selected node's neighbours are labelled while it
// is selected, and hovering another node leaves the selected one its label
// (sigma draws a highlighted node's label in a box: an emptied label was an
// empty box).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { clickNode, launchBrowser, nodePoint, openExplorer, screenshot } from "./browser";
import { GOLD_QUERY, readGold } from "./gold";

let browser: Browser;
let page: Page;
const gold = readGold();

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openExplorer(browser, inject("baseUrl"), GOLD_QUERY);
});
afterAll(async () => browser?.close());

const display = (node: string) =>
  page.evaluate((k) => {
    const d = window.__explorers![0].sigma.getNodeDisplayData(k)!;
    return { label: d.label, forceLabel: Boolean(d.forceLabel), color: d.color, highlighted: Boolean(d.highlighted) };
  }, node);

describe("selection", () => {
  // A node with a few neighbours, and a node that is not one of them.
  const degree = new Map<string, Set<string>>();
  for (const e of gold.edges) {
    (degree.get(e.source) ?? degree.set(e.source, new Set()).get(e.source)!).add(e.target);
    (degree.get(e.target) ?? degree.set(e.target, new Set()).get(e.target)!).add(e.source);
  }
  const [selected, neighbours] = [...degree].find(([, n]) => n.size >= 2 && n.size <= 6)!;
  const stranger = gold.nodes.find((n) => n.key !== selected && !neighbours.has(n.key) && (degree.get(n.key)?.size ?? 0) > 0)!.key;

  it("labels the selected node's neighbours", async () => {
    await clickNode(page, selected);
    expect(new URL(page.url()).searchParams.get("node")).toBe(selected);
    for (const n of neighbours) expect((await display(n)).forceLabel, n).toBe(true);
    expect((await display(stranger)).forceLabel).toBe(false);
  });

  it("hovering another node leaves the selected node its label and colour", async () => {
    const before = await display(selected);
    const p = await nodePoint(page, stranger);
    await page.mouse.move(p.x, p.y);
    await page.waitForTimeout(300);
    const during = await display(selected);
    expect(during.highlighted).toBe(true);
    expect(during.label).toBe(before.label);
    expect(during.label!.length).toBeGreaterThan(0);
    expect(during.color).toBe(before.color);
    await screenshot(page, "50-hover-with-selection");
    await page.mouse.move(2, 790);
  });
});
