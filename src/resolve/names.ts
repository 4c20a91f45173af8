// Body names taken apart for identity: a national body, or the jurisdiction
// a name is relative to (省教育厅: 省) or names (山西省教育厅: 山西省), and the
// rest, with standard abbreviations folded (卫生健康委员会 -> 卫健委). Pure;
// input and output are Simplified.
import { divisionsNamed, isWithin, type Division } from "../gazetteer/index";
import { NAME_FOLDS, NOT_RELATIVE_STARTS } from "./lexicon/abbreviations";
import { NATIONAL_BODIES } from "../extract/lexicon/national";

/** The jurisdiction words a name may be relative to, with their division level. */
export type RelativeWord = "省" | "市" | "县" | "区" | "州" | "特区";
const RELATIVE = new Set<string>(["省", "市", "县", "区", "州"]);

export interface BodyName {
  /** The canonical national name, for a national body. */
  national?: string;
  /** 省, 市, 县 … when the name starts with one and names no division. */
  relative?: RelativeWord;
  /** The most specific division named at the start (太原市迎泽区新建路小学: 迎泽区). */
  named?: Division;
  /** What is left, abbreviations folded: 教育厅, 委, 政府, 卫健委, 人民医院. */
  rest: string;
}

export function foldName(name: string): string {
  let s = name;
  for (const [long, short] of NAME_FOLDS) if (s.includes(long)) s = s.split(long).join(short);
  return s;
}

const nationalByForm = new Map<string, string>();
for (const [canonical, ...forms] of NATIONAL_BODIES) {
  for (const f of [canonical, ...forms]) {
    nationalByForm.set(f, canonical);
    nationalByForm.set(foldName(f), canonical);
  }
}

/** National by rule: the name begins with a prefix only national bodies carry. */
const NATIONAL_PREFIX = /^(?:国家|国务院|中共中央|中央|全国人大|全国政协|最高人民)/u;

/** The canonical name of a national body, or undefined. */
export function nationalName(written: string): string | undefined {
  // 中华人民共和国教育部, 国家教育部: the country's name before a ministry's.
  const name = written.replace(/^中华人民共和国(?=.)/u, "");
  const direct = nationalByForm.get(name) ?? (name.startsWith("国家") ? nationalByForm.get(name.slice(2)) : undefined);
  if (direct) return direct;
  const folded = foldName(name);
  return nationalByForm.get(folded) ?? (NATIONAL_PREFIX.test(name) ? folded : undefined);
}

/**
 * The divisions named at the start of a name, outermost first, each inside the
 * one before (太原市 then 迎泽区). A county's short name counts only where the
 * article's own province (`within`) holds that county: elsewhere 南山 or 新建
 * is a word of the name, not a place.
 */
function leadingDivisions(name: string, within: string | undefined): { chain: Division[]; end: number } {
  const chain: Division[] = [];
  let at = 0;
  for (;;) {
    let found: { d: Division; len: number } | undefined;
    for (let len = Math.min(12, name.length - at - 1); len >= 2 && !found; len--) {
      const word = name.slice(at, at + len);
      const candidates = divisionsNamed(word).filter((d) => {
        const full = d.name === word;
        if (!full && d.level === 3 && !(within && isWithin(d.code, within))) return false;
        const outer = chain[chain.length - 1];
        return !outer || isWithin(d.code, outer.code);
      });
      // Ambiguous names (朝阳区 in two cities) are read inside the article's province, else not at all:
      // not as a shorter name either (朝阳区… is no 朝阳市).
      const inside = within ? candidates.filter((d) => isWithin(d.code, within)) : [];
      const pick = candidates.length === 1 ? candidates[0] : inside.length === 1 ? inside[0] : undefined;
      if (pick) found = { d: pick, len };
      else if (candidates.length > 1) return { chain, end: at };
    }
    if (!found) break;
    chain.push(found.d);
    at += found.len;
  }
  return { chain, end: at };
}

/**
 * A body's name taken apart. `within` is the code of the article's province,
 * used to read short and ambiguous division names.
 */
export function parseBodyName(simplified: string, within?: string): BodyName {
  const national = nationalName(simplified);
  if (national) return { national, rest: national };
  const name = simplified.replace(/^(?:中国共产党|中共)/u, "");
  const { chain, end } = leadingDivisions(name, within);
  if (chain.length) return { named: chain[chain.length - 1], rest: foldName(name.slice(end)) };
  // 特区政府: Hong Kong's or Macao's own government.
  if (name.startsWith("特区") && name.length > 2) return { relative: "特区", rest: foldName(name.slice(2)) };
  const first = name[0];
  if (first && RELATIVE.has(first) && name.length > 1 && !NOT_RELATIVE_STARTS.some((w) => name.startsWith(w)))
    return { relative: first as RelativeWord, rest: foldName(name.slice(1)) };
  return { rest: foldName(name) };
}
