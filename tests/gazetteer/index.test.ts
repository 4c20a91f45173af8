// The GB/T 2260 lookups. Names are Simplified: callers fold Traditional text
// with simplify() first, so each case is also checked through it.
import { describe, expect, it } from "vitest";
import { simplify } from "../../src/extract/script";
import {
  atLevel,
  chain,
  division,
  divisionOfName,
  divisionsByInitials,
  divisionsNamed,
  divisionsRomanised,
  isCountyLevelCity,
  isWithin,
  namedDivisions,
  province,
  regionOf,
} from "../../src/gazetteer/index";

const codes = (ds: readonly { code: string }[]) => ds.map((d) => d.code).sort();

describe("division and chain: lookups by code", () => {
  it("gives a province, a city and a county with their levels and parents", () => {
    expect(division("620000")).toMatchObject({ name: "甘肃省", short: "甘肃", level: 1, romanised: "gansu", initials: "gs" });
    expect(division("620000")?.parent).toBeUndefined();
    expect(division("510700")).toMatchObject({ name: "绵阳市", level: 2, parent: "510000" });
    expect(division("510722")).toMatchObject({ name: "三台县", short: "三台", level: 3, parent: "510700", romanised: "santai" });
  });

  it("is undefined for a code the standard does not have", () => {
    expect(division("999999")).toBeUndefined();
    expect(chain("999999")).toEqual([]);
    expect(regionOf("999999")).toBeUndefined();
  });

  it("walks a county up to its province", () => {
    expect(chain("510722").map((d) => d.name)).toEqual(["四川省", "绵阳市", "三台县"]);
    expect(regionOf("510722")).toEqual({ code: "510722", names: ["四川省", "绵阳市", "三台县"] });
    expect(atLevel("510722", 2)?.name).toBe("绵阳市");
    expect(province("510722")?.name).toBe("四川省");
    expect(atLevel("510000", 3)).toBeUndefined();
  });

  it("knows what lies inside what", () => {
    expect(isWithin("510722", "510000")).toBe(true);
    expect(isWithin("510722", "510722")).toBe(true);
    expect(isWithin("510722", "620000")).toBe(false);
    expect(isWithin("510000", "510722")).toBe(false);
  });

  it("tells a county-level city (浏阳市) from a county and from a prefecture-level city", () => {
    expect(isCountyLevelCity(division("430181")!)).toBe(true);
    expect(division("430181")?.name).toBe("浏阳市");
    expect(isCountyLevelCity(division("510722")!)).toBe(false);
    expect(isCountyLevelCity(division("430100")!)).toBe(false);
  });

  it("has Hong Kong and Macao as province-level regions, with Hong Kong's districts", () => {
    expect(division("810000")).toMatchObject({ name: "香港特别行政区", short: "香港", level: 1 });
    expect(division("820000")?.short).toBe("澳门");
    expect(division("810000:中西区")).toMatchObject({ level: 3, parent: "810000" });
  });
});

describe("divisionsNamed: lookups by full and short name", () => {
  it("finds a division by its full name and by its short name", () => {
    expect(codes(divisionsNamed("甘肃省"))).toEqual(["620000"]);
    expect(codes(divisionsNamed("甘肃"))).toEqual(["620000"]);
    expect(codes(divisionsNamed("三台县"))).toEqual(["510722"]);
    expect(codes(divisionsNamed("香港"))).toEqual(["810000"]);
  });

  it("finds 礼县, a county whose name is one character and a suffix", () => {
    expect(codes(divisionsNamed("礼县"))).toEqual(["621226"]);
    expect(codes(divisionsNamed(simplify("禮縣")))).toEqual(["621226"]);
    expect(divisionsNamed("礼")).toEqual([]);
  });

  it("lists every division of an ambiguous name", () => {
    expect(codes(divisionsNamed("朝阳区"))).toEqual(["110105", "220104"]);
    expect(codes(divisionsNamed("吉林"))).toEqual(["220000", "220200"]);
    expect(divisionsNamed("鼓楼区").length).toBeGreaterThan(2);
  });

  it("finds nothing for a word that is no division", () => {
    expect(divisionsNamed("教育厅")).toEqual([]);
    expect(divisionsNamed("新区")).toEqual([]);
  });
});

