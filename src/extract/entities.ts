// Stage 4: mentions into entities. Short forms join the full name they stand
// for (省教育厅 → 河南省教育厅, 医管局 → 医院管理局, 三附院 → …第三附属医院);
// a name written only inside another name makes no entity; internal units of
// the body that wrote the article are left out.
import type { NodeType } from "../graph/contract";
import type { Analysis } from "./analyse";
import { ABBREVIATIONS, ORG_SUFFIXES } from "./lexicon/organisations";
import { CITIES, PROVINCES } from "./lexicon/places";
import type { OrgMention } from "./mentions/orgs";
import type { TextRange } from "./types";

export interface Entity {
  id: string;
  type: NodeType;
  /** Forms in the matching view, longest first once built. */
  forms: string[];
  mentions: TextRange[];
  /** Whether some mention stands on its own (not inside another name). */
  standalone: boolean;
  titles: string[];
  date?: string;
  /** The form to label the entity with when not its longest (a tour the text names later). */
  preferred?: string;
}

const orgSuffixes = ORG_SUFFIXES.map(([s]) => s).sort((a, b) => b.length - a.length);
const suffixOf = (name: string) => orgSuffixes.find((s) => name.endsWith(s)) ?? "";
const groupSuffixes = new Set(ORG_SUFFIXES.filter(([, t]) => t === "group").map(([s]) => s));

const expanded = new Map<string, string>();

function expand(name: string): string {
  let out = expanded.get(name);
  if (out !== undefined) return out;
  out = name.replace("人民政府", "政府");
  for (const [short, full] of ABBREVIATIONS) if (out.endsWith(short)) out = out.slice(0, -short.length) + full;
  if (expanded.size > 50_000) expanded.clear();
  expanded.set(name, out);
  return out;
}

const LEVELS = ["省", "市", "县", "区", "州"];
const PLACE_NAMES = new Set([...PROVINCES, ...CITIES]);

/** Characters of `short` found in order in `long`: how many runs of skipped characters lie between. */
function subsequenceGaps(short: string, long: string): number | null {
  let j = 0;
  let gaps = 0;
  let skipping = false;
  for (let i = 0; i < long.length && j < short.length; i++) {
    if (long[i] === short[j]) {
      if (skipping && j > 0) gaps++;
      skipping = false;
      j++;
    } else skipping = true;
  }
  return j === short.length ? gaps : null;
}

/** Whether `short` is a short form of the body named `long`. */
export function isShortFormOf(short: string, long: string): boolean {
  if (short === long) return true;
  if (lettersOf(short, long)) return true;
  const s = expand(short);
  const l = expand(long);
  if (s === l) return true;
  if (s.length >= l.length) return false;
  const suffix = suffixOf(l);
  if (!suffix || !s.endsWith(suffix.slice(-1))) return false;
  // 河南省教育厅 ⊃ 省教育厅 ⊃ 教育厅; 双牌县委 ⊃ 县委. What is cut off is a place, not a parent body.
  if (l.endsWith(s) && s.length >= 2) {
    const cut = l.slice(0, l.length - s.length);
    // 国家统计局第二统计督察组 ⊃ 第二统计督察组: a team named with the body that sent it.
    if (groupSuffixes.has(suffix) && s.length > suffix.length + 1 && orgSuffixes.some((x) => cut.endsWith(x))) return true;
    // A bare suffix is no short form, except a level's own body (县委 for 双牌县委).
    if (orgSuffixes.some((x) => cut.endsWith(x)) || (s === suffix && !LEVELS.includes(s[0]))) return false;
    // What is cut off is a place (河南|省教育厅, 河南省|教育厅, 双牌|县委), not a name of its own (食物环境|卫生署).
    return LEVELS.includes(s[0]) || LEVELS.includes(cut[cut.length - 1]) || PLACE_NAMES.has(cut) || /^(国家|中央|中共)$/.test(cut);
  }
  // 省疫情防控指挥部 ⊂ 省新型…疫情防控指挥部: same level, same suffix, the middle contained.
  if (suffix.length >= 2 && s.endsWith(suffix) && LEVELS.includes(s[0]) && l.includes(s[0])) {
    const middle = s.slice(1, s.length - suffix.length);
    const lStart = l.indexOf(s[0]);
    return middle.length >= 2 && l.slice(lStart + 1, l.length - suffix.length).includes(middle);
  }
  // 省卫生健康委 for 省卫生健康委员会: the committee's name without 员会.
  if (l.endsWith("委员会") && s.endsWith("委") && isShortFormOf(s + "员会", long)) return true;
  // 校疫情防控工作领导小组 for 江淮工程大学疫情防控工作领导小组: 校 or 院 stands for the institution.
  if (/^[校院]/.test(s) && l.endsWith(s.slice(1)) && /(大学|学院|学校|医院)/.test(l.slice(0, l.length - s.length + 1)) && s.length >= 4) return true;
  return lettersOf(s, l);
}

