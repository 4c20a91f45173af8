// What one article's generator knows while it writes: the world, the
// province and main body it reports on, its cast of officials, the date of the
// paragraph being written, and which names it has already written in full.
import type { Rng } from "./random";
import type { EntityRef, TextWriter } from "./writer";
import type { Official, Org, Place, Province, World } from "./world";
import { officialsAt } from "./world";

export interface ArticleContext {
  rng: Rng;
  world: World;
  province: Province;
  articleId: string;
  year: number;
  /** The body the article is about (issues undated-subject notices). */
  main: Org;
  topic: string;
  /** Officials, closest to the main body first (a Zipf pick favours them). */
  cast: Official[];
  /** The date of the paragraph being written, ISO. */
  date: string;
  /** Keys of entities already written in full. */
  named: Set<string>;
  meetings: number;
}

export function castFor(province: Province, main: Org, rng: Rng): Official[] {
  const own = officialsAt(province, [main]);
  const rest = province.officials.filter((o) => o.post.org.key !== main.key);
  // Keep the province order (its own Zipf ranking) but bring a few forward at
  // random, so each article's cast differs a little.
  const forward = rng.sample(rest, 3);
  return [...own, ...forward, ...rest.filter((o) => !forward.includes(o))];
}

export const orgRef = (org: Org): EntityRef => ({ key: org.key, type: org.type, label: org.name });
export const officialRef = (o: Official): EntityRef => ({ key: o.key, type: "official", label: o.name });
export const placeRef = (p: Place): EntityRef => ({ key: p.key, type: "place", label: p.name });

export function meetingRef(ctx: ArticleContext, name: string): EntityRef {
  ctx.meetings += 1;
  return { key: `meeting:${ctx.articleId}#${ctx.meetings}`, type: "meeting", label: name, date: ctx.date };
}

/** Writes an organisation: in full the first time, then often a short form. */
export function writeOrg(w: TextWriter, ctx: ArticleContext, org: Org): EntityRef {
  const ref = orgRef(org);
  const full = !ctx.named.has(org.key) || org.short.length === 0 || ctx.rng.chance(0.3);
  ctx.named.add(org.key);
  w.name(ref, full ? org.name : ctx.rng.pick(org.short));
  return ref;
}

/** The short form of a body as it opens a compound name (省政府常务会议). */
export function orgPrefix(ctx: ArticleContext, org: Org): string {
  return org.short.length ? ctx.rng.pick(org.short) : org.name;
}

export type OfficialStyle = "before" | "after" | "body" | "chain" | "bare";

/** Writes an official with a post in one of the genre's forms: 副省长X,
 *  X厅长, 省教育厅副厅长X, 省委常委、副省长X; a body named before the post
 *  states holds_post. */
export function writeOfficial(w: TextWriter, ctx: ArticleContext, o: Official, style?: OfficialStyle): EntityRef {
  const ref = officialRef(o);
  const { org, title, chain } = o.post;
  const seen = ctx.named.has(o.key);
  ctx.named.add(o.key);
  let s: OfficialStyle =
    style ?? (seen ? ctx.rng.pick<OfficialStyle>(["after", "after", "bare", "before"]) : ctx.rng.pick<OfficialStyle>(["before", "after", "body", "body", "chain"]));
  // A party secretary, a school head or a hospital post reads wrong without its body.
  if ((title === "书记" || org.type !== "agency") && s !== "bare" && s !== "after") s = "body";
  if (s === "chain" && !chain) s = "body";

  const start = w.pos;
  switch (s) {
    case "bare":
      w.name(ref, o.name);
      break;
    case "before":
      w.put(title);
      w.name(ref, o.name, title);
      break;
    case "after":
      w.name(ref, o.name, title);
      w.put(title);
      break;
    case "chain":
      w.put(`${chain}、${title}`);
      w.name(ref, o.name, `${chain}、${title}`);
      break;
    case "body": {
      const body = writeOrg(w, ctx, org);
      const post = chain && ctx.rng.chance(0.5) ? `${chain}、${title}` : title;
      w.put(post);
      w.name(ref, o.name, post);
      w.relate(ref, "holds_post", body, start, { title: post });
      break;
    }
  }
  return ref;
}

/** Writes a list joined by 、 and a last 和 (A、B和C), each item by `write`. */
export function writeList<T>(w: TextWriter, items: readonly T[], write: (item: T, itemStart: number) => void): void {
  items.forEach((item, i) => {
    if (i > 0) w.put(i === items.length - 1 ? "和" : "、");
    write(item, w.pos);
  });
}

/** Replaces {topic}, {main}, {n} in a lexicon phrase; {main} writes a mention. */
export function writePhrase(w: TextWriter, ctx: ArticleContext, phrase: string): void {
  const parts = phrase.split(/(\{main\})/);
  for (const part of parts) {
    if (part === "{main}") writeOrg(w, ctx, ctx.main);
    else w.put(part.replaceAll("{topic}", ctx.topic).replaceAll("{n}", String(ctx.rng.int(3, 10))));
  }
}
