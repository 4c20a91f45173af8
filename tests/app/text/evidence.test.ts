import { describe, expect, it } from "vitest";
import { evidenceContext } from "../../../src/app/text/evidence";

const text = "前言。1月25日,鄭邦山廳長主持召開疫情研判會,部署工作。下一句。";

describe("evidenceContext", () => {
  it("gives the sentence around the words, the words apart", () => {
    const start = text.indexOf("鄭邦山廳長主持");
    const ctx = evidenceContext(text, start, start + 7)!;
    expect(ctx.before).toBe("1月25日,");
    expect(ctx.match).toBe("鄭邦山廳長主持");
    expect(ctx.after).toBe("召開疫情研判會,部署工作。");
    expect(ctx.before + ctx.match + ctx.after).toBe("1月25日,鄭邦山廳長主持召開疫情研判會,部署工作。");
    expect([ctx.clippedBefore, ctx.clippedAfter]).toEqual([false, false]);
  });

  it("cuts a long sentence and says so", () => {
    const long = "甲".repeat(200) + "乙" + "丙".repeat(200);
    const ctx = evidenceContext(long, 200, 201, 10)!;
    expect(ctx.before).toBe("甲".repeat(10));
    expect(ctx.after).toBe("丙".repeat(10));
    expect([ctx.clippedBefore, ctx.clippedAfter]).toEqual([true, true]);
  });

  it("refuses a range outside the text", () => {
    expect(evidenceContext(text, 5, 500)).toBeNull();
    expect(evidenceContext(text, 9, 3)).toBeNull();
  });

  it("keeps markup in the text as text", () => {
    const t = "前。<img src=x onerror=alert(1)>印發通知。";
    const ctx = evidenceContext(t, t.indexOf("印發"), t.indexOf("印發") + 2)!;
    expect(ctx.before).toBe("<img src=x onerror=alert(1)>");
  });
});
