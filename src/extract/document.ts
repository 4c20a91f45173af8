// Stage 1 and 2: the article as paragraphs of known kinds, over a Simplified
// matching view of the same length. Bylines, credits, datelines and page
// boilerplate are marked so no rule reads them as content.
import { matchingView } from "./script";

export type ParagraphKind = "headline" | "body" | "meta";

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  kind: ParagraphKind;
}

export interface PreparedText {
  /** The original text: labels are cut from it. */
  text: string;
  /** The matching view, with metadata and boilerplate blanked (same length). */
  view: string;
  /** The view before blanking, for datelines and credits. */
  rawView: string;
  paragraphs: Paragraph[];
}

/** A line that starts one of these ends the article: what follows is page furniture. */
const END_MARKERS = /^(相关文章|相关阅读|相关新闻|相关链接|推荐阅读|延伸阅读|上一篇|下一篇|热点推荐|猜你喜欢|更多阅读|往期回顾|扫一扫|【打印|打印本页|关闭窗口|【关闭)/;

/** Lines of page furniture to drop wherever they stand. */
const FURNITURE = /^(分享到|分享至|【字体|字号|字体[:：]|【纠错|阅读量|浏览次数|点击数|访问量|返回顶部|打印|收藏|【大|\[打印\]|责任编辑|责编|编辑[:：]|来源[:：]|作者[:：]|审核[:：]|初稿[:：]|修改[:：]|发布[:：]|供稿[:：]?|摄影[:：]|图片[:：]|文字[:：]|校对[:：]|监制[:：]|撰稿[:：]|出品[:：]|终审[:：]|二审[:：]|一审[:：]|值班编辑|通讯员[:：]|记者[:：]|原标题[:：]|发布时间|发布日期|信息来源|文章来源|来源:)/;

/** A line that is only a date (and time, weekday, source): a dateline. */
const DATELINE = /^[(\[【]?\s*(\d{4}[年\-./]\d{1,2}[月\-./]\d{1,2}日?|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)[\s\d:：()（）星期一二三四五六日天]*(来源[:：]?[^)\]】]*)?[)\]】]?\s*$/;

/** A signature line: a body's name and the date (某某厅办公室 2023年10月13日). */
const SIGNATURE = /^[\u4e00-\u9fff()]{2,30}\s+\d{4}年\d{1,2}月\d{1,2}日$/;

/** A byline in brackets inside a paragraph: (记者 X), (X/文 Y/图), (来源:…). */
const BYLINE_BRACKET = /\((?=[^()]{0,40}(?:记者|通讯员|摄影|摄|\/文|\/图|供稿|来源|编辑|撰稿|文\/|图\/|实习生))[^()]{0,60}\)/g;
/** The agency stamp at a paragraph's start: 本网讯, 本报讯, 新华社北京1月2日电. */
const STAMP = /^\s*(本网讯|本报讯|本台讯|本刊讯|[^\s,:;。()]{2,10}(?:网|报|台|社|中心)讯|(?:新华社|中新社|[^\s,:;。()]{2,8}(?:网|报|社))[^\s,:;。()]{0,12}?电)/;

/** The view with the given ranges (in order, not overlapping out of order) turned to spaces, in one pass. */
function blankRanges(view: string, ranges: readonly [number, number][]): string {
  if (!ranges.length) return view;
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    parts.push(view.slice(at, from), " ".repeat(end - from));
    at = end;
  }
  parts.push(view.slice(at));
  return parts.join("");
}

/**
 * The longest paragraph a reader would take as one (the fixtures' longest line is under 600
 * characters): a longer line is cut after a sentence's stop, so no stage works on a whole
 * megabyte as one paragraph.
 */
export const MAX_PARAGRAPH = 5000;

/** The trimmed, non-empty paragraphs of the line [from, to), cut after a stop when the line is too long. */
function readerParagraphs(view: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let at = from;
  while (at < to) {
    let cut = to;
    if (to - at > MAX_PARAGRAPH) {
      cut = at + MAX_PARAGRAPH;
      for (let k = cut - 1; k > at + MAX_PARAGRAPH / 2; k--) {
        if (view[k] === "。" || view[k] === "!" || view[k] === "?") {
          cut = k + 1;
          break;
        }
      }
    }
    let start = at;
    let end = cut;
    while (start < end && /\s/.test(view[start])) start++;
    while (end > start && /\s/.test(view[end - 1])) end--;
    if (end > start) out.push([start, end]);
    at = cut;
  }
  return out;
}

export function prepareText(text: string): PreparedText {
  const rawView = matchingView(text);
  const view = rawView;
  // Blanked ranges are applied once at the end: copying the view per metadata line made long articles quadratic.
  const blanks: [number, number][] = [];
  const paragraphs: Paragraph[] = [];
  let ended = false;
  let lineStart = 0;
  let sawContent = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    for (const [start, end] of readerParagraphs(view, lineStart, lineEnd)) {
      const line = view.slice(start, end);
      let kind: ParagraphKind = "body";
      if (ended || END_MARKERS.test(line)) {
        ended = true;
        kind = "meta";
      } else if (FURNITURE.test(line) || DATELINE.test(line) || /^[(（]\s*\d{4}年\d{1,2}月\d{1,2}日[^)）]*来源/.test(line) || SIGNATURE.test(line)) {
        kind = "meta";
      } else if (!sawContent && line.length <= 60 && !/[。!?]$/.test(line)) {
        kind = "headline";
      }
      if (kind !== "meta") sawContent = true;
      if (kind === "meta") blanks.push([start, end]);
      else {
        // Bylines and stamps inside a content paragraph are blanked in place.
        const stamp = STAMP.exec(line);
        if (stamp && kind === "body") blanks.push([start, start + stamp[0].length]);
        for (const m of line.matchAll(BYLINE_BRACKET)) blanks.push([start + m.index!, start + m.index! + m[0].length]);
      }
      paragraphs.push({ index: paragraphs.length, start, end, kind });
    }
    lineStart = lineEnd + 1;
  }
  return { text, view: blankRanges(view, blanks), rawView, paragraphs };
}

/** Sentences of a paragraph: ranges ending after 。!? (or the paragraph end). */
export function sentences(view: string, p: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = p.start;
  let quote = 0;
  for (let i = p.start; i < p.end; i++) {
    const ch = view[i];
    if (ch === "“" || ch === "「" || ch === "『") quote++;
    else if ((ch === "”" || ch === "」" || ch === "』") && quote > 0) {
      quote--;
      // “…要落实。”: a quotation that ends a sentence ends it.
      if (quote === 0 && /[。!?]/.test(view[i - 1])) {
        out.push({ start: s, end: i + 1 });
        s = i + 1;
      }
    }
    else if (quote === 0 && (ch === "。" || ch === "!" || ch === "?")) {
      // A closing quote right after the stop belongs to the sentence.
      let e = i + 1;
      while (e < p.end && (view[e] === "”" || view[e] === "」")) e++;
      out.push({ start: s, end: e });
      s = e;
      i = e - 1;
    }
  }
  if (s < p.end) out.push({ start: s, end: p.end });
  return out.filter((r) => view.slice(r.start, r.end).trim().length > 0);
}
