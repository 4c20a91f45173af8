import { describe, expect, it } from "vitest";
import { describeGrowth, fitExponent, growth, markdownTable, median, rate, seconds, textTable } from "../../scripts/bench/stats";

describe("bench statistics", () => {
  it("takes the median of odd and even counts, unsorted", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("gives the growth exponent: 1 for linear, 2 for quadratic", () => {
    expect(growth(100, 2, 1000, 20).exponent).toBeCloseTo(1);
    expect(growth(100, 2, 1000, 200).exponent).toBeCloseTo(2);
    const g = growth(1000, 10, 10000, 96);
    expect(g.ratio).toBeCloseTo(9.6);
    expect(describeGrowth(g)).toBe("×9.6 for ×10 articles (n^0.98)");
  });

  it("fits the exponent to many points: 1 for linear, 2 for quadratic, and the slope of noisy points", () => {
    expect(fitExponent([10, 100, 1000].map((n) => ({ n, cost: 3 * n })))).toBeCloseTo(1);
    expect(fitExponent([10, 100, 1000].map((n) => ({ n, cost: n * n })))).toBeCloseTo(2);
    expect(fitExponent([{ n: 10, cost: 1 }, { n: 100, cost: 20 }, { n: 1000, cost: 100 }])).toBeCloseTo(1, 0);
    expect(fitExponent([{ n: 10, cost: 1 }])).toBeNaN();
  });

  it("formats durations and rates in readable units", () => {
    expect(seconds(850)).toBe("850 ms");
    expect(seconds(2345)).toBe("2.35 s");
    expect(seconds(73_600)).toBe("73.6 s");
    expect(rate(2_345_000, "chars")).toBe("2.35 M chars/s");
  });

  it("pads text columns and escapes pipes in Markdown cells", () => {
    expect(textTable([["a", "bb"], ["ccc", "d"]])).toBe("a    bb\nccc  d");
    expect(markdownTable([["x", "y"], ["1|2", "3"]])).toBe("| x | y |\n| --- | --- |\n| 1\\|2 | 3 |");
  });
});
