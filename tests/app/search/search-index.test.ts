import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { buildSearchIndex, searchNodes } from "../../../src/app/search/search-index";
import { normalizeQuery } from "../../../src/app/search/normalize";
import { storyGraph } from "../story-graph";

const index = buildSearchIndex(storyGraph());
const top = (q: string) => searchNodes(index, q)[0]?.node;
const all = (q: string) => searchNodes(index, q).map((h) => h.node);

describe("searchNodes across scripts", () => {
  it("finds a Traditional label from Simplified input, and the reverse", () => {
    expect(top("郑邦山")).toBe("official:鄭邦山");
    expect(top("鄭邦山")).toBe("official:鄭邦山");
    expect(top("單雄信")).toBe("official:单雄信");
    expect(top("鄭州大學")).toBe("hospital:郑州大学第一附属医院");
  });

  it("matches a query that mixes scripts", () => {
    expect(top("郑邦山")).toBe(top("鄭邦山"));
    expect(top("河南省教育厅")).toBe("agency:河南省教育廳");
  });

  it("finds aliases and says which form matched", () => {
    const [hit] = searchNodes(index, "省教育厅");
    expect(hit.node).toBe("agency:河南省教育廳");
    expect(hit.form).toBe(1);
  });
});

describe("searchNodes by pinyin", () => {
  it("finds by full pinyin, with or without spaces, and by initials", () => {
    expect(top("zhengbangshan")).toBe("official:鄭邦山");
    expect(top("zheng bangshan")).toBe("official:鄭邦山");
    expect(top("Zheng Bang Shan")).toBe("official:鄭邦山");
    expect(top("zbs")).toBe("official:鄭邦山");
    expect(top("shan xiong")).toBe("official:单雄信");
  });

  it("finds full-width letters typed by a Chinese input method", () => {
    expect(top("ｚｂｓ")).toBe("official:鄭邦山");
  });
});

describe("ranking", () => {
  it("puts an exact label before a prefix before a match inside a label", () => {
    const g = new Graph();
    g.addNode("c", { label: "大河南", aliases: [] });
    g.addNode("b", { label: "河南省", aliases: [] });
    g.addNode("a", { label: "河南", aliases: [] });
    expect(searchNodes(buildSearchIndex(g), "河南").map((h) => h.node)).toEqual(["a", "b", "c"]);
  });

  it("ranks by how well a key matches, then label before pinyin, then the better connected node", () => {
    const g = new Graph();
    const keys = (pinyin: string, initials: string) => ({ hans: ["甲"], hant: ["甲"], pinyin: [pinyin], initials: [initials] });
    g.addNode("label-exact", { label: "zb", aliases: [] });
    g.addNode("initials-exact", { label: "甲", aliases: [], search: keys("zhaobing", "zb") });
    g.addNode("pinyin-prefix", { label: "甲", aliases: [], search: keys("zbqq", "zq") });
    g.addNode("hub-prefix", { label: "zbx", aliases: [] });
    g.addNode("leaf-prefix", { label: "zby", aliases: [] });
    g.addNode("other", { label: "q", aliases: [] });
    g.addEdge("hub-prefix", "other");
    expect(searchNodes(buildSearchIndex(g), "zb").map((h) => h.node)).toEqual(["label-exact", "initials-exact", "hub-prefix", "leaf-prefix", "pinyin-prefix"]);
  });

  it("returns nothing for an empty or punctuation-only query, and at most `limit` hits", () => {
    expect(all("")).toEqual([]);
    expect(all(" 《》 ")).toEqual([]);
    expect(searchNodes(index, "a", 2)).toHaveLength(2);
  });
});

describe("graphs without search keys", () => {
  it("still finds labels as written", () => {
    const g = new Graph();
    g.addNode("n", { label: "鄭邦山", aliases: [] });
    expect(searchNodes(buildSearchIndex(g), "邦山")[0].node).toBe("n");
  });
});

describe("normalizeQuery", () => {
  it("drops spaces and punctuation, lowercases, folds with the learnt map", () => {
    expect(normalizeQuery(" Zheng·Bang-Shan ", new Map())).toBe("zhengbangshan");
    expect(normalizeQuery("鄭 邦山", new Map([["鄭", "郑"]]))).toBe("郑邦山");
    expect(normalizeQuery("lü", new Map())).toBe("lv");
  });
});
