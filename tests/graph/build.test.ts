import { describe, expect, it } from "vitest";
import { buildGraph, serializeGraph } from "../../src/graph/build";
import { serializedGraphSchema } from "../../src/graph/contract";
import type { Extraction } from "../../src/extract/types";
import { goldExtractions } from "../fixtures/gold-graph";

// Both articles are Henan's (as their front matter would say): what lets one name be one person.
const HENAN = { code: "410000", names: ["河南省"], by: "front-matter" as const };
const doc = (id: string, text: string) => ({ id, title: id, chars: text.length, sha256: "", text, region: HENAN });

function twoArticles(): Extraction[] {
  const a = "1月22日,鄭邦山廳長、陳垠亭副廳長分別召開會議。";
  const b = "郑邦山厅长主持召开会议。";
  return [
    {
      doc: doc("a", a),
      entities: [
        { id: "z", type: "official", label: "鄭邦山", matchKey: "郑邦山", aliases: [], titles: ["廳長"], mentions: [{ start: 6, end: 9 }] },
        { id: "c", type: "official", label: "陳垠亭", matchKey: "陈垠亭", aliases: [], titles: ["副廳長"], mentions: [{ start: 12, end: 15 }] },
        { id: "m1", type: "meeting", label: "會議", matchKey: "会议", aliases: [], date: "2020-01-22", mentions: [{ start: 24, end: 26 }] },
        { id: "m2", type: "meeting", label: "會議", matchKey: "会议", aliases: [], date: "2020-01-22", mentions: [{ start: 24, end: 26 }] },
      ],
      relations: [
        { source: "z", target: "m1", relation: "chaired", date: "2020-01-22", evidence: [{ start: 6, end: 26 }] },
        { source: "c", target: "m2", relation: "chaired", date: "2020-01-22", evidence: [{ start: 12, end: 26 }] },
        { source: "c", target: "m2", relation: "chaired", date: "2020-01-22", evidence: [{ start: 12, end: 26 }], inferred: true },
      ],
    },
    {
      doc: doc("b", b),
      entities: [{ id: "z", type: "official", label: "郑邦山", matchKey: "郑邦山", aliases: [], titles: ["厅长"], mentions: [{ start: 0, end: 3 }] }],
      relations: [],
    },
  ];
}

describe("buildGraph", () => {
  it("gives one node per entity across articles and scripts, keyed by the first label", () => {
    const g = buildGraph(twoArticles(), { builtWith: "test" });
    expect(g.hasNode("official:鄭邦山")).toBe(true);
    expect(g.hasNode("official:郑邦山")).toBe(false);
    const z = g.getNodeAttributes("official:鄭邦山");
    expect(z.aliases).toEqual(["郑邦山"]);
    expect(z.titles).toEqual(["廳長", "厅长"]);
    expect(z.mentions).toEqual([
      { doc: "a", start: 6, end: 9 },
      { doc: "b", start: 0, end: 3 },
    ]);
  });

  it("keeps two same-named meetings of one day apart with #2, and merges duplicate edges", () => {
    const g = buildGraph(twoArticles(), { builtWith: "test" });
    expect(g.hasNode("meeting:2020-01-22:會議")).toBe(true);
    expect(g.hasNode("meeting:2020-01-22:會議#2")).toBe(true);
    const edges = g.edges("official:陳垠亭", "meeting:2020-01-22:會議#2");
    expect(edges).toHaveLength(1);
    const attrs = g.getEdgeAttributes(edges[0]);
    expect(attrs.evidence).toHaveLength(2);
    expect(attrs.inferred).toBeUndefined(); // stated once outright, so not inferred
  });

  it("writes the contract, validated by its schema, with every node placed and coloured", () => {
    const json = JSON.parse(serializeGraph(buildGraph(goldExtractions(), { builtWith: "test" })));
    const parsed = serializedGraphSchema.safeParse(json);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    expect(json.options).toEqual({ type: "directed", multi: true, allowSelfLoops: false });
    const xs = new Set(json.nodes.map((n: { attributes: { x: number } }) => n.attributes.x));
    expect(xs.size).toBeGreaterThan(json.nodes.length * 0.9);
  });

  it("is byte-identical from run to run", () => {
    const one = serializeGraph(buildGraph(goldExtractions(), { builtWith: "test" }));
    const two = serializeGraph(buildGraph(goldExtractions(), { builtWith: "test" }));
    expect(one).toBe(two);
  });
});
