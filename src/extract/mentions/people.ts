// Posts and the people who hold them: a name is found next to a post (副省长X,
// X厅长), after a role (代表X), in a list with another name (X、Y), or again
// anywhere once known. Post chains (省委常委、副省长X; 组长,党委书记X) end
// in one person, and a post before a list of names is shared (副局长X、Y).
import { COMPOUND_SURNAMES, NOT_NAMES, SINGLE_SURNAMES } from "../lexicon/surnames";
import { FUSED_POSTS, HONORIFICS, POST_HEADS, POST_PREFIXES } from "../lexicon/posts";
import { NAME_FOLLOWERS } from "../lexicon/words";
import { isHan } from "../scan";

export interface PostMention {
  start: number;
  end: number;
  /** The post as written in the view (副厅长, 厅党组书记, 省委常委). */
  text: string;
  /** The head word (厅长, 书记). */
  head: string;
}

export interface NameMention {
  start: number;
  end: number;
  text: string;
}

const singleSurnames = new Set(SINGLE_SURNAMES);
const notNames = new Set(NOT_NAMES);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(esc).join("|");

const POST_RE = new RegExp(
  `(?:${alt(Object.keys(FUSED_POSTS))})|(?:[厅局院校委部办]?(?=党组|党委))?(?:${alt(POST_PREFIXES)})*(?:${alt(POST_HEADS)})`,
  "g",
);

/** A post word is not a post when it is part of another word (常委会, 委员会, 书记处). */
const NOT_AFTER_POST = /^(会|员会|处|室|办|团体|班子)/;

export function findPosts(view: string, from: number, to: number, blocked: (i: number) => boolean): PostMention[] {
  const out: PostMention[] = [];
  // Matched within the paragraph only: a search over the whole view ran to the next post, often the end of the article.
  const part = view.slice(from, to);
  POST_RE.lastIndex = 0;
  for (let m = POST_RE.exec(part); m; m = POST_RE.exec(part)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (blocked(start) || blocked(end - 1)) continue;
    if (NOT_AFTER_POST.test(view.slice(end, end + 3))) continue;
    let text = m[0];
    let from0 = start;
    // 厅党组书记 takes the body's one-character name only when it stands alone (, 厅党组书记);
    // in 市教体局党组书记 or 本院党委书记 that character ends the body's name.
    if (/^[厅局院校委部办](党组|党委)/.test(text) && isHan(view[start - 1])) {
      text = text.slice(1);
      from0 = start + 1;
    }
    const head = POST_HEADS.filter((h) => text.endsWith(h)).sort((a, b) => b.length - a.length)[0] ?? text;
    out.push({ start: from0, end, text, head });
  }
  return out;
}

const followers = [...NAME_FOLLOWERS, ...POST_HEADS, ...HONORIFICS].sort((a, b) => b.length - a.length);
/** Characters that rarely end a given name: they start the next word instead. */
const NOT_GIVEN_NAME_END = new Set("在到和与及等是为了的就对向从被把将已也又都还并于率代说称主召参出陪一先深来赴前表指强要讲致发带宣作做汇传通介随明今昨当分亲首检调察看慰视考督听兼任担答接了详实逐立现坚希勉叮感肯充省市县区局厅委部处院校长记同志会上下中后前时");
const NOT_IN_GIVEN_NAME = new Set("省市县区局厅委部处署司所站队组会办府院校长记的了在和与及等是为到、,;:。!?()“”《》「」 \n");

function isNameStart(view: string, i: number): number {
  if (COMPOUND_SURNAMES.some((s) => view.startsWith(s, i))) return 2;
  return singleSurnames.has(view[i]) ? 1 : 0;
}

function followsName(view: string, i: number): boolean {
  const ch = view[i];
  if (ch === undefined || !isHan(ch)) return true;
  return followers.some((f) => view.startsWith(f, i));
}

/** Words that are never a given name (有关负责同志 has no 关负责 in it). */
const COMMON_GIVEN = /^(负责|领导|同志|干部|部门|工作|主任|书记|委员|人员|代表|群众|职工|同学|老师|学生|医生|护士|单位|方面|情况|问题|措施|要求|部署|安排|重点|一线|全体|有关|相关|主要)/;

function validName(text: string, surnameLength: number): boolean {
  if (notNames.has(text) || notNames.has(text.slice(0, 2))) return false;
  if (COMMON_GIVEN.test(text.slice(surnameLength))) return false;
  for (const ch of text.slice(surnameLength)) if (NOT_IN_GIVEN_NAME.has(ch) || !isHan(ch)) return false;
  return true;
}

/** A name starting at `i` (surname first), its length chosen by what follows. */
export function nameAt(view: string, i: number, limit: number, blocked: (i: number) => boolean): NameMention | null {
  const surname = isNameStart(view, i);
  if (!surname || blocked(i)) return null;
  const lengths = [surname + 2, surname + 1];
  const fits = lengths.filter((len) => {
    if (i + len > limit) return false;
    for (let k = i; k < i + len; k++) if (blocked(k)) return false;
    return validName(view.slice(i, i + len), surname);
  });
  if (!fits.length) return null;
  const good = fits.filter((len) => followsName(view, i + len));
  let len: number;
  if (good.length === 1) len = good[0];
  else if (good.length === 2) len = NOT_GIVEN_NAME_END.has(view[i + surname + 1]) ? good[1] : good[0];
  else len = fits.length === 2 && !NOT_GIVEN_NAME_END.has(view[i + surname + 1]) ? fits[0] : fits[fits.length - 1];
  return { start: i, end: i + len, text: view.slice(i, i + len) };
}

const LEFT_OF_NAME = /[\s,、;:。!?()“”「」《》]|^$/;
const LEFT_WORDS = ["由", "和", "与", "及", "以及", "同", "是", "为", "以", "让", "请", "对", "向", "经", "从", "贯彻", "传达", "陪同", "还有", "有", "时", "后", "前", "日", "午", "晚", "上", "里", "中", "但", "并", "也", "又", "另", "称", "说"];

/** A name that ends at `end` and starts right after a boundary (尹弘|省长). */
export function nameBefore(view: string, end: number, floor: number, blocked: (i: number) => boolean): NameMention | null {
  for (const len of [3, 2, 4]) {
    const start = end - len;
    if (start < floor) continue;
    const surname = isNameStart(view, start);
    if (!surname || len - surname < 1 || len - surname > 2) continue;
    let free = true;
    for (let k = start; k < end; k++) if (blocked(k)) free = false;
    if (!free || !validName(view.slice(start, end), surname)) continue;
    const before = view.slice(Math.max(floor, start - 2), start);
    const leftOk = start === floor || LEFT_OF_NAME.test(view[start - 1]) || LEFT_WORDS.some((w) => before.endsWith(w));
    if (leftOk) return { start, end, text: view.slice(start, end) };
  }
  return null;
}
