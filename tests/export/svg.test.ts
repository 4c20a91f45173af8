import { describe, expect, it } from "vitest";
import { SVG_FONT_FAMILY, writeSvg } from "../../src/export/svg";
import { xmldomParse } from "../../src/export/xmldom";
import { AWKWARD_LABEL } from "./fixture";
import { seedNeighbourhood } from "./roundtrip";

describe("writeSvg", () => {
  it("draws one circle per node, one line per edge and every label, escaped", () => {
    const sub = seedNeighbourhood();
    const svg = writeSvg(sub);
    const doc = xmldomParse(svg);
    const root = doc.documentElement;
    expect(root.nodeName).toBe("svg");
    expect(root.getAttribute("font-family")).toBe(SVG_FONT_FAMILY);
    expect(SVG_FONT_FAMILY).toMatch(/^'WenQuanYi Micro Hei', 'Noto Sans CJK SC'.*sans-serif$/);
    const circles = Array.from(doc.getElementsByTagName("circle"));
    expect(circles.map((c) => c.getAttribute("data-key"))).toEqual(sub.nodes());
    expect(doc.getElementsByTagName("line").length).toBe(sub.size);
    const texts = Array.from(doc.getElementsByTagName("text")).map((t) => t.textContent);
    expect(texts).toEqual(sub.mapNodes((_n, a) => a.label.replace(/\s*\n\s*/g, " ")));
    expect(texts).toContain(AWKWARD_LABEL.replace("\n", " "));
    expect(svg).not.toContain("<研究院>"); // escaped, never markup
  });

  it("fits the viewBox around every node", () => {
    const sub = seedNeighbourhood();
    const doc = xmldomParse(writeSvg(sub));
    const [x, y, w, h] = doc.documentElement.getAttribute("viewBox")!.split(" ").map(Number);
    for (const c of Array.from(doc.getElementsByTagName("circle"))) {
      const [cx, cy, r] = ["cx", "cy", "r"].map((k) => Number(c.getAttribute(k)));
      expect(cx - r).toBeGreaterThanOrEqual(x);
      expect(cy - r).toBeGreaterThanOrEqual(y);
      expect(cx + r).toBeLessThanOrEqual(x + w);
      expect(cy + r).toBeLessThanOrEqual(y + h);
    }
    // Graph y points up, SVG y down: the highest node is drawn nearest the top.
    const top = sub.nodes().reduce((a, b) => (sub.getNodeAttribute(a, "y") >= sub.getNodeAttribute(b, "y") ? a : b));
    const cys = Array.from(doc.getElementsByTagName("circle")).map((c) => [c.getAttribute("data-key"), Number(c.getAttribute("cy"))] as const);
    expect(cys.find(([k]) => k === top)![1]).toBe(Math.min(...cys.map(([, cy]) => cy)));
  });

  it("is well-formed for an empty graph and the same on every run", () => {
    const sub = seedNeighbourhood();
    expect(writeSvg(sub)).toBe(writeSvg(seedNeighbourhood()));
    sub.clear();
    expect(() => xmldomParse(writeSvg(sub))).not.toThrow();
  });
});
