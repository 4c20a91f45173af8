// Identity keys, one entity at a time: two entities join on sight when their
// exact keys meet; an entity with no key stays in its own article. Asserted as
// "these two share a key" rather than as key strings, which are the module's own.
import { describe, expect, it } from "vitest";
import { simplify } from "../../src/extract/script";
import { regionOf } from "../../src/gazetteer/index";
import type { NodeType } from "../../src/graph/contract";
import { ArticleContext } from "../../src/resolve/context";
import { bodyIdentity, isGenericMeeting, meetingIdentity, noticeIdentity, placeIdentity, teamIdentity, type EntityIdentity } from "../../src/resolve/keys";

const ctx = (code?: string, text = "") => new ArticleContext(code ? { ...regionOf(code)!, by: "text" } : undefined, simplify(text));
const shareExact = (a: EntityIdentity, b: EntityIdentity) => a.exact.some((k) => b.exact.includes(k));
const shareAny = (a: EntityIdentity, b: EntityIdentity) => [...a.exact, ...a.loose].some((k) => [...b.exact, ...b.loose].includes(k));
const body = (type: NodeType, name: string, code?: string) => bodyIdentity(type, [simplify(name)], ctx(code), 0);

describe("bodyIdentity", () => {
  it("a relative name is keyed by the article's jurisdiction, records it, and is marked relative", () => {
    const id = body("agency", "省委", "620000");
    expect(id.region).toEqual({ code: "620000", names: ["甘肃省"] });
    expect(id.relative).toBe(true);
    expect(id.why).toBe("same-body");
    expect(shareExact(id, body("agency", "中共甘肅省委"))).toBe(true);
    expect(shareExact(id, body("agency", "省委", "610000"))).toBe(false);
  });

  it("a relative name in an article of unknown jurisdiction has no key at all", () => {
    const id = body("agency", "省委");
    expect(id.exact).toEqual([]);
    expect(id.loose).toEqual([]);
  });

  it("a named body is not marked relative", () => {
    expect(body("agency", "甘肃省委").relative).toBeUndefined();
  });

  it("an agency named without a jurisdiction (教育局) is the article's own", () => {
    expect(shareExact(body("agency", "教育局", "510722"), body("agency", "县教育局", "510722"))).toBe(true);
    expect(shareExact(body("agency", "教育局", "510722"), body("agency", "教育局", "510723"))).toBe(false);
    expect(body("agency", "教育局").exact).toEqual([]);
  });

  it("a generic institution (县人民医院) joins only within its jurisdiction, with no loose key", () => {
    const id = body("hospital", "县人民医院", "510722");
    expect(id.loose).toEqual([]);
    expect(shareExact(id, body("hospital", "三台县人民医院"))).toBe(true);
    expect(shareExact(id, body("hospital", "縣人民醫院", "510723"))).toBe(false);
  });

  it("a particularly named school has a loose key within its province, so 绵阳南山中学实验学校 finds 南山中学实验学校", () => {
    const bare = body("school", "南山中学实验学校", "510000");
    expect(bare.exact).toEqual([]);
    expect(shareAny(bare, body("school", "綿陽南山中學實驗學校", "510000"))).toBe(true);
    expect(shareAny(bare, body("school", "南山中学实验学校", "620000"))).toBe(false);
  });

  it("a university's name is national: the same name in two provinces' articles shares a key", () => {
    expect(shareAny(body("university", "华中科技大学", "420000"), body("university", "華中科技大學", "620000"))).toBe(true);
  });

  it("national bodies share one key in every article and script, and say why", () => {
    const a = body("agency", "国家卫健委", "620000");
    expect(a.why).toBe("national-body");
    expect(a.region).toBeUndefined();
    expect(shareExact(a, body("agency", "國家衛生健康委員會"))).toBe(true);
    expect(shareExact(a, body("agency", "省卫健委", "620000"))).toBe(false);
  });
});

describe("placeIdentity", () => {
  it("one key per division, from its full name, its short name or the other script", () => {
    const id = placeIdentity(["三台县"], ctx());
    expect(id.region?.code).toBe("510722");
    expect(shareExact(id, placeIdentity([simplify("三臺縣")], ctx()))).toBe(true);
    expect(shareExact(id, placeIdentity(["三台"], ctx("510000")))).toBe(true);
  });

  it("an ambiguous name is read in the article's province; elsewhere it stays a bare name", () => {
    expect(placeIdentity(["朝阳区"], ctx("220000")).region?.code).toBe("220104");
    expect(placeIdentity(["朝阳区"], ctx("110000")).region?.code).toBe("110105");
    expect(shareExact(placeIdentity(["朝阳区"], ctx("220000")), placeIdentity(["朝阳区"], ctx("110000")))).toBe(false);
    expect(placeIdentity(["朝阳区"], ctx()).region).toBeUndefined();
  });
});

