// Teams, notices and meetings across articles, through buildGraph: a generic
// name alone never joins; a particular team joins within one province and one
// campaign; a notice by title and issuer; a meeting by name, date and place or
// organiser.
import { describe, expect, it } from "vitest";
import { build, GANSU, identityOf, nodeAt, SHAANXI, type ArticleSpec } from "./hand-made";

const team = (label: string) => ({ id: label, type: "group" as const, label });
const agency = (label: string) => ({ id: label, type: "agency" as const, label });

describe("teams", () => {
  const teamArticle = (id: string, region: string | undefined, date: string, label: string, text = `${label}到学校督导开学工作。`): ArticleSpec => ({
    id,
    ...(region ? { region } : {}),
    date,
    text,
    entities: [team(label)],
  });

  it("a team with a generic name (督导组) stays one per article, even in one province and week", () => {
    const g = build(teamArticle("a", GANSU, "2020-02-10", "督导组"), teamArticle("b", GANSU, "2020-02-11", "督導組", "督導組到學校督導開學工作。"));
    expect(nodeAt(g, "a", "督导组")).not.toBe(nodeAt(g, "b", "督導組"));
  });

  it("省第二督导组 of one province joins across articles within a month, in either script, saying why", () => {
    const g = build(
      teamArticle("a", GANSU, "2020-02-10", "省第二督导组"),
      teamArticle("b", GANSU, "2020-03-05", "省第二督導組", "省第二督導組到學校督導開學工作。"),
      teamArticle("c", undefined, "2020-02-12", "甘肃省第二督导组"),
    );
    const n = nodeAt(g, "a", "省第二督导组");
    expect(nodeAt(g, "b", "省第二督導組")).toBe(n);
    expect(nodeAt(g, "c", "甘肃省第二督导组")).toBe(n);
    expect(identityOf(g, n).map((r) => r.why)).toEqual(["same-team", "same-team"]);
    expect(n).toBe("group:省第二督导组@甘肃省");
  });

  it("省第二督导组 does not join across provinces", () => {
    const g = build(teamArticle("a", GANSU, "2020-02-10", "省第二督导组"), teamArticle("b", SHAANXI, "2020-02-10", "省第二督导组"));
    expect(nodeAt(g, "a", "省第二督导组")).not.toBe(nodeAt(g, "b", "省第二督导组"));
  });

  it("省第二督导组 does not join across campaigns (articles months apart) or without dates", () => {
    const g = build(teamArticle("a", GANSU, "2020-02-10", "省第二督导组"), teamArticle("b", GANSU, "2020-09-01", "省第二督导组"));
    expect(nodeAt(g, "a", "省第二督导组")).not.toBe(nodeAt(g, "b", "省第二督导组"));
    const undated = (id: string): ArticleSpec => ({ id, region: GANSU, text: "省第二督导组到学校。", entities: [team("省第二督导组")] });
    const h = build(undated("a"), undated("b"));
    expect(nodeAt(h, "a", "省第二督导组")).not.toBe(nodeAt(h, "b", "省第二督导组"));
  });
});

