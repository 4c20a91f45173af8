// Dates: absolute (2020年1月21日, 1月21日, 一月二十三日, 2020-01-21) and
// relative (今日, 昨日下午, 次日, 当天) mentions, the article's anchor date
// and year, and which day each position of a paragraph is about.
import type { Paragraph } from "./document";

export interface DateMention {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  /** Relative to the anchor (今日 0, 昨日 -1, 明日 1) or to the date in force (次日 1, 当日 0). */
  relative?: { to: "anchor" | "current"; days: number };
  /** The end of a range (…至次日上午): it does not move the date in force. */
  rangeEnd: boolean;
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二十三 → 23, 十 → 10, 二〇二〇 → 2020, 23 → 23. */
export function chineseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s.includes("十")) return Number([...s].map((c) => CN_DIGITS[c] ?? 0).join(""));
  const [tens, ones] = s.split("十");
  return (tens ? CN_DIGITS[tens] ?? 0 : 1) * 10 + (ones ? CN_DIGITS[ones] ?? 0 : 0);
}

const NUM = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})";
const YEAR = "(?:((?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})年)";
const ABSOLUTE = new RegExp(`${YEAR}?(${NUM})月(${NUM})[日号]|((?:19|20)\\d{2})[-./](\\d{1,2})[-./](\\d{1,2})`, "g");
/**
 * A day of the month alone (25日上午, 12月26日电 25日,): read only where a
 * clause opens and a time of day or a comma follows, so 3日内 and 连续7日 are
 * not dates. Its month is the date in force (or the anchor's).
 */
const DAY_ONLY = new RegExp(`(?<=^|[\\s,，。;；:：、(（]|电|讯)(${NUM})[日号](?=上午|下午|晚上|晚间|晚|早上|早|凌晨|中午|傍晚|夜间|[,，])`, "g");
const RELATIVE: Record<string, { to: "anchor" | "current"; days: number }> = {
  今日: { to: "anchor", days: 0 }, 今天: { to: "anchor", days: 0 }, 今早: { to: "anchor", days: 0 },
  今晨: { to: "anchor", days: 0 }, 今晚: { to: "anchor", days: 0 }, 今天上午: { to: "anchor", days: 0 },
  昨日: { to: "anchor", days: -1 }, 昨天: { to: "anchor", days: -1 }, 昨晚: { to: "anchor", days: -1 },
  前日: { to: "anchor", days: -2 }, 前天: { to: "anchor", days: -2 }, 明日: { to: "anchor", days: 1 },
  明天: { to: "anchor", days: 1 }, 次日: { to: "current", days: 1 }, 翌日: { to: "current", days: 1 },
  第二天: { to: "current", days: 1 }, 当日: { to: "current", days: 0 }, 当天: { to: "current", days: 0 },
  同日: { to: "current", days: 0 }, 当晚: { to: "current", days: 0 }, 即日: { to: "current", days: 0 },
};
const RELATIVE_RE = new RegExp(Object.keys(RELATIVE).sort((a, b) => b.length - a.length).join("|"), "g");

export function findDateMentions(view: string, from = 0, to = view.length): DateMention[] {
  const part = view.slice(from, to);
  const out: DateMention[] = [];
  for (const m of part.matchAll(ABSOLUTE)) {
    const start = from + m.index!;
    const mention: DateMention = { start, end: start + m[0].length, rangeEnd: false };
    if (m[4]) Object.assign(mention, { year: Number(m[4]), month: Number(m[5]), day: Number(m[6]) });
    else Object.assign(mention, { year: m[1] ? chineseNumber(m[1]) : undefined, month: chineseNumber(m[2]), day: chineseNumber(m[3]) });
    if (mention.month! < 1 || mention.month! > 12 || mention.day! < 1 || mention.day! > 31) continue;
    out.push(mention);
  }
  for (const m of part.matchAll(DAY_ONLY)) {
    const start = from + m.index!;
    const day = chineseNumber(m[1]);
    if (day < 1 || day > 31 || out.some((d) => d.start < start + m[0].length && start < d.end)) continue;
    out.push({ start, end: start + m[0].length, day, rangeEnd: false });
  }
  for (const m of part.matchAll(RELATIVE_RE)) {
    const start = from + m.index!;
    // 即日起 is "from this day on"; 今日头条 and the like are names, rare enough to ignore.
    out.push({ start, end: start + m[0].length, relative: RELATIVE[m[0]], rangeEnd: false });
  }
  out.sort((a, b) => a.start - b.start);
  for (const d of out) {
    const before = view.slice(Math.max(from, d.start - 2), d.start);
    d.rangeEnd = /(至|到|—|-|~|~)$/.test(before) || /^至/.test(view.slice(d.start - 1, d.start));
  }
  // A relative day followed by its absolute date in brackets (今日(一月二十三日)) is one mention.
  return out.filter((d, i) => !(d.relative && out[i + 1] && !out[i + 1].relative && out[i + 1].start - d.end <= 1));
}

