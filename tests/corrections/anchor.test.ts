import { describe, expect, it } from "vitest";
import { locate, makeAnchor } from "../../src/corrections/index";
import { suggestRelation } from "../../src/corrections/relation-words";
import type { SourceDoc } from "../../src/graph/contract";

const source = (text: string, sha256 = "one"): SourceDoc => ({ id: "a", title: "a", chars: text.length, sha256, text });
const sources = (s: SourceDoc) => new Map([[s.id, s]]);

describe("anchors", () => {
  const before = source("1月21日，张明主持会议。1月22日，张明到医院调研。");
  const second = before.text.lastIndexOf("张明");

  it("keep their span while the article is unchanged", () => {
    const anchor = makeAnchor(before, second, second + 2);
    expect(anchor).toMatchObject({ doc: "a", sha256: "one", text: "张明", before: "议。1月22日，", after: "到医院调研。" });
    expect(locate(anchor, sources(before))).toEqual({ ok: true, span: { doc: "a", start: second, end: second + 2 } });
  });

  it("find the same occurrence again after text is inserted before it (both scripts)", () => {
    for (const [text, edited, word] of [
      [before.text, `据悉，本周多地召开会议。${before.text}`, "张明"],
      ["1月21日，張明主持會議。1月22日，張明到醫院調研。", "據悉，本週多地召開會議。1月21日，張明主持會議。1月22日，張明到醫院調研。", "張明"],
    ]) {
      const at = text.lastIndexOf(word);
      const anchor = makeAnchor(source(text), at, at + word.length);
      const found = locate(anchor, sources(source(edited, "two")));
      expect(found.ok).toBe(true);
      if (found.ok) expect(found.span.start).toBe(edited.lastIndexOf(word));
    }
  });

  it("tell two occurrences apart by their neighbours, not only by distance", () => {
    const anchor = makeAnchor(before, second, second + 2);
    // The first occurrence moves close to the old offset of the second; the second keeps its neighbours.
    const edited = source("1月22日，张明到医院调研。补记：1月21日，这里很长的一段插入文字，张明主持会议。", "two");
    const found = locate(anchor, sources(edited));
    expect(found.ok && found.span.start).toBe(edited.text.indexOf("张明"));
  });

  it("are stale when the words are gone, or the article is", () => {
    const anchor = makeAnchor(before, second, second + 2);
    const gone = locate(anchor, sources(source("1月21日，李华主持会议。", "two")));
    expect(gone).toEqual({ ok: false, reason: expect.stringContaining("「张明」 are no longer in it") });
    expect(locate(anchor, new Map())).toEqual({ ok: false, reason: expect.stringContaining("the article a is not in the graph") });
  });
});

describe("the relation suggested for selected words", () => {
  it("comes from the first verb, in either script, and from none when there is no verb", () => {
    expect(suggestRelation("省教育厅厅长张明主持召开疫情防控工作会议")).toBe("chaired");
    expect(suggestRelation("衞生防護中心舉辦跨部門會議")).toBe("organized");
    expect(suggestRelation("陳楠出席督查會")).toBe("attended");
    expect(suggestRelation("張明到市人民醫院調研")).toBe("visited");
    expect(suggestRelation("省教育厅厅长张明")).toBeUndefined();
  });
});
