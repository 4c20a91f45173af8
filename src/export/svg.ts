// A standalone SVG drawing of a subgraph from its stored layout: edges as
// lines with arrowheads, nodes as circles, labels as text, hover titles with
// types, posts and evidence. The viewBox fits the nodes and their labels.
// Chinese stays readable where the fonts are installed and falls back cleanly.
import type { KnowledgeGraph } from "../graph/build";
import type { Relation } from "../graph/contract";
import { RELATION_COLORS } from "../graph/style";
import { describeSources, edgeRecords, nodeRecords, quotesText } from "./records";
import { escapeXmlAttr as attr, escapeXmlText as text } from "./xml";

export const SVG_FONT_FAMILY = "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export interface SvgOptions {
  /** Pixels across the larger side of the layout (labels and margins come on top). */
  extent?: number;
  fontSize?: number;
  background?: string;
}

const num = (v: number) => {
  const r = Math.round(v * 100) / 100;
  return String(r === 0 ? 0 : r);
};

/** A rough width of a label: CJK and other wide characters take a full em. */
function textWidth(label: string, fontSize: number): number {
  let w = 0;
  for (const ch of label) w += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uff60\u{20000}-\u{3ffff}]/u.test(ch) ? fontSize : fontSize * 0.6;
  return w;
}

function range(values: number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  return values.length ? [lo, hi] : [0, 0];
}

/** Labels drawn on one line: a newline in a label would not show in SVG text anyway. */
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, " ");

export function writeSvg(graph: KnowledgeGraph, options: SvgOptions = {}): string {
  const extent = options.extent ?? 1000;
  const fontSize = options.fontSize ?? 12;
  const nodes = nodeRecords(graph);
  const edges = edgeRecords(graph);

  // Graph coordinates have y pointing up (as sigma draws them); SVG's points down.
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => -n.y);
  const [minX, maxX] = range(xs);
  const [minY, maxY] = range(ys);
  const span = Math.max(maxX - minX, maxY - minY);
  const scale = span > 0 ? extent / span : 1;
  const pos = new Map(nodes.map((n, i) => [n.id, { x: (xs[i] - minX) * scale, y: (ys[i] - minY) * scale, r: n.size }]));

  // Bounds of circles and labels, then a margin.
  let left = 0;
  let top = 0;
  let right = 0;
  let bottom = 0;
  nodes.forEach((n, i) => {
    const p = pos.get(n.id)!;
    const labelRight = p.x + p.r + 3 + textWidth(oneLine(n.label), fontSize);
    if (i === 0) [left, top, right, bottom] = [p.x - p.r, p.y - p.r, labelRight, p.y + p.r];
    left = Math.min(left, p.x - p.r);
    top = Math.min(top, p.y - p.r, p.y - fontSize);
    right = Math.max(right, labelRight);
    bottom = Math.max(bottom, p.y + p.r, p.y + fontSize);
  });
  const margin = 20;
  const vb = { x: left - margin, y: top - margin, w: right - left + 2 * margin, h: bottom - top + 2 * margin };

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(vb.x)} ${num(vb.y)} ${num(vb.w)} ${num(vb.h)}" width="${num(vb.w)}" height="${num(vb.h)}"` +
      ` font-family="${attr(SVG_FONT_FAMILY)}" font-size="${fontSize}">\n`,
    `  <desc>${text(describeSources(graph))}</desc>\n`,
    `  <rect x="${num(vb.x)}" y="${num(vb.y)}" width="${num(vb.w)}" height="${num(vb.h)}" fill="${attr(options.background ?? "#ffffff")}"/>\n`,
    '  <g class="edges" stroke-width="1.2" stroke-opacity="0.7" fill-opacity="0.8">\n',
  ];
  for (const e of edges) {
    const s = pos.get(e.source)!;
    const t = pos.get(e.target)!;
    const color = RELATION_COLORS[e.relation as Relation] ?? "#999999";
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const len = Math.hypot(dx, dy) || 1;
    const [ux, uy] = [dx / len, dy / len];
    // Stop at the target's rim and draw the head there.
    const tip = { x: t.x - ux * t.r, y: t.y - uy * t.r };
    const back = { x: tip.x - ux * 7, y: tip.y - uy * 7 };
    const head = `${num(tip.x)},${num(tip.y)} ${num(back.x - uy * 3.5)},${num(back.y + ux * 3.5)} ${num(back.x + uy * 3.5)},${num(back.y - ux * 3.5)}`;
    const title = [`${e.sourceLabel} ${e.relation} ${e.targetLabel}`, e.date, e.title, quotesText(e.evidence)].filter(Boolean).join("\n");
    out.push(
      `    <g class="edge" data-relation="${attr(e.relation)}">` +
        `<title>${text(title)}</title>` +
        `<line x1="${num(s.x)}" y1="${num(s.y)}" x2="${num(back.x)}" y2="${num(back.y)}" stroke="${attr(color)}"/>` +
        `<polygon points="${head}" fill="${attr(color)}"/></g>\n`,
    );
  }
  out.push("  </g>\n", '  <g class="nodes" stroke="#ffffff" stroke-width="1">\n');
  for (const n of nodes) {
    const p = pos.get(n.id)!;
    const title = [`${n.label} (${n.type})`, n.titles?.join("、"), n.date].filter(Boolean).join("\n");
    out.push(
      `    <circle cx="${num(p.x)}" cy="${num(p.y)}" r="${num(p.r)}" fill="${attr(n.color)}" data-key="${attr(n.id)}"><title>${text(title)}</title></circle>\n`,
    );
  }
  out.push("  </g>\n", '  <g class="labels" fill="#222222" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">\n');
  for (const n of nodes) {
    const p = pos.get(n.id)!;
    out.push(`    <text x="${num(p.x + p.r + 3)}" y="${num(p.y + fontSize * 0.35)}">${text(oneLine(n.label))}</text>\n`);
  }
  out.push("  </g>\n</svg>\n");
  return out.join("");
}
