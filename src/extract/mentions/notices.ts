// Document titles in 《》 (and in 「」 when the title ends like a document):
// notices, plans, letters. A 《》 around a newspaper, a website or a platform
// is masked but makes no node.
import {
  DOCUMENT_ENDINGS,
  ISSUE_VERBS,
  MEDIA_CONTEXT_AFTER,
  MEDIA_CONTEXT_BEFORE,
  MEDIA_ENDINGS,
  NOT_ISSUE_CONTEXT,
} from "../lexicon/events";

export interface TitleMention {
  /** The title without its brackets. */
  start: number;
  end: number;
  /** With the brackets. */
  outerStart: number;
  outerEnd: number;
  text: string;
  isDocument: boolean;
}

const docEndings = [...DOCUMENT_ENDINGS].sort((a, b) => b.length - a.length);

function endsLikeDocument(title: string): boolean {
  const bare = title.replace(/[(（][^()（）]*[)）]$/, "");
  // 教育局通告第12/2021号, 某政发〔2020〕3号: a numbered document.
  if (/(通告|通知|通函|公告|文件|令|函|通报)(第)?[\d〇一二三四五六七八九十/\-〔〕\[\]()]+号$/.test(bare)) return true;
  return docEndings.some((e) => bare.endsWith(e));
}

function looksLikeMedium(view: string, title: string, outerStart: number, outerEnd: number): boolean {
  if (MEDIA_ENDINGS.some((e) => title.endsWith(e)) && !endsLikeDocument(title)) return true;
  const after = view.slice(outerEnd, outerEnd + 6);
  if (MEDIA_CONTEXT_AFTER.some((w) => after.startsWith(w) || after.startsWith(`等${w}`))) return true;
  const before = view.slice(Math.max(0, outerStart - 3), outerStart);
  return MEDIA_CONTEXT_BEFORE.some((w) => before.endsWith(w)) && !endsLikeDocument(title);
}

/** The longest title a pair of brackets may hold: a longer span is prose between stray brackets, as a reader takes it. */
export const MAX_TITLE_SPAN = 200;

/** For each bracket that opens a pair in [from, to), where the pair closes: one pass with a stack per kind. */
function matchingCloses(view: string, from: number, to: number): Map<number, number> {
  const closes = new Map<number, number>();
  const open: Record<string, number[]> = { "《": [], "「": [] };
  for (let i = from; i < to; i++) {
    const ch = view[i];
    if (ch === "《" || ch === "「") open[ch].push(i);
    else if (ch === "》" || ch === "」") {
      const start = open[ch === "》" ? "《" : "「"].pop();
      if (start !== undefined) closes.set(start, i);
    }
  }
  return closes;
}

/** Titles in 《》 (outermost pair) and document-like titles in 「」. */
export function findTitles(view: string, from: number, to: number): TitleMention[] {
  const out: TitleMention[] = [];
  const closes = matchingCloses(view, from, to);
  for (let i = from; i < to; i++) {
    const open = view[i];
    if (open !== "《" && open !== "「") continue;
    const j = closes.get(i);
    if (j === undefined || j - i - 1 > MAX_TITLE_SPAN) continue;
    const text = view.slice(i + 1, j);
    if (text.trim() === "") {
      i = j;
      continue;
    }
    if (open === "「" && !endsLikeDocument(text)) continue; // a quotation, read as text
    const mention: TitleMention = { start: i + 1, end: j, outerStart: i, outerEnd: j + 1, text, isDocument: false };
    if (!looksLikeMedium(view, text, i, j + 1)) {
      const before = view.slice(Math.max(from, i - 6), i);
      const verbNear = [...ISSUE_VERBS, ...NOT_ISSUE_CONTEXT].some((v) => before.endsWith(v) || before.includes(v));
      mention.isDocument = endsLikeDocument(text) || verbNear;
    }
    out.push(mention);
    i = j;
  }
  return out;
}
