import { describe, expect, it } from "vitest";
import { matchingView, simplify } from "../../src/extract/script";

describe("matching view", () => {
  it("is Simplified and exactly as long as the original, so offsets carry over", () => {
    const text = "鄭邦山廳長主持召開黨組會,衞生署署長出席。";
    const view = matchingView(text);
    expect(view).toBe("郑邦山厅长主持召开党组会,卫生署署长出席。");
    expect(view.length).toBe(text.length);
  });

  it("folds full-width punctuation and digits one for one", () => {
    expect(matchingView("１月２１日，會議（擴大）；")).toBe("1月21日,会议(扩大);");
  });

  it("keeps characters outside the Basic Multilingual Plane and Simplified text unchanged", () => {
    const text = "𠮷野家和郑州市";
    expect(matchingView(text)).toBe(text);
    expect(simplify("河南省教育廳")).toBe("河南省教育厅");
  });
});
