import { describe, expect, it } from "vitest";
import { relationGroupTitle, relationSentence, sentenceText, type Perspective } from "../../../src/app/text/sentences";
import { RELATIONS } from "../../../src/graph/contract";

const say = (facts: Parameters<typeof relationSentence>[0], perspective: Perspective, lang: "en" | "zh") =>
  sentenceText(relationSentence(facts, perspective, lang), "河南省教育廳", "《通知》");

describe("a post that repeats its body's name", () => {
  it("is written once: 江凌任省委常委, not 江凌任省委省委常委, in both scripts", () => {
    const full = (title: string, targetLabel: string) => sentenceText(relationSentence({ relation: "holds_post", title, targetLabel }, "full", "zh"), "江凌", targetLabel);
    expect(full("省委常委", "省委")).toBe("江凌任省委常委");
    expect(full("縣委常委", "縣委")).toBe("江凌任縣委常委");
    expect(sentenceText(relationSentence({ relation: "holds_post", title: "省委常委", targetLabel: "省委" }, "source", "zh"), "", "省委")).toBe("任省委常委");
    // A post that does not repeat the name, or is the name, is left whole.
    expect(full("廳長", "河南省教育廳")).toBe("江凌任河南省教育廳廳長");
    expect(full("省委", "省委")).toBe("江凌任省委省委");
    // From the body's side the post stands before the person: nothing is doubled there.
    expect(sentenceText(relationSentence({ relation: "holds_post", title: "省委常委", targetLabel: "省委" }, "target", "zh"), "江凌", "省委")).toBe("省委常委江凌");
  });
});

describe("relation sentences", () => {
  it("reads as the issue's examples from the notice's page", () => {
    expect(say({ relation: "issued", date: "2020-01-22" }, "target", "en")).toBe("issued by 河南省教育廳 on 2020-01-22");
    expect(say({ relation: "issued", date: "2020-01-22" }, "target", "zh")).toBe("由河南省教育廳印發（2020-01-22）");
    expect(sentenceText(relationSentence({ relation: "chaired" }, "target", "en"), "鄭邦山", "會")).toBe("chaired by 鄭邦山");
  });

  it("is written from either end, or whole for a path", () => {
    expect(say({ relation: "issued" }, "source", "en")).toBe("issued 《通知》");
    expect(say({ relation: "issued" }, "full", "en")).toBe("河南省教育廳 issued 《通知》");
    expect(say({ relation: "visited" }, "full", "zh")).toBe("河南省教育廳到《通知》考察");
  });

  it("names the post of a holds_post edge, and does without one", () => {
    const s = (title?: string) => sentenceText(relationSentence({ relation: "holds_post", title }, "full", "zh"), "鄭邦山", "河南省教育廳");
    expect(s("廳長")).toBe("鄭邦山任河南省教育廳廳長");
    expect(s()).toBe("鄭邦山任職於河南省教育廳");
    expect(sentenceText(relationSentence({ relation: "holds_post", title: "廳長" }, "target", "en"), "鄭邦山", "廳")).toBe("has 廳長 鄭邦山");
  });

  it("gives every relation a sentence with both ends in both languages", () => {
    for (const relation of RELATIONS)
      for (const lang of ["en", "zh"] as const) {
        const parts = relationSentence({ relation, title: "T" }, "full", lang);
        expect(parts.filter((p) => "node" in p).map((p) => ("node" in p ? p.node : ""))).toEqual(["source", "target"]);
        expect(relationSentence({ relation }, "source", lang).some((p) => "node" in p && p.node === "target")).toBe(true);
        expect(relationSentence({ relation }, "target", lang).some((p) => "node" in p && p.node === "source")).toBe(true);
        expect(relationGroupTitle(relation, "out", lang)).not.toBe(relationGroupTitle(relation, "in", lang));
      }
  });
});
