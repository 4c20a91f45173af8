// detectRegion: an article's jurisdiction from its front matter, page, host or
// text, each case in both scripts where the text decides it.
import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../src/extract/prepare";
import { simplify } from "../../src/extract/script";
import type { SourceDoc } from "../../src/graph/contract";
import { detectRegion } from "../../src/resolve/region";

/** "code names by" of the region found for a headline-first text and the page's fields, or "none". */
function regionOf(text: string, fields: Partial<SourceDoc> = {}): string {
  const doc: SourceDoc = { id: "a", title: "t", chars: text.length, sha256: "", text, ...fields };
  const r = detectRegion(doc, simplify(text), simplify);
  return r ? `${r.code} ${r.names.join("")} ${r.by}` : "none";
}

const PROVINCE_MEETING = "省教育厅召开会议\n会议强调要做好开学工作。";
const PROVINCE_MEETING_T = "省教育廳召開會議\n會議強調要做好開學工作。";

describe("detectRegion: front matter", () => {
  const prepare = async (front: string) => {
    const r = await prepareArticle(new TextEncoder().encode(`---\ntitle: t\n${front}\n---\n县委召开会议。\n`), { id: "x", format: "text" });
    if (!r.ok) throw new Error(r.reason);
    return r.article.doc;
  };

  it("takes `region:` as a code, a name or a chain of names, in either script", async () => {
    expect((await prepare("region: 620000")).region).toEqual({ code: "620000", names: ["甘肃省"], by: "front-matter" });
    expect((await prepare("region: 绵阳市三台县")).region).toEqual({ code: "510722", names: ["四川省", "绵阳市", "三台县"], by: "front-matter" });
    expect((await prepare("region: 甘肅省禮縣")).region?.code).toBe("621226");
  });

  it("fails a `region:` that names no single division, naming the field", async () => {
    const r = await prepareArticle(new TextEncoder().encode("---\nregion: 朝阳区\n---\n县委召开会议。\n"), { id: "x", format: "text" });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/region.*朝阳区/);
  });

  it("wins over everything the page and the text say", async () => {
    const doc = await prepare("region: 山西省");
    const text = "甘肃省教育厅召开会议\n甘肃省教育厅。";
    expect(detectRegion({ ...doc, text, url: "http://jyt.gansu.gov.cn/1.html" }, simplify(text), simplify)?.code).toBe("140000");
  });
});

describe("detectRegion: the page's own fields", () => {
  it("reads the site and the publisher, in either script", () => {
    expect(regionOf(PROVINCE_MEETING, { site: "山西省教育厅" })).toBe("140000 山西省 page");
    expect(regionOf(PROVINCE_MEETING_T, { site: "山西省教育廳" })).toBe("140000 山西省 page");
    expect(regionOf("县教育局召开会议\n会议强调。", { publisher: "绵阳市三台县教育局" })).toBe("510722 四川省绵阳市三台县 page");
  });

  it("beats the text", () => {
    expect(regionOf("甘肃省教育厅召开会议\n会议。", { site: "山西省教育厅" })).toBe("140000 山西省 page");
  });

  it("gives nothing when neither the page nor the text says", () => {
    expect(regionOf(PROVINCE_MEETING)).toBe("none");
    expect(regionOf(PROVINCE_MEETING_T)).toBe("none");
  });
});

describe("detectRegion: the host of a government site", () => {
  it("reads a department's site of a province, 山西 (shanxi) apart from 陕西 (shaanxi)", () => {
    expect(regionOf(PROVINCE_MEETING, { url: "http://jyt.shanxi.gov.cn/a/1.html" })).toBe("140000 山西省 url");
    expect(regionOf(PROVINCE_MEETING_T, { url: "http://jyt.shaanxi.gov.cn/a/1.html" })).toBe("610000 陕西省 url");
  });

  it("reads a county's site, www.<county>.gov.cn, and a county-level city's", () => {
    expect(regionOf("县教育局召开会议\n会议强调要做好开学工作。", { url: "http://www.qingxu.gov.cn/xw/1.html" })).toBe("140121 山西省太原市清徐县 url");
    expect(regionOf("市教育局召开会议\n我市各学校做好开学准备。", { url: "http://www.liuyang.gov.cn/1.html" })).toBe("430181 湖南省长沙市浏阳市 url");
  });

  it("reads initials (my, sc) only where the text names a division they fit", () => {
    expect(regionOf("市教育局召开会议\n绵阳市教育局召开会议,部署开学工作。", { url: "http://edu.my.gov.cn/1.html" })).toBe("510700 四川省绵阳市 url");
    expect(regionOf("市教育局召開會議\n綿陽市教育局召開會議,部署開學工作。", { url: "http://edu.my.gov.cn/1.html" })).toBe("510700 四川省绵阳市 url");
    expect(regionOf("省教育厅召开会议\n四川省教育厅召开会议。", { url: "http://edu.sc.gov.cn/1.html" })).toBe("510000 四川省 url");
    expect(regionOf("市教育局召开会议\n会议部署开学工作。", { url: "http://edu.my.gov.cn/1.html" })).toBe("none");
  });

  it("reads Hong Kong's .gov.hk and Macao's .gov.mo", () => {
    expect(regionOf("教育局公布\n教育局今日公布復課安排。", { url: "https://www.info.gov.hk/gia/general/1.htm" })).toBe("810000 香港特别行政区 url");
    expect(regionOf("教育局公布\n教育局今日公布。", { url: "https://www.gov.mo/zh-hant/news/1/" })).toBe("820000 澳门特别行政区 url");
  });

  it("beats the text, and ignores a host that is not a government site", () => {
    expect(regionOf("甘肃省教育厅召开会议\n会议。", { url: "http://jyt.shanxi.gov.cn/a/1.html" })).toBe("140000 山西省 url");
    expect(regionOf(PROVINCE_MEETING, { url: "http://www.shanxi.com.cn/1.html" })).toBe("none");
    expect(regionOf(PROVINCE_MEETING, { url: "not a url" })).toBe("none");
  });

  it("narrows a province's site to the county the article speaks for (我县)", () => {
    expect(regionOf("县教育局召开会议\n我县做好开学准备。三台县教育局局长出席。", { url: "http://www.sc.gov.cn/1.html" })).toBe("510722 四川省绵阳市三台县 url");
  });
});

