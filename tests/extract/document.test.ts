import { describe, expect, it } from "vitest";
import { prepareText, sentences } from "../../src/extract/document";
import { entities, run } from "./helpers";

describe("paragraphs", () => {
  it("takes a short first line as the headline and bylines, credits and datelines as metadata", () => {
    const text = "某县召开会议\n\n2020年1月25日 18:45\n\n本网讯(记者 王小川 通讯员 李娜)1月25日,县委召开会议。\n\n来源:某县融媒体中心\n编辑:赵敏";
    const p = prepareText(text);
    expect(p.paragraphs.map((x) => x.kind)).toEqual(["headline", "meta", "body", "meta", "meta"]);
    const body = p.paragraphs[2];
    // The byline is blanked in the matching view; the text itself is untouched.
    expect(p.view.slice(body.start, body.end).trim().startsWith("1月25日")).toBe(true);
    expect(p.text.slice(body.start, body.end)).toContain("王小川");
  });

  it("drops page furniture and everything after a related-articles list", () => {
    const text = "标题\n\n正文第一段。\n\n分享到:\n\n相关文章:\n市长王某某调研\n局长李某某讲话";
    const p = prepareText(text);
    expect(p.paragraphs.filter((x) => x.kind !== "meta").map((x) => p.text.slice(x.start, x.end))).toEqual(["标题", "正文第一段。"]);
  });

  it("never reads a byline or a credit as a person", () => {
    const x = run("县委召开会议\n\n本网讯(记者 罗伟)1月25日,县委书记苏小康主持召开县委常委会议。\n\n来源:双牌融媒体中心\n作者:罗伟\n编辑:唐雯");
    expect(entities(x).filter((e) => e.startsWith("official:"))).toEqual(["official:苏小康"]);
  });

  it("splits sentences at 。!? but not inside quotation marks", () => {
    const text = "他说:“要抓紧。要落实。”会议结束。";
    const ranges = sentences(text, { start: 0, end: text.length });
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["他说:“要抓紧。要落实。”", "会议结束。"]);
  });
});