export function toIso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function addDays(iso: string, days: number): string {
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) + days * 86400000;
  const d = new Date(t);
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export interface DateContext {
  /** The day the article was written from (dateline, publication date). */
  anchor?: string;
  /** The year for dates written without one. */
  year?: number;
}

/**
 * The anchor and year of an article: the metadata's date, else a dateline
 * (a line that is only a full date), else the first full date in the text for
 * the year alone. A year given by the caller is the fallback.
 */
export function dateContext(
  rawView: string,
  paragraphs: Paragraph[],
  meta: { date?: string; year?: number },
): DateContext {
  let anchor = meta.date;
  if (!anchor) {
    for (const p of paragraphs) {
      if (p.kind !== "meta") continue;
      const d = findDateMentions(rawView, p.start, p.end).find((x) => x.year && x.month);
      if (d) {
        anchor = toIso(d.year!, d.month!, d.day!);
        break;
      }
    }
  }
  let year = anchor ? Number(anchor.slice(0, 4)) : undefined;
  if (year === undefined) {
    for (const p of paragraphs) {
      const d = findDateMentions(rawView, p.start, p.end).find((x) => x.year && x.month);
      if (d) {
        year = d.year;
        break;
      }
    }
  }
  return { anchor, year: year ?? meta.year };
}

/** Paragraphs that open with one of these are background: they do not continue the day before. */
const BACKGROUND_OPENERS = /^(此外|另外|近日|日前|近期|据悉|据了解|据介绍|据统计|此前|目前|截至|截止|下一步|下步|今后|自|疫情发生以来|在此之前|同时,|与此同时)/;

export interface ParagraphDates {
  /** The day in force at each position: the last change at or before it. */
  changes: { pos: number; date: string | null }[];
  /** The day in force at the end, handed to a paragraph that continues it. */
  last: string | null;
}

export function resolveMention(d: DateMention, ctx: DateContext, current: string | null): string | null {
  if (d.relative) {
    const base = d.relative.to === "anchor" ? ctx.anchor ?? null : current;
    return base ? addDays(base, d.relative.days) : null;
  }
  if (d.month === undefined) {
    // A day alone: the month of the date in force, or of the anchor; a day after the anchor is the month before.
    const base = current ?? ctx.anchor;
    if (!base || d.day === undefined) return null;
    let iso = toIso(Number(base.slice(0, 4)), Number(base.slice(5, 7)), d.day);
    if (ctx.anchor && iso > ctx.anchor) {
      const month = Number(base.slice(5, 7));
      iso = month === 1 ? toIso(Number(base.slice(0, 4)) - 1, 12, d.day) : toIso(Number(base.slice(0, 4)), month - 1, d.day);
    }
    // 31日 in a month of 30 days is no date.
    return addDays(iso, 0) === iso ? iso : null;
  }
  const year = d.year ?? ctx.year;
  if (!year) return null;
  let iso = toIso(year, d.month!, d.day!);
  // A December event told in a January article belongs to the year before.
  if (!d.year && ctx.anchor && iso > addDays(ctx.anchor, 62)) iso = toIso(year - 1, d.month!, d.day!);
  return iso;
}

/**
 * Which day each part of a paragraph is about. A paragraph that opens with a
 * date (or states one in its first sentence) is about that day; a later date
 * at a clause start moves it; an undated paragraph continues the day before
 * unless it opens as background.
 */
export function paragraphDates(
  view: string,
  p: Paragraph,
  ctx: DateContext,
  previous: string | null,
  skip: (pos: number) => boolean,
): ParagraphDates {
  const mentions = findDateMentions(view, p.start, p.end).filter((d) => !skip(d.start));
  const opening = view.slice(p.start, p.end).trimStart();
  const continues = p.kind === "body" && !BACKGROUND_OPENERS.test(opening);
  let current: string | null = continues ? previous : null;
  const changes: { pos: number; date: string | null }[] = [];
  const firstStop = view.slice(p.start, p.end).search(/[。!?]/);
  const firstSentenceEnd = firstStop < 0 ? p.end : p.start + firstStop;
  mentions.forEach((d, i) => {
    if (d.rangeEnd) return;
    const date = resolveMention(d, ctx, current);
    // The first date of the first sentence dates the paragraph from its start.
    const pos = i === 0 && d.start < firstSentenceEnd ? p.start : d.start;
    if (date === null && d.relative?.to === "current" && d.relative.days === 0) return;
    current = date;
    changes.push({ pos, date });
  });
  if (!changes.length || changes[0].pos > p.start) changes.unshift({ pos: p.start, date: continues ? previous : null });
  return { changes, last: current };
}

export function dateAt(pd: ParagraphDates, pos: number): string | null {
  let date: string | null = null;
  for (const c of pd.changes) {
    if (c.pos > pos) break;
    date = c.date;
  }
  return date;
}
