// A small contract graph for the explorer's unit tests: an agency issues a
// notice (day 22), its head chairs a meeting (day 25) that a deputy attends;
// a second article, in Simplified script, has a hospital dispatch a team.
import { buildGraph, serializeGraph, type KnowledgeGraph } from "../../src/graph/build";
import type { Extraction } from "../../src/extract/types";

const a = "1月22日,河南省教育廳印發《關於做好防控工作的通知》。1月25日,鄭邦山廳長主持召開疫情研判會,陳垠亭副廳長出席。";
const b = "2月2日,郑州大学第一附属医院选派医疗队驰援武汉。单雄信院长带队。";

const at = (text: string, words: string, from = 0) => {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`${words} not in text`);
  return { start, end: start + words.length };
};

export function storyExtractions(): Extraction[] {
  return [
    {
      doc: { id: "a", title: "河南省教育廳部署防控", date: "2020-01-26", chars: a.length, sha256: "", text: a },
      entities: [
        { id: "agency", type: "agency", label: "河南省教育廳", matchKey: "河南省教育厅", aliases: ["省教育廳"], mentions: [at(a, "河南省教育廳")] },
        { id: "notice", type: "notice", label: "關於做好防控工作的通知", matchKey: "关于做好防控工作的通知", aliases: [], date: "2020-01-22", mentions: [at(a, "關於做好防控工作的通知")] },
        { id: "zheng", type: "official", label: "鄭邦山", matchKey: "郑邦山", aliases: [], titles: ["廳長"], mentions: [at(a, "鄭邦山")] },
        { id: "chen", type: "official", label: "陳垠亭", matchKey: "陈垠亭", aliases: [], titles: ["副廳長"], mentions: [at(a, "陳垠亭")] },
        { id: "meeting", type: "meeting", label: "疫情研判會", matchKey: "疫情研判会", aliases: [], date: "2020-01-25", mentions: [at(a, "疫情研判會")] },
      ],
      relations: [
        { source: "agency", target: "notice", relation: "issued", date: "2020-01-22", evidence: [at(a, "河南省教育廳印發《關於做好防控工作的通知》")] },
        { source: "zheng", target: "agency", relation: "holds_post", title: "廳長", evidence: [at(a, "鄭邦山廳長")], inferred: true },
        { source: "zheng", target: "meeting", relation: "chaired", date: "2020-01-25", evidence: [at(a, "鄭邦山廳長主持召開疫情研判會")] },
        { source: "chen", target: "meeting", relation: "attended", date: "2020-01-25", evidence: [at(a, "陳垠亭副廳長出席")] },
      ],
    },
    {
      doc: { id: "b", title: "医疗队驰援武汉", chars: b.length, sha256: "", text: b },
      entities: [
        { id: "hospital", type: "hospital", label: "郑州大学第一附属医院", matchKey: "郑州大学第一附属医院", aliases: [], mentions: [at(b, "郑州大学第一附属医院")] },
        { id: "team", type: "group", label: "医疗队", matchKey: "医疗队", aliases: [], mentions: [at(b, "医疗队")] },
        { id: "wuhan", type: "place", label: "武汉", matchKey: "武汉", aliases: [], mentions: [at(b, "武汉")] },
        { id: "shan", type: "official", label: "单雄信", matchKey: "单雄信", aliases: [], titles: ["院长"], mentions: [at(b, "单雄信")] },
      ],
      relations: [
        { source: "hospital", target: "team", relation: "dispatched", date: "2020-02-02", evidence: [at(b, "郑州大学第一附属医院选派医疗队")] },
        { source: "team", target: "wuhan", relation: "aided", date: "2020-02-02", evidence: [at(b, "医疗队驰援武汉")] },
        { source: "shan", target: "team", relation: "leads", evidence: [at(b, "单雄信院长带队")] },
      ],
    },
  ];
}

let cached: string | null = null;

/** The story graph as the contract's JSON text (built once per test file). */
export function storyJson(): string {
  cached ??= serializeGraph(buildGraph(storyExtractions(), { builtWith: "story" }));
  return cached;
}

export function storyGraph(): KnowledgeGraph {
  return buildGraph(storyExtractions(), { builtWith: "story" });
}
