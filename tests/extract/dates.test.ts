import { describe, expect, it } from "vitest";
import { chineseNumber, findDateMentions } from "../../src/extract/dates";
import { extractDocument } from "../../src/extract/index";
import { datedTriples, entities, run } from "./helpers";

describe("date mentions", () => {
  it("reads Chinese numerals", () => {
    expect([chineseNumber("二十三"), chineseNumber("十"), chineseNumber("十二"), chineseNumber("二〇二一"), chineseNumber("9")]).toEqual([23, 10, 12, 2021, 9]);
  });

  it("finds absolute, numeral and relative dates, a relative day and its date in brackets as one", () => {
    const view = "2021年3月5日,二〇二一年三月六日,今日(一月二十三日)下午,次日上午至7日";
    const found = findDateMentions(view).map((d) => view.slice(d.start, d.end));
    // 今日 is folded into the date in brackets after it; 7日 alone (no month) is no date.
    expect(found).toEqual(["2021年3月5日", "二〇二一年三月六日", "一月二十三日", "次日"]);
  });
});

describe("a day of the month alone (25日上午)", () => {
  it("is read where a clause opens and a time of day or a comma follows, in both scripts", () => {
    for (const view of ["12月26日电 25日上午,省长主持会议", "12月26日電 25日上午,省長主持會議"]) {
      const found = findDateMentions(view).map((d) => [view.slice(d.start, d.end), d.day, d.month]);
      expect(found).toEqual([["12月26日", 26, 12], ["25日", 25, undefined]]);
    }
    expect(findDateMentions("会议于二十五日下午召开").map((d) => d.day)).toEqual([]);
    expect(findDateMentions("。二十五日下午,召开会议").map((d) => d.day)).toEqual([25]);
  });

  it("is not read in a span of days or a monthly day", () => {
    for (const view of ["要求3日内完成排查,", "已连续7日无新增,", "每月5日,报送数据", "1月20日至25日,开展督导", "3日以来,累计"]) {
      const days = findDateMentions(view).filter((d) => d.month === undefined);
      expect(days, view).toEqual([]);
    }
  });

  it("dates a meeting by the day its evidence says, not by the dateline or the publication day", () => {
    for (const text of ["12月26日电 25日上午,省长王明主持召开省政府第32次常务会议。", "12月26日電 25日上午,省長王明主持召開省政府第32次常務會議。"]) {
      expect(datedTriples(run(text, { date: "2019-12-26" }))).toEqual(expect.arrayContaining([expect.stringMatching(/^王明 chaired .*@2019-12-25$/)]));
    }
    // Without a dateline: the month of the publication date.
    expect(datedTriples(run("25日上午,省长王明主持召开省政府第32次常务会议。", { date: "2019-12-26" }))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^王明 chaired .*@2019-12-25$/)]),
    );
    // A day after the publication day is the month before (published 2 January, 28日 is 28 December).
    expect(datedTriples(run("28日下午,省长王明主持召开省政府常务会议。", { date: "2020-01-02" }))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^王明 chaired .*@2019-12-28$/)]),
    );
    // No date in force and no publication date: no guess.
    expect(datedTriples(run("25日上午,省长王明主持召开省政府常务会议。", { year: 2020 }))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^王明 chaired .*@-$/)]),
    );
  });
});

describe("the day of each event", () => {
  it("a paragraph that opens with a date dates its events; a later clause date moves it; half-days are dropped", () => {
    const x = run("1月25日上午,县长孙伟主持召开县政府常务会议;1月26日晚8时,县委书记赵刚主持召开县委常委会议。");
    expect(datedTriples(x)).toEqual(expect.arrayContaining(["孙伟 chaired 县政府常务会议 @2020-01-25", "赵刚 chaired 县委常委会议 @2020-01-26"]));
  });

  it("an undated paragraph continues the day before, unless it opens as background", () => {
    const x = run("1月25日,县长孙伟主持召开县政府常务会议。\n\n会上,副县长李明作了发言。\n\n此外,县委书记赵刚近日主持召开了县委常委会议。");
    expect(datedTriples(x)).toEqual(expect.arrayContaining(["李明 attended 县政府常务会议 @2020-01-25", "赵刚 chaired 县委常委会议 @-"]));
  });

  it("relative days resolve against the dateline, or against the date just stated", () => {
    const x = run("县政府召开会议\n\n昨日下午,县长孙伟主持召开县政府常务会议。\n\n2020年3月6日(星期五)", {});
    expect(datedTriples(x)).toContain("孙伟 chaired 县政府常务会议 @2020-03-05");
    const y = run("据悉,2月1日晚11时,市卫健委组建市医疗队,次日上午集结完毕后即出征湖北。");
    expect(datedTriples(y)).toContain("市医疗队 aided 湖北 @2020-02-02");
  });

  it("without a dateline a relative day stays undated; without a year no date is invented", () => {
    const x = run("昨日下午,县长孙伟主持召开县政府常务会议。", {});
    expect(datedTriples(x)).toContain("孙伟 chaired 县政府常务会议 @-");
    const doc = { id: "t", title: "", chars: 0, sha256: "", text: "2月2日,县长孙伟主持召开县政府常务会议。" };
    const y = extractDocument(doc, {});
    expect(y.entities.find((e) => e.type === "meeting")?.date).toBeUndefined();
    expect(entities(y)).toContain("meeting:县政府常务会议");
  });
});