describe("divisionOfName: one division for a code, a name or a chain of names", () => {
  it("reads a code, a full name, a short name, and both scripts", () => {
    expect(divisionOfName("620000")?.name).toBe("甘肃省");
    expect(divisionOfName("甘肃省")?.code).toBe("620000");
    expect(divisionOfName("甘肃")?.code).toBe("620000");
    expect(divisionOfName(simplify("甘肅省"))?.code).toBe("620000");
    expect(divisionOfName("礼县")?.code).toBe("621226");
  });

  it("reads each name inside the one before: 绵阳市三台县, 甘肅省禮縣, 湖南省浏阳市", () => {
    expect(divisionOfName("绵阳市三台县")?.code).toBe("510722");
    expect(divisionOfName("四川省绵阳市三台县")?.code).toBe("510722");
    expect(divisionOfName(simplify("甘肅省禮縣"))?.code).toBe("621226");
    expect(divisionOfName("湖南省浏阳市")?.code).toBe("430181");
  });

  it("settles an ambiguous name by the name before it, and leaves it alone otherwise", () => {
    expect(divisionOfName("朝阳区")).toBeUndefined();
    expect(divisionOfName("北京市朝阳区")?.code).toBe("110105");
    expect(divisionOfName("长春市朝阳区")?.code).toBe("220104");
  });

  it("refuses a chain whose names do not nest (三台县 is not in 成都市)", () => {
    expect(divisionOfName("成都市三台县")).toBeUndefined();
    expect(divisionOfName("甘肃省三台县")).toBeUndefined();
  });

  it("refuses a county's short name on its own, and text that is more than a name", () => {
    expect(divisionOfName("三台")).toBeUndefined();
    expect(divisionOfName("甘肃省教育厅")).toBeUndefined();
    expect(divisionOfName("教育厅")).toBeUndefined();
  });
});

describe("namedDivisions: the divisions a text names", () => {
  it("finds full names and the short names of provinces and cities, left to right", () => {
    const found = namedDivisions("甘肃省礼县和湖北武汉").map((n) => [n.start, n.end, n.full, n.divisions.map((d) => d.name)]);
    expect(found).toEqual([
      [0, 3, true, ["甘肃省"]],
      [3, 5, true, ["礼县"]],
      [6, 8, false, ["湖北省"]],
      [8, 10, false, ["武汉市"]],
    ]);
  });

  it("does not read a county's short name as a place (三台 alone), only its full name", () => {
    expect(namedDivisions("三台的干部到了礼县").map((n) => n.divisions.map((d) => d.name))).toEqual([["礼县"]]);
    expect(namedDivisions(simplify("三台縣人民醫院")).map((n) => n.divisions.map((d) => d.code))).toEqual([["510722"]]);
  });

  it("keeps every division of an ambiguous name for the caller to narrow", () => {
    const [n] = namedDivisions("朝阳区召开会议");
    expect(codes(n.divisions)).toEqual(["110105", "220104"]);
  });
});

describe("host labels: romanised names and initials", () => {
  it("tells 山西 (shanxi) from 陕西 (shaanxi), as their sites spell them", () => {
    expect(codes(divisionsRomanised("shanxi"))).toEqual(["140000"]);
    expect(codes(divisionsRomanised("shaanxi"))).toEqual(["610000"]);
  });

  it("reads a province's and a county's spelled-out name", () => {
    expect(codes(divisionsRomanised("hunan"))).toEqual(["430000"]);
    expect(codes(divisionsRomanised("qingxu"))).toEqual(["140121"]);
    expect(codes(divisionsRomanised("liuyang"))).toEqual(["430181"]);
    expect(codes(divisionsRomanised("xianggang"))).toEqual(["810000"]);
    expect(divisionsRomanised("www")).toEqual([]);
  });

  it("gives every division initials may stand for, to be narrowed by the text", () => {
    const my = divisionsByInitials("my").map((d) => d.name);
    expect(my).toContain("绵阳市");
    expect(my.length).toBeGreaterThan(1);
    const sc = divisionsByInitials("sc").map((d) => d.name);
    expect(sc).toContain("四川省");
    expect(sc).not.toContain("绵阳市");
    expect(divisionsByInitials("gs").map((d) => d.name)).toContain("甘肃省");
  });
});
