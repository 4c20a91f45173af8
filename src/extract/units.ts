// A sentence as a pattern string: every mention becomes one private-use
// character whose range says its kind (person, body, team, meeting, document,
// place), so relation rules are plain regular expressions over the words
// between mentions (P主持召开M, 以P为组长…的A).

export type UnitKind = "P" | "A" | "G" | "M" | "D" | "L" | "X";

const BASE: Record<UnitKind, number> = { P: 0xe000, A: 0xe200, G: 0xe400, M: 0xe600, D: 0xe800, L: 0xea00, X: 0xec00 };
const PER_KIND = 0x200;

export const CLASS: Record<UnitKind | "S" | "U", string> = {
  P: "[\\ue000-\\ue1ff]",
  A: "[\\ue200-\\ue3ff]",
  G: "[\\ue400-\\ue5ff]",
  M: "[\\ue600-\\ue7ff]",
  D: "[\\ue800-\\ue9ff]",
  L: "[\\uea00-\\uebff]",
  X: "[\\uec00-\\uedff]",
  /** A subject: a person, a body or a team. */
  S: "[\\ue000-\\ue5ff]",
  /** Any unit. */
  U: "[\\ue000-\\uedff]",
};

/** Words between units, without clause punctuation or another unit. */
/** Places may sit in the words between two units (在江西分会场参加会议). */
export const GAP_CHAR = "(?:[^,;。!?:\\ue000-\\uedff]|[\\uea00-\\uebff])";

/**
 * A regular expression over pattern strings, written with {P}, {A}, {S} …
 * for unit classes and {GAP} for words between them.
 */
const compiled = new Map<string, RegExp>();

export function rule(source: string, flags = "g"): RegExp {
  const key = `${flags}/${source}`;
  let re = compiled.get(key);
  if (re) {
    re.lastIndex = 0;
    return re;
  }
  re = new RegExp(
    source.replace(/\{(P|A|G|M|D|L|X|S|U|GAP)\}/g, (_m, k: string) => (k === "GAP" ? GAP_CHAR : CLASS[k as keyof typeof CLASS])),
    flags,
  );
  compiled.set(key, re);
  return re;
}

export interface Unit<T = unknown> {
  kind: UnitKind;
  start: number;
  end: number;
  data: T;
}

export interface Encoded<T> {
  pattern: string;
  units: Unit<T>[];
  /** Offset in the view of each pattern character. */
  offsets: number[];
  /** The unit behind a pattern character, if it is one. */
  unitAt(patternIndex: number): Unit<T> | undefined;
  /** The pattern index of a view offset (a unit's start or a plain character), or -1. */
  indexOf(offset: number): number;
}

export function unitsOfKind(ch: string): UnitKind | undefined {
  const code = ch.charCodeAt(0);
  for (const kind of Object.keys(BASE) as UnitKind[]) if (code >= BASE[kind] && code < BASE[kind] + PER_KIND) return kind;
  return undefined;
}

const QUOTE_PAIRS: Record<string, string> = { "「": "」", "“": "”", "『": "』", "‘": "’" };

/** Encodes view[from, to) with non-overlapping units (sorted, each inside the range). */
export function encode<T>(view: string, from: number, to: number, units: Unit<T>[]): Encoded<T> {
  let pattern = "";
  const offsets: number[] = [];
  const byChar = new Map<string, Unit<T>>();
  const counters: Record<UnitKind, number> = { P: 0, A: 0, G: 0, M: 0, D: 0, L: 0, X: 0 };
  let at = from;
  for (const u of units) {
    if (u.start < at || u.end > to) continue;
    // 举行「X演习」: quotation marks right around a name are no words between units.
    const quoted = u.start - 1 >= at && u.end < to && QUOTE_PAIRS[view[u.start - 1]] === view[u.end];
    for (; at < (quoted ? u.start - 1 : u.start); at++) {
      pattern += view[at];
      offsets.push(at);
    }
    const n = counters[u.kind]++;
    if (n >= PER_KIND) continue;
    const ch = String.fromCharCode(BASE[u.kind] + n);
    byChar.set(ch, u);
    pattern += ch;
    offsets.push(u.start);
    at = quoted ? u.end + 1 : u.end;
  }
  for (; at < to; at++) {
    pattern += view[at];
    offsets.push(at);
  }
  const kept = [...byChar.values()];
  const index = new Map<number, number>();
  offsets.forEach((o, i) => index.set(o, i));
  return { pattern, units: kept, offsets, unitAt: (i) => byChar.get(pattern[i]), indexOf: (o) => index.get(o) ?? -1 };
}

/** The units named by a matched group of a pattern string, in order. */
export function unitsIn<T>(enc: Encoded<T>, text: string | undefined, index: number): Unit<T>[] {
  if (!text) return [];
  const out: Unit<T>[] = [];
  for (let i = 0; i < text.length; i++) {
    const u = enc.unitAt(index + i);
    if (u) out.push(u);
  }
  return out;
}

const byCallSite = new WeakMap<TemplateStringsArray, RegExp>();

function tagged(flags: string) {
  return (strings: TemplateStringsArray, ...values: unknown[]): RegExp => {
    let re = byCallSite.get(strings);
    if (!re) {
      re = rule(String.raw({ raw: strings.raw }, ...values), flags);
      byCallSite.set(strings, re);
    }
    re.lastIndex = 0;
    return re;
  };
}

/**
 * Tagged forms of `rule`, compiled once per place in the code: the values
 * interpolated there must not change between calls.
 */
export const R = tagged("g");
export const R0 = tagged("");
