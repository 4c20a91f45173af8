// Places named on their own: provinces and cities from the gazetteer, a name
// with an administrative suffix (X县), a stem known from a body's name
// (双牌县委 → 双牌), or the target of a journey (驰援X, 到X督查).
import { AID_VERBS } from "../lexicon/events";
import { CITIES, NOT_PLACES, ONE_CHARACTER_COUNTIES, PLACE_SUFFIXES, PROVINCES } from "../lexicon/places";
import { CharSet, isHan, WordIndex } from "../scan";

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
}

const gazetteer = [...PROVINCES, ...CITIES, ...ONE_CHARACTER_COUNTIES];
const oneCharacterCounties = new Set(ONE_CHARACTER_COUNTIES);
const notPlaces = new Set(NOT_PLACES);
/** The gazetteer and the place stems this article's bodies carry (双牌县委 → 双牌). */
const gazetteerFirsts = new CharSet(gazetteer.map((w) => w[0]));

export function placeNames(stems: Set<string>): PlaceNames {
  const stemFirsts = new Set([...stems].map((w) => w.charCodeAt(0)));
  return {
    stems: new WordIndex(stems),
    gazetteer: gazetteerIndex,
    firsts: { has: (view: string, i: number) => gazetteerFirsts.bits[view.charCodeAt(i)] === 1 || stemFirsts.has(view.charCodeAt(i)) },
  };
}
const QU = "区".charCodeAt(0);
const XIAN = "县".charCodeAt(0);
/** Characters after which a place may follow whatever its name (到X督查, 驰援X). */
const AFTER = new CharSet(["到", "赴", "往", ...AID_VERBS.map((v) => v[v.length - 1])]);
const gazetteerIndex = new WordIndex(gazetteer);
export interface PlaceNames {
  stems: WordIndex;
  gazetteer: WordIndex;
  firsts: { has(view: string, i: number): boolean };
}
const aidVerbs = [...AID_VERBS].sort((a, b) => b.length - a.length);
const aidLastChars = new Set(AID_VERBS.map((v) => v[v.length - 1]));
/** Words ending in 区 or 县 that are no district (城区, 社区, 景区 …). */
const NOT_DISTRICTS = /^(个|设|两|几|多|一|全|各|本|我|该|城|市|郊|景|社|园|小|校|学|灾|疫|辖|片|地|山|街|港|厂|矿|新城|病|隔|生|住|商|工|开发|保税|示范|功能|重点|风险|封控|管控|防范|邻|外|周边)/;

/** Where one goes to inspect that is no place name. */
const GENERIC_DESTINATIONS = new Set([
  "企业", "学校", "医院", "社区", "农村", "基层", "一线", "现场", "乡镇", "街道", "车间", "工地", "高校", "园区", "地市",
  "县区", "市县", "各地", "当地", "病房", "门诊", "窗口", "项目", "村组", "部分", "有关", "相关", "重点", "各校", "全市",
  "全省", "全县", "农户", "景区", "市场", "商场", "超市", "机场", "车站", "码头", "口岸", "校园", "课堂", "一些", "多地",
]);

/** The place-name stem at the start of a body's name: 双牌县委 → 双牌, 清远市教育局 → 清远. */
export function placeStem(orgName: string): string | null {
  for (const suffix of ["省", "市", "县", "区", "州"]) {
    const k = orgName.indexOf(suffix);
    if (k >= 2 && k <= 4) {
      const stem = orgName.slice(0, k);
      if (!/[省市县区州委局厅部]/.test(stem)) return stem;
    }
  }
  return null;
}

/**
 * Place mentions in [from, to). `free(i, j)` says whether the range is
 * outside every other mention (a place inside a body's name is no place).
 */
export function findPlaces(
  view: string,
  from: number,
  to: number,
  names: PlaceNames,
  free: (start: number, end: number) => boolean,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = from; i < to; i++) {
    const code = view.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    // Most characters start no place and follow no verb of going: skip them at once.
    const third = view.charCodeAt(i + 2);
    if (!names.firsts.has(view, i) && AFTER.bits[view.charCodeAt(i - 1)] !== 1 && third !== QU && third !== XIAN) continue;
    let found: PlaceMention | null = null;
    const a = names.stems.at(view, i, to);
    const b = names.gazetteer.at(view, i, to);
    let name = a && b ? (a.length >= b.length ? a : b) : a ?? b;
    // 礼县 on its own, not 提高县级 or 管理县域: only after a break or a word of going or listing, and not before a body word.
    if (name && oneCharacterCounties.has(name) && !((isHan(view[i - 1]) === false || /[到赴在、和及与往经对]/.test(view[i - 1] ?? "")) && !/[委政长级属域内外城乡]/.test(view[i + 2] ?? ""))) name = a;
    if (name) {
      let end = i + name.length;
      const suffix = PLACE_SUFFIXES.find((s) => view.startsWith(s, end));
      if (suffix && !/^(委|政府|人民)/.test(view.slice(end + suffix.length, end + suffix.length + 2))) end += suffix.length;
      found = { start: i, end, text: view.slice(i, end) };
    }
    const previous = view[i - 1];
    if (!found && (previous === "到" || previous === "赴" || previous === "往") && i > from) {
      // 到X督查 / 赴X调研: a place gone to for a tour, gazetteer or not.
      const go = /(?:到|赴|来到|前往)$/.test(view.slice(Math.max(from, i - 2), i));
      const m = go ? /^[\u4e00-\u9fff]{2,3}?(?=督查|检查|调研|视察|考察|慰问|指导|督导|巡查)/.exec(view.slice(i, i + 5)) : null;
      if (m && !GENERIC_DESTINATIONS.has(m[0])) found = { start: i, end: i + m[0].length, text: m[0] };
    }
    if (!found && aidLastChars.has(previous)) {
      // 驰援X / 支援X: the place a team goes to help, gazetteer or not.
      const verb = aidVerbs.find((v) => view.endsWith(v, i));
      // Only a name that says it is a place (X省, X市, X县): 支援任务 is no place.
      const m = verb ? /^[\u4e00-\u9fff]{1,4}?[省市县区州](?=[,;。、!?\s]|$|等地|人民|一线|疫情)/.exec(view.slice(i, i + 6)) : null;
      if (m) found = { start: i, end: i + m[0].length, text: m[0] };
    }
    if (!found && (third === QU || third === XIAN)) {
      // 涧西区, 某某县 named on their own: a district or county by its suffix.
      const m = /^[\u4e00-\u9fff]{2}[区县](?![委政长级属域内外])/.exec(view.slice(i, i + 4));
      if (m && isHan(previous) === false || (m && /[到赴在、和及与往经对]/.test(previous ?? ""))) {
        // 通渭县平襄镇温泉社区: the start of an address, not a place of the story.
        const address = /^[\u4e00-\u9fff]{1,4}(镇|乡|街道|村|社区)/.test(view.slice(i + 3, i + 10));
        if (m && !NOT_DISTRICTS.test(m[0]) && !/^.[校园厂矿景社营站全各本该我]/.test(m[0]) && !address) found = { start: i, end: i + m[0].length, text: m[0] };
      }
    }
    // 湖南建工集团: a place at the head of a company's name.
    if (found && /^[\u4e00-\u9fff]{0,4}(集团|公司|股份|有限|建工|银行|大厦|酒店|宾馆)/.test(view.slice(found.end, found.end + 8))) continue;
    if (!found || notPlaces.has(found.text) || !free(found.start, found.end)) continue;
    out.push(found);
    i = found.end - 1;
  }
  return out;
}
