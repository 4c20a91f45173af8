// One synthetic article: a headline about a body, an opening, a dated
// paragraph per day of events, a closing and sometimes credits; 500 to 4,000
// characters, Simplified or Traditional, with its planted extraction.
import type { ExtractedEntity, ExtractedRelation } from "../../src/extract/types";
import type { ArticleContext } from "./context";
import { castFor, writeOfficial, writeOrg, writePhrase } from "./context";
import { pickEvent, requirement } from "./events";
import { BACKGROUND, COMMENTARY, GIVEN_CHARS, SURNAMES, TOPICS } from "./lexicon";
import { mixSeed, Rng } from "./random";
import { toScript, type Script } from "./script";
import { TextWriter } from "./writer";
import type { World } from "./world";

export const MIN_CHARS = 500;
export const MAX_CHARS = 4000;

export interface SynthArticle {
  id: string;
  title: string;
  year: number;
  script: Script;
  /** The GB/T 2260 code of the jurisdiction of the body it is about (its province for a hospital or university). */
  region: string;
  /** The article text (what every planted offset indexes). */
  text: string;
  planted: { entities: ExtractedEntity[]; relations: ExtractedRelation[] };
}

export function articleId(index: number): string {
  return `synth-${String(index + 1).padStart(5, "0")}`;
}

const pad = (n: number) => String(n).padStart(2, "0");

function isoDate(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** 1月21日 for an ISO date (the genre writes no leading zeros). */
function writtenDate(iso: string): string {
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

function addDays(iso: string, days: number): string {
  return isoDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)) + days);
}

/** Mostly long articles, as the seed (~3,300 characters) is, and some short
 *  items, as short news items are. */
function targetLength(rng: Rng): number {
  if (rng.chance(0.1)) return rng.int(MIN_CHARS, 1500);
  let u = 0;
  for (let i = 0; i < 8; i++) u = Math.max(u, rng.float());
  return Math.round(MIN_CHARS + (MAX_CHARS - MIN_CHARS) * u);
}

function headline(w: TextWriter, ctx: ArticleContext): void {
  const r = ctx.rng.float();
  if (r < 0.25) {
    writeOfficial(w, ctx, ctx.cast[0], "after");
    w.put(`部署${ctx.topic}工作 `);
    writeOrg(w, ctx, ctx.main);
    w.put("迅速行动");
    return;
  }
  writeOrg(w, ctx, ctx.main);
  w.put(
    ctx.rng.pick([`全力做好${ctx.topic}工作`, `多措并举推进${ctx.topic}`, `扎实开展${ctx.topic}工作`, `召开${ctx.topic}工作会议`, `全面部署${ctx.topic}工作`]),
  );
}

/** A dated paragraph: 1月21日, then one to three events joined by ;, and
 *  some comment, as the genre's paragraphs mix events with exhortation. */
function datedParagraph(ctx: ArticleContext): TextWriter {
  const w = new TextWriter();
  w.put(`${writtenDate(ctx.date)}${ctx.rng.pick(["", "", "", "上午", "下午"])},`);
  const events = ctx.rng.int(1, 3);
  for (let i = 0; i < events; i++) {
    if (i > 0) w.put(";");
    pickEvent(ctx)(w, ctx);
    if (ctx.rng.chance(0.25)) requirement(w, ctx);
  }
  w.put("。");
  for (const sentence of ctx.rng.sample(COMMENTARY, ctx.rng.int(0, 3))) w.put(sentence);
  if (ctx.rng.chance(0.25)) {
    w.put(ctx.rng.pick(["当日,", "会后,", "随后,"]));
    pickEvent(ctx)(w, ctx);
    w.put("。");
  }
  return w;
}

function background(ctx: ArticleContext, sentences: number): TextWriter {
  const w = new TextWriter();
  for (const phrase of ctx.rng.sample(BACKGROUND, sentences)) writePhrase(w, ctx, phrase);
  return w;
}

/** Credits name people who are not entities (记者, 编辑): made-up names. */
function credits(rng: Rng): string {
  const name = () => rng.pick(SURNAMES) + rng.pick(GIVEN_CHARS) + (rng.chance(0.6) ? rng.pick(GIVEN_CHARS) : "");
  return rng.pick([`编辑:${name()}`, `(记者 ${name()})`, `供稿:${name()} 审核:${name()}`, `来源:本网`]);
}

export function makeArticle(world: World, seed: number, index: number): SynthArticle {
  const rng = new Rng(mixSeed(seed, index + 1));
  const id = articleId(index);
  const province = rng.zipf(world.provinces, 0.8);
  const main = rng.zipf(province.publishers, 1);
  const year = rng.zipf([2020, 2021, 2022, 2023], 1);
  const startDate = isoDate(year, rng.int(1, 11), rng.int(1, 28));
  const ctx: ArticleContext = {
    rng,
    world,
    province,
    articleId: id,
    year,
    main,
    topic: rng.zipf(TOPICS, 0.9),
    cast: castFor(province, main, rng),
    date: startDate,
    named: new Set(),
    meetings: 0,
  };
  const limit = targetLength(rng);
  const fullWidth = rng.chance(0.3);

  const article = new TextWriter();
  const head = new TextWriter();
  headline(head, ctx);
  const title = head.text;
  article.append(head);
  if (rng.chance(0.4)) {
    article.put(`\n\n(${year}年${writtenDate(addDays(startDate, rng.int(3, 12)))} 来源:`);
    article.name({ key: main.key, type: main.type, label: main.name }, main.name);
    article.put(")");
  }
  article.put("\n\n");
  article.append(background(ctx, rng.int(1, 3)));

  const closing = background(ctx, 1);
  for (let tries = 0; tries < 40; tries++) {
    const named = new Set(ctx.named);
    const p = datedParagraph(ctx);
    if (article.pos + 2 + p.pos + 2 + closing.pos > limit) {
      ctx.named = named; // the paragraph is dropped: so are the names it wrote
      break;
    }
    article.put("\n\n");
    article.append(p);
    ctx.date = addDays(ctx.date, rng.int(1, 3));
  }
  while (article.pos + 2 + closing.pos < MIN_CHARS) {
    article.put("\n\n");
    article.append(background(ctx, 2));
  }
  article.put("\n\n");
  article.append(closing);
  const credit = credits(rng);
  if (rng.chance(0.5) && article.pos + 2 + credit.length <= limit) article.put(`\n\n${credit}`);

  // Full-width punctuation in some articles; same length, so offsets hold.
  const simplified = fullWidth ? article.text.replace(/[,;:()]/g, (c) => FULL_WIDTH[c]) : article.text;
  const script: Script = index % 2 === 0 ? "zh-Hans" : rng.chance(0.6) ? "zh-Hant-TW" : "zh-Hant-HK";
  const cuts = [...new Set(article.mentions.flatMap((m) => [m.start, m.end]))].sort((a, b) => a - b);
  const text = toScript(simplified, script, cuts);
  const planted = article.toExtraction(
    (r) => text.slice(r.start, r.end),
    (s) => toScript(s, script),
  );
  const region = main.region ?? province.place.code!;
  return { id, title: toScript(title, script), year, script, region, text, planted };
}

const FULL_WIDTH: Record<string, string> = { ",": "，", ";": "；", ":": "：", "(": "（", ")": "）" };