describe("detectRegion: the text", () => {
  it("takes the author body of the headline, in either script", () => {
    expect(regionOf("甘肃省教育厅召开全省教育系统会议\n会议要求各地做好开学工作。")).toBe("620000 甘肃省 text");
    expect(regionOf("甘肅省教育廳召開全省教育系統會議\n會議要求各地做好開學工作。")).toBe("620000 甘肃省 text");
    expect(regionOf("教育局公布復課安排\n香港特別行政區政府教育局今日公布。")).toBe("810000 香港特别行政区 text");
  });

  it("puts an article that names a county in passing in that county's city, not the county", () => {
    expect(regionOf("召开开学工作会议\n会议听取了工作汇报。三台县教育局作交流发言。")).toBe("510700 四川省绵阳市 text");
    expect(regionOf("召開開學工作會議\n會議聽取了工作匯報。三臺縣教育局作交流發言。")).toBe("510700 四川省绵阳市 text");
    expect(regionOf("市教育局召开开学工作会议\n会议听取了工作汇报。三台县教育局作交流发言。")).toBe("510700 四川省绵阳市 text");
  });

  it("keeps the county when the article speaks as one (县教育局召开, 我县, 我区)", () => {
    expect(regionOf("县教育局召开开学工作会议\n会议听取了工作汇报。三台县教育局作交流发言。")).toBe("510722 四川省绵阳市三台县 text");
    expect(regionOf("三台县召开会议\n我县各学校做好开学准备。")).toBe("510722 四川省绵阳市三台县 text");
    expect(regionOf("區教育局召開會議\n我區各校做好開學準備。成都市錦江區教育局局長出席。")).toBe("510104 四川省成都市锦江区 text");
  });

  it("speaking as a city (我市, 本市) takes the city of the counties named", () => {
    expect(regionOf("召开会议\n我市各学校做好开学准备。三台县、盐亭县参加。")).toBe("510700 四川省绵阳市 text");
    expect(regionOf("市政府召開會議\n本市各區縣做好開學準備。三臺縣、鹽亭縣縣長出席。")).toBe("510700 四川省绵阳市 text");
  });

  it("keeps a province's article at the province though it names a city and a county", () => {
    expect(regionOf("省教育厅召开会议\n四川省教育厅召开会议,绵阳市、三台县参加。")).toBe("510000 四川省 text");
  });

  it("a county-level city is its own city (浏阳市, 我市)", () => {
    expect(regionOf("浏阳市召开会议\n我市各学校做好开学准备。")).toBe("430181 湖南省长沙市浏阳市 text");
    expect(regionOf("市教育局召开会议\n会议听取汇报。浏阳市教育局作发言。")).toBe("430181 湖南省长沙市浏阳市 text");
  });

  it("finds 礼县, a one-character county, in either script", () => {
    expect(regionOf("礼县召开会议\n我县各学校做好开学准备。")).toBe("621226 甘肃省陇南市礼县 text");
    expect(regionOf("禮縣召開會議\n我縣各學校做好開學準備。")).toBe("621226 甘肃省陇南市礼县 text");
  });

  it("a place gone to (驰援湖北) in the body is not the author's home", () => {
    expect(regionOf("医疗队出征\n医疗队今天出发。山西省卫健委主任出席。随后驰援湖北。")).toBe("140000 山西省 text");
  });
});
