// Stage 3b: people as phrases. A phrase is a post chain and a name in either
// order (省委常委、宣传部长、省委高校工委书记江凌 / 郑邦山厅长), with the
// body written before a post (省教育厅副厅长) and an honorific after the name
// (同志, 教授). A post before a list of names is shared (副局长陈伟明、邓璎).
import { HONORIFICS, LEADER_HEADS } from "../lexicon/posts";
import type { OrgMention } from "./orgs";
import { startsBoundary } from "../scan";
import { findPosts, nameAt, nameBefore, type NameMention, type PostMention } from "./people";

export interface HeldPost {
  /** The post as written, in the view (副厅长, 厅党组书记). */
  text: string;
  head: string;
  start: number;
  end: number;
  /** The body written right before the post, if any. */
  org?: OrgMention;
}

export interface OfficialPhrase {
  /** The whole phrase: body, posts, name, honorific. */
  start: number;
  end: number;
  name: NameMention;
  posts: HeldPost[];
}

const honorifics = [...HONORIFICS].sort((a, b) => b.length - a.length);
const ACADEMIC_RANKS = /^(副)?(教授|研究员)$/;
/** 为组长, 任副队长, 为成员: a team role given to the name before it. */
const ROLE_GIVEN = new RegExp(`(?:为|任|担任|兼任)(?:副|常务副)?(?:${[...LEADER_HEADS, "成员", "组员", "队员"].join("|")})`, "g");

/** Between two posts of one chain. */
const CHAIN_JOIN = /^[、]$/;

function honorificEnd(view: string, end: number): number {
  const h = honorifics.find((w) => view.startsWith(w, end));
  return h ? end + h.length : end;
}

/** Role words that introduce a person without being a post of theirs (医疗队代表X). */
const ROLE_ANCHORS = ["代表", "队员", "成员", "负责人", "专家", "志愿者", "骨干"];
/** A roster: every name in the list after it is a member. */
const ROSTER_MARKERS = /(名单|队员|成员|人员|分别是|包括|有)[:为是]?$/;

/** No boundary word (verb, function word) inside view[start, end). */
function leftEdgeOk(view: string, start: number, end: number): boolean {
  for (let j = start; j < end; j++) if (startsBoundary(view, j, end)) return false;
  return true;
}

export interface PeopleInParagraph {
  phrases: OfficialPhrase[];
  /** Posts with no person (其他厅领导为副组长): kept for leads/member_of. */
  loosePosts: PostMention[];
}

