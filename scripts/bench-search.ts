// Search on a large graph: time to build the index once, and the median
// time a keystroke takes (the explorer's budget is 50 ms on tens of
// thousands of nodes). Prints figures; fails on nothing.
//   npx tsx scripts/bench-search.ts [nodes=30000]
import Graph from "graphology";
import { buildSearchIndex, searchNodes } from "../src/app/search/search-index";
import { seededRandom } from "../src/graph/layout";
import { keysOfForms } from "../src/graph/search-keys";

const order = Number(process.argv[2] ?? 30000);
const random = seededRandom(7);
const pick = (s: string) => s[Math.floor(random() * s.length)];
const SURNAMES = "王李張劉陳楊黃趙吳周徐孫馬朱胡郭何高林鄭謝羅梁宋唐許韓馮鄧曹彭曾蕭田董袁潘蔣蔡余杜葉程蘇魏呂丁任沈姚盧姜崔鍾譚陸汪范金石廖賈夏韋付方白鄒孟熊秦邱江尹薛閻段雷侯龍史陶黎賀顧毛郝龔邵萬錢嚴覃武戴莫孔向湯";
const GIVEN = "偉芳娜秀英敏靜麗強磊軍洋勇艷傑娟濤明超秀霞平剛桂英華建國志紅玉蘭鵬飛宇浩然子軒欣怡俊傑雨涵博文思遠";
const PLACES = "河南湖北湖南廣東廣西山東山西江蘇浙江福建四川雲南貴州陝西甘肅鄭州武漢長沙廣州南寧濟南太原南京杭州福州成都昆明";
const BODIES = ["教育廳", "衛生健康委員會", "人民政府", "教育局", "疫情防控指揮部", "大學", "第一附屬醫院", "第七中學"];

const t0 = performance.now();
const g = new Graph({ multi: true });
for (let i = 0; i < order; i++) {
  const official = random() < 0.5;
  const label = official
    ? pick(SURNAMES) + pick(GIVEN) + (random() < 0.6 ? pick(GIVEN) : "")
    : pick(PLACES) + pick(PLACES) + BODIES[Math.floor(random() * BODIES.length)] + (i % 97);
  const aliases = official || random() < 0.7 ? [] : [label.slice(2)];
  g.addNode(`n${i}`, { label, aliases, search: keysOfForms([label, ...aliases], { personName: official }) });
}
for (let i = 0; i < order * 1.5; i++) g.addEdge(`n${Math.floor(random() * order)}`, `n${Math.floor(random() * order)}`);
const t1 = performance.now();
const index = buildSearchIndex(g);
const t2 = performance.now();

const queries = ["鄭", "郑", "zh", "zheng", "zhengwei", "z", "河南", "河南省教育厅", "hnjyt", "l", "lv", "陳偉", "chenwei", "教育", "xyz", "附属医院", "dx"];
const times: number[] = [];
const perQuery: string[] = [];
for (const q of queries) {
  const runs: number[] = [];
  for (let r = 0; r < 15; r++) {
    const s = performance.now();
    searchNodes(index, q, 10);
    runs.push(performance.now() - s);
  }
  runs.sort((a, b) => a - b);
  times.push(...runs);
  perQuery.push(`${q}: ${runs[7].toFixed(2)} ms`);
}
times.sort((a, b) => a - b);
console.log(`nodes ${order}, keys computed in ${((t1 - t0) / 1000).toFixed(1)} s (build time, once)`);
console.log(`index built in ${(t2 - t1).toFixed(0)} ms, haystack ${(index.haystack.length / 1e6).toFixed(2)} M chars`);
console.log(`keystroke: median ${times[Math.floor(times.length / 2)].toFixed(2)} ms, p95 ${times[Math.floor(times.length * 0.95)].toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms`);
console.log(perQuery.join("; "));
