import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { hasSearchKeys } from "../../src/graph/search-attrs";
import { attachSearchKeys, keysOfForms } from "../../src/graph/search-keys";

describe("keysOfForms", () => {
  it("gives each form in both scripts, with full pinyin and initials", () => {
    expect(keysOfForms(["鄭邦山"], { personName: true })).toEqual({ hans: ["郑邦山"], hant: ["鄭邦山"], pinyin: ["zhengbangshan"], initials: ["zbs"] });
    expect(keysOfForms(["郑邦山"], { personName: true })).toEqual({ hans: ["郑邦山"], hant: ["鄭邦山"], pinyin: ["zhengbangshan"], initials: ["zbs"] });
  });

  it("reads Hong Kong variants and keeps the lists parallel to the forms", () => {
    const k = keysOfForms(["衞生署", "衛生署"]);
    expect(k.hans).toEqual(["卫生署", "卫生署"]);
    expect(k.pinyin).toEqual(["weishengshu", "weishengshu"]);
    expect(k.initials).toEqual(["wss", "wss"]);
  });

  it("reads a person's first character as a surname, and writes ü as v", () => {
    expect(keysOfForms(["单雄信"], { personName: true }).pinyin).toEqual(["shanxiongxin"]);
    expect(keysOfForms(["单雄信"]).pinyin).toEqual(["danxiongxin"]);
    expect(keysOfForms(["吕布"], { personName: true }).pinyin).toEqual(["lvbu"]);
  });

  it("keeps letters and digits of Latin runs and drops punctuation from pinyin keys", () => {
    const k = keysOfForms(["致全省各校(院、園)的一封信", "ABC大學Ⅰ期"]);
    expect(k.pinyin[0]).toBe("zhiquanshenggexiaoyuanyuandeyifengxin");
    expect(k.initials[1]).toBe("abcdxiq");
  });
});

describe("attachSearchKeys", () => {
  it("adds keys to the nodes that lack them and leaves the others", () => {
    const g = new Graph();
    g.addNode("official:鄭邦山", { label: "鄭邦山", type: "official", aliases: ["郑邦山"] });
    const kept = { hans: ["x"], hant: ["x"], pinyin: ["x"], initials: ["x"] };
    g.addNode("agency:局", { label: "局", type: "agency", aliases: [], search: kept });
    attachSearchKeys(g);
    expect(g.getNodeAttribute("official:鄭邦山", "search")).toEqual({
      hans: ["郑邦山", "郑邦山"],
      hant: ["鄭邦山", "鄭邦山"],
      pinyin: ["zhengbangshan", "zhengbangshan"],
      initials: ["zbs", "zbs"],
    });
    expect(g.getNodeAttribute("agency:局", "search")).toBe(kept);
  });

  it("counts keys that do not cover every form as missing", () => {
    expect(hasSearchKeys({ aliases: ["a"], search: { hans: ["x"], hant: ["x"], pinyin: ["x"], initials: ["x"] } })).toBe(false);
    expect(hasSearchKeys({ aliases: [], search: { hans: ["x"], hant: ["x"], pinyin: ["x"], initials: [1] } })).toBe(false);
    expect(hasSearchKeys({ aliases: [] })).toBe(false);
  });
});
