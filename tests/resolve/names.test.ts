// parseBodyName: a body's name as identity reads it. Input is Simplified, so
// Traditional names go through simplify() as the resolver sends them.
import { describe, expect, it } from "vitest";
import { simplify } from "../../src/extract/script";
import { foldName, nationalName, parseBodyName } from "../../src/resolve/names";

/** The parts that decide identity: national name, relative word, named division's code, the rest. */
function parts(name: string, within?: string) {
  const b = parseBodyName(simplify(name), within);
  return { national: b.national, relative: b.relative, named: b.named?.code, rest: b.rest };
}
const same = (a: string, b: string, within?: string) => expect(parts(a, within)).toEqual(parts(b, within));
const differ = (a: string, b: string, within?: string) => expect(parts(a, within)).not.toEqual(parts(b, within));

describe("parseBodyName: a party committee in its forms", () => {
  it("中共甘肃省委 = 甘肃省委 = 中共甘肃省委员会 = 中国共产党甘肃省委员会, and in Traditional", () => {
    expect(parts("甘肃省委")).toEqual({ named: "620000", rest: "委" });
    same("中共甘肃省委", "甘肃省委");
    same("中共甘肃省委员会", "甘肃省委");
    same("中国共产党甘肃省委员会", "甘肃省委");
    same("中共甘肅省委", "甘肃省委");
  });

  it("two provinces' committees differ", () => {
    differ("中共甘肃省委", "中共陕西省委");
    differ("甘肅省委", "陝西省委");
  });

  it("a bare 省委 / 县委 is relative: the article decides which", () => {
    expect(parts("省委")).toEqual({ relative: "省", rest: "委" });
    same("中共县委", "县委");
    same("县委员会", "县委");
    same("縣委", "县委");
    differ("省委", "甘肃省委");
  });
});

describe("parseBodyName: governments and departments", () => {
  it("X省人民政府 = X省政府; 縣人民政府 = 县政府", () => {
    expect(parts("甘肃省人民政府")).toEqual({ named: "620000", rest: "政府" });
    same("甘肃省政府", "甘肃省人民政府");
    same("甘肅省人民政府", "甘肃省政府");
    same("縣人民政府", "县政府");
    expect(parts("县政府")).toEqual({ relative: "县", rest: "政府" });
  });

  it("a government is not its party committee", () => {
    differ("甘肃省政府", "甘肃省委");
    differ("县政府", "县委");
  });

  it("X市卫生健康委员会 = X市卫健委, in both scripts", () => {
    expect(parts("苏州市卫生健康委员会")).toEqual({ named: "320500", rest: "卫健委" });
    same("苏州市卫健委", "苏州市卫生健康委员会");
    same("蘇州市衛生健康委員會", "苏州市卫健委");
    same("市卫生健康委员会", "市卫健委");
    same("市衛健委", "市卫健委");
  });

  it("衞 and 衛, the Hong Kong and the Taiwan form, both fold to 卫", () => {
    same("市衞生健康委員會", "市卫健委");
    same("市衛生健康委員會", "市衞生健康委員會");
    expect(parts("衞生署").rest).toBe(parts("衛生署").rest);
  });

  it("教育和体育局 = 教育体育局 = 教体局, relative or named, in both scripts", () => {
    same("县教育和体育局", "县教体局");
    same("县教育体育局", "县教体局");
    same("縣教育和體育局", "县教体局");
    expect(parts("县教体局")).toEqual({ relative: "县", rest: "教体局" });
    expect(foldName("教育和体育局")).toBe("教体局");
  });

  it("different departments of one jurisdiction stay different", () => {
    differ("省教育厅", "省卫健委");
    differ("县教体局", "县教育局");
    differ("甘肃省卫健委", "甘肃省卫计委");
  });

  it("省教育厅 / 省教育廳 is relative to the province; X省教育厅 names it", () => {
    expect(parts("省教育厅")).toEqual({ relative: "省", rest: "教育厅" });
    same("省教育廳", "省教育厅");
    expect(parts("甘肅省教育廳")).toEqual({ named: "620000", rest: "教育厅" });
  });
});

