// ArticleContext.resolve: what 省, 市, 县, 区 and 州 mean at a place in an article.
import { describe, expect, it } from "vitest";
import { simplify } from "../../src/extract/script";
import { regionOf } from "../../src/gazetteer/index";
import { ArticleContext } from "../../src/resolve/context";
import type { RelativeWord } from "../../src/resolve/names";

function context(code: string | undefined, text = "") {
  const region = code ? regionOf(code) : undefined;
  const ctx = new ArticleContext(region && { ...region, by: "text" }, simplify(text));
  return (word: RelativeWord, at = text.length) => ctx.resolve(word, at)?.name;
}

describe("ArticleContext.resolve", () => {
  it("in a province's article: 省 is the province; 县 and 市 need a division named before", () => {
    const at = context("510000", "会议召开。");
    expect(at("省")).toBe("四川省");
    expect(at("市")).toBeUndefined();
    expect(at("县")).toBeUndefined();
  });

  it("in a province's article 市 is the city last named before it, in either script", () => {
    for (const text of ["四川省教育厅召开会议。绵阳市教育局、成都市教育局参加。市教育局局长发言。", "四川省教育廳召開會議。綿陽市教育局、成都市教育局參加。市教育局局長發言。"]) {
      const at = context("510000", text);
      expect(at("市", text.indexOf("市教育局局"))).toBe("成都市");
      expect(at("市", text.indexOf("成都市"))).toBe("绵阳市");
      expect(at("市", 0)).toBeUndefined();
    }
  });

  it("does not take a city of another province as 市 (甘肃省兰州市 in a Sichuan article)", () => {
    const text = "甘肃省兰州市来人。市委表示感谢。";
    expect(context("510000", text)("市")).toBeUndefined();
  });

  it("in a city's article: 省 its province, 市 the city; 县 the county last named, none before", () => {
    const text = "绵阳市召开会议。三台县、盐亭县参加。县教育局发言。";
    const at = context("510700", text);
    expect(at("省")).toBe("四川省");
    expect(at("市", 0)).toBe("绵阳市");
    expect(at("县", text.indexOf("县教育局"))).toBe("盐亭县");
    expect(at("县", 0)).toBeUndefined();
    expect(at("区")).toBeUndefined(); // 区 wants a district named before, not a county
  });

  it("in a county's article: 市 is the parent city, 县 the county", () => {
    const at = context("510722", "縣委召開會議。");
    expect(at("省")).toBe("四川省");
    expect(at("市")).toBe("绵阳市");
    expect(at("县")).toBe("三台县");
  });

  it("in a county-level city's article 市 is the article's own city (浏阳市), not its parent (长沙市)", () => {
    const at = context("430181", "市委召开会议。");
    expect(at("市")).toBe("浏阳市");
    expect(at("省")).toBe("湖南省");
  });

  it("reads an ambiguous district by the article's province (朝阳区 of 吉林, not of 北京)", () => {
    const text = "朝阳区教育局召开会议。区教育局局长发言。";
    expect(context("220000", text)("区")).toBe("朝阳区");
    const jilin = new ArticleContext({ ...regionOf("220000")!, by: "text" }, text);
    expect(jilin.resolve("区", text.indexOf("区教育局局"))?.code).toBe("220104");
    expect(context("140000", text)("区")).toBeUndefined();
  });

  it("州 is the article's autonomous prefecture, and nothing in a city that is not one", () => {
    expect(context("513300")("州")).toBe("甘孜藏族自治州");
    expect(context("510700")("州")).toBeUndefined();
  });

  it("resolves nothing in an article of unknown jurisdiction, whatever it names", () => {
    const at = context(undefined, "四川省绵阳市召开会议。市委表示。");
    expect(at("省")).toBeUndefined();
    expect(at("市")).toBeUndefined();
  });
});