/** 医管局 for 医院管理局, 三附院 for …第三附属医院, 发改委 for 国家发展改革委: letters in order, more than one cut. */
function lettersOf(s: string, l: string): boolean {
  if (s.length > 6 || s.length >= l.length || s[s.length - 1] !== l[l.length - 1] || l.startsWith(s)) return false;
  const gaps = subsequenceGaps(s, l);
  if (gaps !== null && (gaps >= 2 || (gaps === 1 && s[0] !== l[0]))) return true;
  // 县交通局 for 县交通运输局: a level, two or more words, and a short word left out before the suffix.
  if (gaps === 1 && LEVELS.includes(s[0])) {
    let k = 0;
    while (k < s.length && s[k] === l[k]) k++;
    return k >= 3 && l.length - s.length <= 3 && l.endsWith(s.slice(k));
  }
  return false;
}

export interface OrgIndex {
  entities: Entity[];
  /** The entity an org mention (top-level, nested or bracket alias) stands for. */
  entityOf(start: number, end: number): Entity | undefined;
  byForm(form: string): Entity | undefined;
  /** The institution whose own news this is, when it is named only inside its event's name (我校举办…; 某学校第八届技能节开幕式). */
  host?: Entity;
}

/** Whether a name has a place or level in front, or is a body of the whole country. */
const HAS_LEVEL = /^(省|市|县|区|州|镇|乡|国家|中央|国务院|全国|中共)|[省市县区州旗]/;
const INTERNAL_SUFFIXES = ["部", "处", "室", "科", "中心", "院", "学院", "委", "办", "团委", "工会"];

