import { describe, expect, it } from "vitest";
import { shortName } from "../../src/gazetteer/names";

describe("shortName", () => {
  it("drops the administrative suffix of provinces, cities and counties", () => {
    expect(shortName("甘肃省")).toBe("甘肃");
    expect(shortName("北京市")).toBe("北京");
    expect(shortName("三台县")).toBe("三台");
    expect(shortName("迎泽区")).toBe("迎泽");
  });

  it("drops the peoples of an autonomous name with its suffix", () => {
    expect(shortName("峨边彝族自治县")).toBe("峨边");
    expect(shortName("凉山彝族自治州")).toBe("凉山");
    expect(shortName("广西壮族自治区")).toBe("广西");
    expect(shortName("内蒙古自治区")).toBe("内蒙古");
    expect(shortName("香港特别行政区")).toBe("香港");
  });

  it("keeps a name that would shrink to one character (礼县 is not 礼)", () => {
    expect(shortName("礼县")).toBe("礼县");
  });

  it("keeps a name without an administrative suffix", () => {
    expect(shortName("教育厅")).toBe("教育厅");
  });
});