describe("teamIdentity", () => {
  it("a generic team name (督导组, 醫療隊, 工作组) has no key", () => {
    for (const name of ["督导组", "醫療隊", "工作组", "疫情防控督导组", "专家组"]) expect(teamIdentity([simplify(name)], ctx("620000"), 0).exact, name).toEqual([]);
  });

  it("a particular team is keyed in its province: 省第二督导组 = 甘肃省第二督导组, not Shaanxi's", () => {
    const id = teamIdentity(["省第二督导组"], ctx("620000"), 0);
    expect(id.relative).toBe(true);
    expect(shareExact(id, teamIdentity([simplify("甘肅省第二督導組")], ctx(), 0))).toBe(true);
    expect(shareExact(id, teamIdentity(["省第二督导组"], ctx("610000"), 0))).toBe(false);
    expect(teamIdentity(["省第二督导组"], ctx(), 0).exact).toEqual([]);
  });
});

describe("isGenericMeeting", () => {
  it("a meeting noun with generic modifiers only is generic, in either script", () => {
    for (const name of ["专题会议", "調度會", "常务会议", "第3次专题会议", "调研", "全市疫情防控工作视频会议"]) expect(isGenericMeeting(simplify(name)), name).toBe(true);
  });

  it("a meeting with a subject of its own is particular", () => {
    for (const name of ["全省教育系统视频会议", "省委常委会会议", "開學工作推進會"]) expect(isGenericMeeting(simplify(name)), name).toBe(false);
  });
});

describe("meetingIdentity", () => {
  const organiser = "agency:省教育厅@甘肃省";

  it("a generic meeting is keyed by its organiser and date, and has no key without an organiser", () => {
    const id = meetingIdentity("专题会议", "2020-02-10", organiser, ctx("620000"), 0);
    expect(shareExact(id, meetingIdentity("专题会议", "2020-02-10", organiser, ctx("620100"), 0))).toBe(true);
    expect(shareExact(id, meetingIdentity("专题会议", "2020-02-11", organiser, ctx("620000"), 0))).toBe(false);
    expect(shareExact(id, meetingIdentity("专题会议", "2020-02-10", "agency:省卫健委@甘肃省", ctx("620000"), 0))).toBe(false);
    expect(meetingIdentity("专题会议", "2020-02-10", undefined, ctx("620000"), 0)).toMatchObject({ exact: [], loose: [] });
  });

  it("a particular meeting is keyed by its jurisdiction and date, whoever organised it", () => {
    const id = meetingIdentity("全省教育系统视频会议", "2020-02-10", undefined, ctx("620000"), 0);
    expect(shareExact(id, meetingIdentity("全省教育系统视频会议", "2020-02-10", "agency:市教育局@兰州市", ctx("620100"), 0))).toBe(true);
    expect(shareExact(id, meetingIdentity("全省教育系统视频会议", "2020-02-10", undefined, ctx("610000"), 0))).toBe(false);
    expect(shareExact(id, meetingIdentity("全省教育系统视频会议", "2020-02-11", undefined, ctx("620000"), 0))).toBe(false);
  });

  it("a meeting without a date has no key", () => {
    expect(meetingIdentity("全省教育系统视频会议", undefined, organiser, ctx("620000"), 0)).toMatchObject({ exact: [], loose: [] });
  });
});

describe("noticeIdentity", () => {
  it("a title and its issuer; 《》 are not part of the title", () => {
    const a = noticeIdentity("《关于做好开学工作的通知》", "agency:省教育厅@甘肃省");
    expect(shareExact(a, noticeIdentity("关于做好开学工作的通知", "agency:省教育厅@甘肃省"))).toBe(true);
    expect(shareExact(a, noticeIdentity("关于做好开学工作的通知", "agency:省教育厅@陕西省"))).toBe(false);
    expect(shareExact(a, noticeIdentity("关于做好复课工作的通知", "agency:省教育厅@甘肃省"))).toBe(false);
  });

  it("a notice of unknown issuer has only the loose title key", () => {
    const id = noticeIdentity("关于做好开学工作的通知", undefined);
    expect(id.exact).toEqual([]);
    expect(shareAny(id, noticeIdentity("关于做好开学工作的通知", "agency:省教育厅@甘肃省"))).toBe(true);
  });
});