export function buildOrgIndex(a: Analysis, mainOrgHint: () => string | undefined): OrgIndex {
  // In Hong Kong a 处 is a department (消防处); on the mainland it is a division inside a body (人事处).
  const hongKong = /衞/.test(a.text) || /香港|本港|全港|港府|特区|区议会/.test(a.view);
  type Item = { m: OrgMention; standalone: boolean; form: string };
  const items: Item[] = [];
  for (const pm of a.byParagraph) {
    for (const m of pm.orgs) {
      items.push({ m, standalone: true, form: m.text });
      if (m.bracketAlias) {
        const b = m.bracketAlias;
        items.push({ m: { ...m, start: b.start, end: b.end, text: b.text }, standalone: true, form: b.text });
      }
    }
    for (const m of pm.nestedOrgs) items.push({ m, standalone: false, form: m.text });
  }
  const postStarts = new Set<number>();
  for (const pm of a.byParagraph) {
    for (const ph of pm.officials) for (const p of ph.posts) postStarts.add(p.start);
    for (const p of pm.loosePosts) postStarts.add(p.start);
  }
  const bracketPairs = new Map<string, string>();
  for (const pm of a.byParagraph) for (const m of pm.orgs) if (m.bracketAlias) bracketPairs.set(m.bracketAlias.text, m.text);

  const entities: Entity[] = [];
  const formOwner = new Map<string, Entity>();
  const typeOfForm = new Map<string, NodeType>();
  for (const it of items) if (!typeOfForm.has(it.form)) typeOfForm.set(it.form, it.m.type);

  const byLastChar = new Map<string, [string, Entity][]>();
  // Longest forms first, so a short form finds the full name it stands for.
  const forms = [...new Set(items.map((i) => i.form))].sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
  for (const form of forms) {
    const paired = bracketPairs.get(form);
    let owner = paired ? formOwner.get(paired) : undefined;
    if (!owner) {
      // A short form ends as its full name does (after abbreviations are spelled out).
      const last = expand(form).slice(-1);
      const candidates = new Set<Entity>();
      // A committee's short name (…委) may stand for its full name (…委员会).
      const buckets = last === "委" ? ["委", "会"] : [last];
      for (const bucket of buckets) for (const [f, e] of byLastChar.get(bucket) ?? []) if (!candidates.has(e) && isShortFormOf(form, f)) candidates.add(e);
      if (candidates.size === 1) owner = [...candidates][0];
      else if (candidates.size > 1) {
        // Several full names fit: the one whose extra words are a place (甘肃|省民政厅, not 近期|省民政厅),
        // else the one it ends (…盐城|市税务局, not …盐城市亭湖区税务局 by its letters).
        const placed = [...candidates].filter((e) => e.forms.some((f) => f.endsWith(form) && (PLACE_NAMES.has(f.slice(0, f.length - form.length)) || LEVELS.includes(f[f.length - form.length - 1] ?? ""))));
        const ending = [...candidates].filter((e) => e.forms.some((f) => f.endsWith(form)));
        if (placed.length === 1) owner = placed[0];
        else if (ending.length === 1) owner = ending[0];
      }
    }
    if (!owner) {
      owner = { id: "", type: typeOfForm.get(form)!, forms: [], mentions: [], standalone: false, titles: [] };
      entities.push(owner);
    }
    owner.forms.push(form);
    formOwner.set(form, owner);
    const last = expand(form).slice(-1);
    if (!byLastChar.has(last)) byLastChar.set(last, []);
    byLastChar.get(last)!.push([form, owner]);
  }
  const byRange = new Map<string, Entity>();
  for (const it of items) {
    const e = formOwner.get(it.form)!;
    e.standalone ||= it.standalone;
    if (it.standalone) e.mentions.push({ start: it.m.start, end: it.m.end });
    byRange.set(`${it.m.start}:${it.m.end}`, e);
  }

  // 我校举办: a school named only inside the name of its own event, in the opening, is the
  // body 我校 and 学校 stand for; it is named in its own right through them.
  let host: Entity | undefined;
  const opening = a.byParagraph.filter((pm) => pm.paragraph.kind !== "meta").slice(0, 2);
  const selfReference = (kinds: RegExp) => a.byParagraph.some((pm) => pm.references.some((r) => r.kind === "org" && kinds.test(r.text)));
  for (const pm of opening) {
    for (const m of pm.nestedOrgs) {
      const e = formOwner.get(m.text);
      if (!e || e.standalone || host) continue;
      const inMeeting = pm.meetings.some((mt) => !mt.referred && m.start >= mt.start && m.end <= mt.end);
      const kinds = e.type === "hospital" ? /^(我院|本院|全院|医院)$/ : e.type === "school" || e.type === "university" ? /^(我校|本校|全校|学校)$/ : null;
      if (inMeeting && kinds && selfReference(kinds)) {
        e.standalone = true;
        e.mentions.push({ start: m.start, end: m.end });
        host = e;
      }
    }
  }

  // The author's own internal units (人事处, 学生工作部) are not bodies of the story.
  const mainForm = mainOrgHint();
  const main = mainForm ? formOwner.get(mainForm) : undefined;
  const authorIsInstitution = main && (main.type === "university" || main.type === "hospital" || main.type === "school");
  // 县委副书记X: a level's party committee written only in front of a post is part of the post word.
  const postPrefixOnly = new Set<Entity>();
  for (const e of entities) {
    if (!/^[省市县区州]委$/.test(e.forms[0]) || e.forms.length > 1) continue;
    const standalone = items.filter((it) => it.standalone && formOwner.get(it.form) === e);
    if (standalone.length && standalone.every((it) => postStarts.has(it.m.end))) postPrefixOnly.add(e);
  }
  const kept = entities.filter((e) => {
    if (!e.standalone || postPrefixOnly.has(e)) return false;
    if (!hongKong && e.type === "agency" && /处$/.test(e.forms[0]) && !HAS_LEVEL.test(e.forms[0])) return false;
    if (authorIsInstitution && e !== main && e.type === "agency") {
      const longest = e.forms[0];
      if (!HAS_LEVEL.test(longest) && INTERNAL_SUFFIXES.some((s) => longest.endsWith(s))) return false;
    }
    return true;
  });
  const keptSet = new Set(kept);
  return {
    entities: kept,
    host,
    entityOf: (start, end) => {
      const e = byRange.get(`${start}:${end}`);
      return e && keptSet.has(e) ? e : undefined;
    },
    byForm: (form) => {
      const e = formOwner.get(form);
      return e && keptSet.has(e) ? e : undefined;
    },
  };
}