describe("notices", () => {
  const TITLE = "《关于做好开学工作的通知》";
  const TITLE_T = "《關於做好開學工作的通知》";
  const notice = (label: string) => ({ id: "n", type: "notice" as const, label });
  /** `issuer` issued the notice `title`. */
  const issued = (id: string, region: string | undefined, issuer: string, title: string): ArticleSpec => ({
    id,
    ...(region ? { region } : {}),
    text: `${issuer}印发${title}。`,
    entities: [agency(issuer), notice(title)],
    relations: [[issuer, "issued", "n"]],
  });

  it("the same title from the same issuer joins, in either script", () => {
    const g = build(issued("a", GANSU, "省教育厅", TITLE), issued("b", undefined, "甘肅省教育廳", TITLE_T));
    const n = nodeAt(g, "a", TITLE);
    expect(nodeAt(g, "b", TITLE_T)).toBe(n);
    expect(identityOf(g, n)).toEqual([{ doc: "b", why: "same-notice" }]);
  });

  it("the same title from two issuers stays two notices (two provinces' 省教育厅)", () => {
    const g = build(issued("a", GANSU, "省教育厅", TITLE), issued("b", SHAANXI, "省教育厅", TITLE));
    expect(nodeAt(g, "a", TITLE)).not.toBe(nodeAt(g, "b", TITLE));
  });

  it("the same title from two bodies of one province stays two notices", () => {
    const g = build(issued("a", GANSU, "省教育厅", TITLE), issued("b", GANSU, "省卫健委", TITLE));
    expect(nodeAt(g, "a", TITLE)).not.toBe(nodeAt(g, "b", TITLE));
  });

  it("a notice whose issuer the article does not give joins the one notice of that title, not one of two issuers", () => {
    const bare = (id: string): ArticleSpec => ({ id, region: GANSU, text: `学校落实${TITLE}。`, entities: [notice(TITLE)] });
    const g = build(issued("a", GANSU, "省教育厅", TITLE), bare("b"));
    expect(nodeAt(g, "b", TITLE)).toBe(nodeAt(g, "a", TITLE));
    const h = build(issued("a", GANSU, "省教育厅", TITLE), bare("b"), issued("c", SHAANXI, "省教育厅", TITLE));
    expect(nodeAt(h, "c", TITLE)).not.toBe(nodeAt(h, "a", TITLE));
    // Once two issuers' notices of the title stand, a bare one cannot tell which it is.
    const k = build(issued("a", GANSU, "省教育厅", TITLE), issued("c", SHAANXI, "省教育厅", TITLE), bare("b"));
    expect(nodeAt(k, "b", TITLE)).not.toBe(nodeAt(k, "a", TITLE));
    expect(nodeAt(k, "b", TITLE)).not.toBe(nodeAt(k, "c", TITLE));
  });
});

describe("meetings", () => {
  const meeting = (label: string, date: string) => ({ id: "m", type: "meeting" as const, label, date });
  /** `label` on `date`, organised by `organiser` when one is given. */
  const held = (id: string, region: string | undefined, label: string, date: string, organiser?: string): ArticleSpec => ({
    id,
    ...(region ? { region } : {}),
    text: `${organiser ?? ""}召开${label}。`,
    entities: [...(organiser ? [agency(organiser)] : []), meeting(label, date)],
    relations: organiser ? [[organiser, "organized", "m", { date }]] : [],
  });
  const NAME = "全省教育系统疫情防控视频会议";
  const NAME_T = "全省教育系統疫情防控視頻會議";

  it("the same particular meeting on one date in one province joins (main and branch venue), in either script", () => {
    const g = build(held("a", GANSU, NAME, "2020-02-10", "省教育厅"), held("b", "620100", NAME_T, "2020-02-10", "市教育局"));
    const n = nodeAt(g, "a", NAME);
    expect(nodeAt(g, "b", NAME_T)).toBe(n);
    expect(identityOf(g, n)).toEqual([{ doc: "b", why: "same-meeting" }]);
  });

  it("the same particular name in another province, or on another date, is another meeting", () => {
    const g = build(held("a", GANSU, NAME, "2020-02-10"), held("b", SHAANXI, NAME, "2020-02-10"), held("c", GANSU, NAME, "2020-02-11"));
    const a = nodeAt(g, "a", NAME);
    expect(nodeAt(g, "b", NAME)).not.toBe(a);
    expect(nodeAt(g, "c", NAME)).not.toBe(a);
  });

  it("a generic name (专题会议) joins only with the same organiser and date", () => {
    const g = build(
      held("a", GANSU, "专题会议", "2020-02-10", "省教育厅"),
      held("b", GANSU, "專題會議", "2020-02-10", "省教育廳"),
      held("c", GANSU, "专题会议", "2020-02-10", "省卫健委"),
      held("d", GANSU, "专题会议", "2020-02-11", "省教育厅"),
      held("e", SHAANXI, "专题会议", "2020-02-10", "省教育厅"),
      held("f", GANSU, "专题会议", "2020-02-10"),
    );
    const a = nodeAt(g, "a", "专题会议");
    expect(nodeAt(g, "b", "專題會議")).toBe(a);
    for (const doc of ["c", "d", "e", "f"]) expect(nodeAt(g, doc, "专题会议"), doc).not.toBe(a);
  });
});
