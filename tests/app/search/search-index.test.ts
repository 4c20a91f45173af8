import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { buildSearchIndex, searchNodes } from "../../../src/app/search/search-index";
import { normalizeKey, normalizeQuery } from "../../../src/app/search/normalize";
import type { SearchKeys } from "../../../src/graph/search-attrs";
import { seededRandom } from "../../../src/graph/layout";
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

/**
 * The ranking spelt out plainly: score every key of every node, keep each
 * node's best (the lower form on a tie), sort everything. The index must give
 * the same list, however it avoids the work.
 */
function rankEverything(graph: Graph, query: string, limit: number) {
  const q = normalizeQuery(query, buildSearchIndex(graph).fold);
  if (!q) return [];
  const found: { node: string; form: number; score: number; degree: number; length: number; at: number }[] = [];
  graph.nodes().forEach((node, at) => {
    const attrs = graph.getNodeAttributes(node);
    const forms = [attrs.label as string, ...(attrs.aliases as string[])];
    const keys = attrs.search as SearchKeys | undefined;
    let best: { form: number; score: number } | null = null;
    forms.forEach((form, i) => {
      const kinds: [string | undefined, number][] = [
        [keys?.hans[i] ?? form, i === 0 ? 0 : 1],
        [keys?.pinyin[i], i === 0 ? 2 : 3],
        [keys?.initials[i], i === 0 ? 4 : 5],
      ];
      for (const [raw, rank] of kinds) {
        const key = raw ? normalizeKey(raw) : "";
        const pos = key.indexOf(q);
        if (!key || pos < 0) continue;
        const score = (key === q ? 0 : pos === 0 ? 1 : 2) * 6 + rank;
        if (!best || score < best.score) best = { form: i, score };
      }
    });
    if (best) found.push({ node, ...(best as { form: number; score: number }), degree: graph.degree(node), length: forms[0].length, at });
  });
  found.sort((a, b) => a.score - b.score || b.degree - a.degree || a.length - b.length || a.at - b.at);
  return found.slice(0, limit).map(({ node, form, score }) => ({ node, form, score }));
}

describe("searchNodes against ranking every key", () => {
  it("gives the same hits, forms and order on random graphs full of ties", () => {
    const random = seededRandom(11);
    const pick = (s: string) => s[Math.floor(random() * s.length)];
    const word = (alphabet: string, min: number, max: number) => Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick(alphabet)).join("");
    for (let round = 0; round < 20; round++) {
      const g = new Graph({ multi: true });
      const count = 20 + Math.floor(random() * 200);
      for (let i = 0; i < count; i++) {
        const forms = [word("甲乙丙丁", 1, 4), ...Array.from({ length: Math.floor(random() * 3) }, () => word("甲乙丙丁", 1, 4))];
        const withKeys = random() < 0.7;
        const search: SearchKeys | undefined = withKeys
          ? { hans: forms, hant: forms, pinyin: forms.map(() => word("abz", 1, 6)), initials: forms.map(() => word("abz", 1, 3)) }
          : undefined;
        g.addNode(`n${i}`, { label: forms[0], aliases: forms.slice(1), ...(search ? { search } : {}) });
      }
      for (let e = 0; e < count; e++) g.addEdge(`n${Math.floor(random() * count)}`, `n${Math.floor(random() * count)}`);
      const index = buildSearchIndex(g);
      const queries = ["甲", "乙丙", "丁丁", "a", "ab", "z", "bza", "甲乙丙丁", "q", ...Array.from({ length: 10 }, () => (random() < 0.5 ? word("甲乙丙丁", 1, 3) : word("abz", 1, 3)))];
      for (const q of queries)
        for (const limit of [1, 3, 12]) expect(searchNodes(index, q, limit), `round ${round}, query ${q}, limit ${limit}`).toEqual(rankEverything(g, q, limit));
    }
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
