// Small numeric helpers for the benchmarks: medians, growth between sizes,
// and the plain-text formatting of figures.

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Growth {
  /** How many times the input grew (×10 articles). */
  inputRatio: number;
  /** How many times the cost grew. */
  ratio: number;
  /** The exponent k in cost ∝ n^k between the two points: 1 is linear, 2 quadratic. */
  exponent: number;
}

export function growth(smallN: number, smallCost: number, largeN: number, largeCost: number): Growth {
  const inputRatio = largeN / smallN;
  const ratio = largeCost / smallCost;
  return { inputRatio, ratio, exponent: Math.log(ratio) / Math.log(inputRatio) };
}

/** The exponent k of cost ∝ n^k fitted to all points by least squares on their logarithms. */
export function fitExponent(points: readonly { n: number; cost: number }[]): number {
  const xs = points.map((p) => Math.log(p.n));
  const ys = points.map((p) => Math.log(p.cost));
  const mx = xs.reduce((s, v) => s + v, 0) / xs.length;
  const my = ys.reduce((s, v) => s + v, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my);
    den += (x - mx) ** 2;
  });
  return den ? num / den : Number.NaN;
}

/** "×9.6 for ×10 articles (n^0.98)" */
export function describeGrowth(g: Growth, unit = "articles"): string {
  if (!Number.isFinite(g.ratio) || g.ratio <= 0) return "n/a";
  return `×${trim(g.ratio)} for ×${trim(g.inputRatio)} ${unit} (n^${g.exponent.toFixed(2)})`;
}

/** Two significant figures (whole numbers from 100 up), no trailing zeros. */
function trim(v: number): string {
  return String(Number(v.toPrecision(v >= 100 ? String(Math.round(v)).length : 2)));
}

/** 12,345 */
export const int = (v: number): string => Math.round(v).toLocaleString("en-US");

export function seconds(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/** 2.3 M chars/s */
export function rate(perSecond: number, unit: string): string {
  if (perSecond >= 1e9) return `${(perSecond / 1e9).toFixed(1)} G ${unit}/s`;
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)} M ${unit}/s`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)} k ${unit}/s`;
  return `${perSecond.toFixed(0)} ${unit}/s`;
}

/** Columns padded to their widest cell, for the terminal. */
export function textTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd()).join("\n");
}

/** The same rows as a Markdown table (first row is the header). */
export function markdownTable(rows: readonly (readonly string[])[]): string {
  const [head, ...body] = rows;
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...body.map(line)].join("\n");
}