describe("parseBodyName: names that start like a jurisdiction but are not relative", () => {
  it("市场监管局 and 市场监督管理局 are one name, not 市's 场监管局", () => {
    expect(parts("市场监管局")).toEqual({ rest: "市场监管局" });
    same("市场监督管理局", "市场监管局");
    same("市場監督管理局", "市场监管局");
  });

  it("省级, 县域, 区域, 市民 are words, not the jurisdiction", () => {
    for (const name of ["省级机关", "县域医共体", "区域中心", "市民中心"]) expect(parts(name).relative, name).toBeUndefined();
  });
});

describe("parseBodyName: divisions at the start of a name", () => {
  it("takes the most specific division of a chain (四川省绵阳市三台县人民医院 is 三台县's)", () => {
    expect(parts("四川省绵阳市三台县人民医院")).toEqual({ named: "510722", rest: "人民医院" });
    same("三台县人民医院", "四川省绵阳市三台县人民医院");
    same("三臺縣人民醫院", "三台县人民医院");
    differ("三台县人民医院", "三台县中医院");
  });

  it("reads a county's short name only inside the article's province", () => {
    expect(parts("三台人民医院", "510000")).toEqual({ named: "510722", rest: "人民医院" });
    expect(parts("三台人民医院", "620000")).toEqual({ rest: "三台人民医院" });
    expect(parts("三台人民医院")).toEqual({ rest: "三台人民医院" });
  });

  it("settles an ambiguous district (朝阳区) by the article's province", () => {
    expect(parts("朝阳区教育局", "110000")).toEqual({ named: "110105", rest: "教育局" });
    expect(parts("朝陽區教育局", "220000")).toEqual({ named: "220104", rest: "教育局" });
  });

  it("tells 吉林省 from 吉林市", () => {
    expect(parts("吉林省教育厅").named).toBe("220000");
    expect(parts("吉林市教育局").named).toBe("220200");
  });

  it("reads Hong Kong's full name", () => {
    expect(parts("香港特別行政區政府")).toEqual({ named: "810000", rest: "政府" });
  });
});

describe("national bodies", () => {
  it("国家卫生健康委员会 = 国家卫健委 = 國家衛健委 = 國家衞生健康委員會", () => {
    const canonical = parts("国家卫生健康委员会").national;
    expect(canonical).toBeDefined();
    for (const form of ["国家卫健委", "國家衛健委", "國家衞生健康委員會", "国家卫生健康委"]) expect(parts(form).national, form).toBe(canonical);
  });

  it("党中央 = 中共中央 = 中国共产党中央委员会; 中组部 = 中共中央组织部", () => {
    expect(parts("党中央").national).toBe("中共中央");
    expect(parts("黨中央").national).toBe("中共中央");
    expect(parts("中国共产党中央委员会").national).toBe("中共中央");
    expect(parts("中组部").national).toBe(parts("中共中央组织部").national);
  });

  it("the 国务院 joint mechanism in its long, short and Traditional forms", () => {
    const canonical = "国务院联防联控机制";
    expect(parts("国务院联防联控机制").national).toBe(canonical);
    expect(parts("国务院应对新型冠状病毒感染的肺炎疫情联防联控机制").national).toBe(canonical);
    expect(parts("國務院聯防聯控機制").national).toBe(canonical);
  });

  it("ministries without a national prefix come from the list (教育部); prefixed names by rule (最高人民法院)", () => {
    expect(parts("教育部")).toMatchObject({ national: "教育部", relative: undefined, named: undefined });
    expect(parts("最高人民法院").national).toBe("最高人民法院");
    expect(parts("全国人民代表大会常务委员会").national).toBe(parts("全国人大常委会").national);
  });

  it("a national body is not a provincial one, and a relative name is never national", () => {
    expect(nationalName("市卫健委")).toBeUndefined();
    expect(nationalName("省教育厅")).toBeUndefined();
    expect(nationalName("甘肃省卫生健康委员会")).toBeUndefined();
    differ("国家卫健委", "省卫健委");
  });
});