export function findPeople(
  view: string,
  from: number,
  to: number,
  orgs: OrgMention[],
  blocked: (i: number) => boolean,
): PeopleInParagraph {
  // A post follows its body directly, or the body's short form in brackets: 医院管理局(医管局)行政总裁.
  const orgEndingAt = new Map(orgs.flatMap((o) => (o.bracketAlias ? [[o.end, o], [o.bracketAlias.outerEnd, o]] : [[o.end, o]]) as [number, OrgMention][]));
  // A post word that starts inside a body's name (县政府办公室|主任, 办公室主任) starts after it.
  // 消防局长, 公安局长: the body's last character is the post's first (局 + 局长), one word for both.
  const fusedWith = new Map<PostMention, OrgMention>();
  const posts = findPosts(view, from, to, blocked).flatMap((p) => {
    const org = orgs.find((o) => p.start > o.start && p.start < o.end && p.end > o.end);
    // 浙江大学教授X: an academic rank is a post only right after its institution; after a name it is a form of address.
    if (!org) return ACADEMIC_RANKS.test(p.text) && !orgEndingAt.has(p.start) ? [] : [p];
    const text = view.slice(org.end, p.end);
    if (text.length >= 2) return [{ ...p, start: org.end, text }];
    if (p.start === org.end - 1 && p.head.length === 2 && p.head[0] === view[p.start] && org.text.length <= 4) {
      const fused = { ...p, text: view.slice(org.start, p.end) };
      fusedWith.set(fused, org);
      return [fused];
    }
    return [];
  });
  const taken = new Set<number>();
  const isTaken = (i: number) => blocked(i) || taken.has(i);
  const claim = (s: number, e: number) => {
    for (let i = s; i < e; i++) taken.add(i);
  };
  for (const p of posts) claim(p.start, p.end);
  for (const o of orgs) claim(o.start, o.end);

  const phrases: OfficialPhrase[] = [];
  const used = new Set<PostMention>();
  // 市人社局职业能力建设科科长X: a post at a section of a body is held at the body.
  const sectionOf = (p: PostMention): OrgMention | undefined => {
    if (!/^(副)?(科长|处长|股长|主任)$/.test(p.text)) return undefined;
    for (let k = p.start - 2; k >= Math.max(from, p.start - 12); k--) {
      const o = orgEndingAt.get(k);
      if (!o) continue;
      const unit = view.slice(k, p.start);
      return /^[\u4e00-\u9fff]{1,10}[科处室股]$/.test(unit) && !/[的在是为了对向把被将]/.test(unit) ? o : undefined;
    }
    return undefined;
  };
  const bodyOf = (p: PostMention) => fusedWith.get(p) ?? orgEndingAt.get(p.start) ?? sectionOf(p);
  const held = (p: PostMention): HeldPost => {
    const org = bodyOf(p);
    return { text: p.text, head: p.head, start: p.start, end: p.end, ...(org ? { org } : {}) };
  };
  const phraseStart = (p: PostMention) => bodyOf(p)?.start ?? p.start;
  /**
   * 旅游事务专员: words before a post that name its field belong to the post
   * when they run back to a list separator or the start of a clause.
   */
  const widen = (p: PostMention): PostMention => {
    if (bodyOf(p)) return p;
    let i = p.start;
    while (i > from && p.start - i < 6 && /[\u4e00-\u9fff]/.test(view[i - 1]) && !isTaken(i - 1)) i--;
    if (i === p.start || !(i === from || /[、,;:。(“]/.test(view[i - 1]))) return p;
    if (leftEdgeOk(view, i, p.start)) return { ...p, start: i, text: view.slice(i, p.end) };
    return p;
  };

  /** 以X为组长, 兼任办公室主任: a role given in the sentence, not a title in a chain. */
  const isRole = (p: PostMention) => /(为|任|兼任|担任)$/.test(view.slice(Math.max(from, p.start - 2), p.start));
  for (let k = 0; k < posts.length; k++) {
    const post = posts[k];
    if (used.has(post) || isRole(post)) continue;
    // Post before the name, maybe at the end of a chain of posts.
    const chain = [post];
    let last = post;
    for (let j = k + 1; j < posts.length; j++) {
      const next = posts[j];
      const gapStart = last.end;
      const gapEnd = phraseStart(next);
      const gap = view.slice(gapStart, gapEnd);
      // 组长,党委书记X joins over a comma; 郑邦山厅长,局长X does not (the first post has its person).
      const commaJoin = gap === "," && !nameAt(view, last.end, to, () => false) && !nameBefore(view, phraseStart(last), from, () => false);
      if (!CHAIN_JOIN.test(gap) && !commaJoin) break;
      if (isRole(next)) break;
      if (nameAt(view, last.end, to, isTaken)) break;
      chain.push(next);
      last = next;
    }
    // 常任秘书长(卫生)曾慧敏: a qualifier in brackets between the post and the name.
    const qualifier = /^\([\u4e00-\u9fff]{1,6}\)/.exec(view.slice(last.end, last.end + 8));
    const name = nameAt(view, last.end, to, isTaken) ?? (qualifier ? nameAt(view, last.end + qualifier[0].length, to, isTaken) : null);
    if (name) {
      chain.forEach((p) => used.add(p));
      chain[0] = widen(chain[0]);
      claim(name.start, name.end);
      const phrase: OfficialPhrase = {
        start: phraseStart(chain[0]),
        end: honorificEnd(view, name.end),
        name,
        posts: chain.map(held),
      };
      phrases.push(phrase);
      // A list of names after one post shares it: 副局长陈伟明、邓璎.
      let at = name.end;
      while (view[at] === "、" || view[at] === "和" || view[at] === "及") {
        const other = nameAt(view, at + 1, to, isTaken);
        if (!other || posts.some((p) => p.start === other.end)) break;
        claim(other.start, other.end);
        phrases.push({ start: other.start, end: honorificEnd(view, other.end), name: other, posts: [held(last)] });
        at = other.end;
      }
      continue;
    }
    // Name before the post: 郑邦山厅长, 陈垠亭副厅长.
    const before = nameBefore(view, post.start, from, isTaken);
    if (before && !bodyOf(post)) {
      used.add(post);
      claim(before.start, before.end);
      phrases.push({ start: before.start, end: honorificEnd(view, post.end), name: before, posts: [held(post)] });
    }
  }

  // Names introduced by an honorific (陈肇始教授) or a role (医疗队代表张亚枝).
  const part = view.slice(from, to);
  const occurrences = (word: string) => {
    const at: number[] = [];
    for (let k = part.indexOf(word); k >= 0; k = part.indexOf(word, k + 1)) at.push(from + k);
    return at;
  };
  for (const h of honorifics) {
    for (const i of occurrences(h)) {
      const name = nameBefore(view, i, from, isTaken);
      if (!name) continue;
      claim(name.start, name.end);
      phrases.push({ start: name.start, end: i + h.length, name, posts: [] });
    }
  }
  for (const role of ROLE_ANCHORS) {
    for (const i of occurrences(role)) {
      const name = nameAt(view, i + role.length, to, isTaken);
      if (!name) continue;
      claim(name.start, name.end);
      phrases.push({ start: name.start, end: honorificEnd(view, name.end), name, posts: [] });
    }
  }
  // 以X为组长, X、Y为副组长, X任队长: a name right before the role given to it.
  for (const m of part.matchAll(ROLE_GIVEN)) {
    let end = from + m.index!;
    for (let name = nameBefore(view, end, from, isTaken); name; ) {
      claim(name.start, name.end);
      phrases.push({ start: name.start, end: name.end, name, posts: [] });
      if (!/[、和及]/.test(view[name.start - 1] ?? "")) break;
      end = name.start - 1;
      name = nameBefore(view, end, from, isTaken);
    }
  }
  // Rosters: 队员名单:重症医学科张亚枝、申成芳,急诊科李瑞云和耿德胜.
  for (let i = from; i < to; i++) {
    // 队员名单:X、Y / 队员包括X、Y: every name in the list that follows.
    const ch = view[i];
    if (ch !== ":" && ch !== "括" && ch !== "有" && ch !== "为" && ch !== "是") continue;
    const listed = ch === ":" ? ROSTER_MARKERS.test(view.slice(Math.max(from, i - 4), i + 1)) : /(队员|成员|组员)(包括|有|为|是)$/.test(view.slice(Math.max(from, i - 3), i + 1));
    if (!listed) continue;
    const stop = view.slice(i, to).search(/[。;]/);
    const end = stop < 0 ? to : i + stop;
    for (let j = i + 1; j < end; j++) {
      if (!/[:、,和及科室部组括有为是]/.test(view[j - 1])) continue;
      const name = nameAt(view, j, end, isTaken);
      if (!name || !/^([、,和及。;等]|$)/.test(view.slice(name.end, name.end + 1))) continue;
      claim(name.start, name.end);
      phrases.push({ start: name.start, end: name.end, name, posts: [] });
      j = name.end - 1;
    }
  }
  phrases.sort((a, b) => a.start - b.start);
  return { phrases, loosePosts: posts.filter((p) => !used.has(p)) };
}
