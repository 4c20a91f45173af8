// One article file's bytes -> the source document the extractor reads, with
// the year its undated days belong to. The same steps for the build script
// and for a file dropped into the browser. Pure.
import { regionOf } from "../gazetteer/index";
import type { SourceDoc, SourceRegion } from "../graph/contract";
import { makeSourceDoc } from "../graph/source";
import { parseIsoDate } from "./calendar";
import type { ArticleFormat } from "./formats";
import { decodeArticle } from "./decode";
import { splitFrontMatter, type ArticleMetadata } from "./frontmatter";
import { readPage } from "./page/read-page";

export { ARTICLE_EXTENSIONS, formatOfFile, type ArticleFormat } from "./formats";

export interface PrepareOptions {
  id: string;
  format: ArticleFormat;
  /** The year for undated days when the file's own metadata gives none. */
  defaultYear?: number;
}

/** Front matter's fields, and what a page says of its publisher and site. */
export type PreparedMetadata = ArticleMetadata & { publisher?: string; site?: string };

export interface PreparedArticle {
  doc: SourceDoc;
  /** What the extractor should take as the year of `1月21日`. */
  year?: number;
  meta: PreparedMetadata;
}

export type PrepareResult = { ok: true; article: PreparedArticle } | { ok: false; reason: string };

export async function prepareArticle(bytes: Uint8Array, options: PrepareOptions): Promise<PrepareResult> {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.error.reason };

  let text: string;
  let meta: PreparedMetadata;
  if (options.format === "html") {
    const page = readPage(decoded.text);
    text = page.text;
    meta = page.meta;
    if (text === "") return { ok: false, reason: "no text left once the markup is stripped" };
  } else {
    const split = splitFrontMatter(decoded.text);
    if (!split.ok) return { ok: false, reason: split.error.reason };
    text = split.body;
    meta = split.meta;
    if (text.trim() === "") return { ok: false, reason: "no article text after the front matter" };
  }

  const year = meta.year ?? (meta.date ? Number(meta.date.slice(0, 4)) : undefined) ?? options.defaultYear;
  const doc = await makeSourceDoc({ ...meta, id: options.id, text, region: frontMatterRegion(meta.region) });
  return { ok: true, article: year === undefined ? { doc, meta } : { doc, year, meta } };
}

/** The jurisdiction a front-matter code names, as the source entry stores it. */
function frontMatterRegion(code: string | undefined): SourceRegion | undefined {
  const r = code ? regionOf(code) : undefined;
  return r && { ...r, by: "front-matter" };
}

export interface PastedMeta {
  id: string;
  /** Typed by the person beside the text; each wins over the same field in front matter. */
  title?: string;
  date?: string;
  year?: number;
}

/**
 * Text pasted into the explorer -> the same source document a .txt file with
 * this text would give (line ends, a front-matter block), or a .html file when
 * it is a page's source, with the title, date and year typed beside it.
 */
/** Page source pasted as it is (view-source, copy): read as the page it is, like a dropped .html. */
function looksLikePage(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])/i.test(text);
}

export async function preparePastedArticle(text: string, pasted: PastedMeta): Promise<PrepareResult> {
  if (text.trim() === "") return { ok: false, reason: "the article is empty" };
  if (pasted.date !== undefined && !parseIsoDate(pasted.date)) return { ok: false, reason: `date "${pasted.date}" is not a calendar date YYYY-MM-DD` };
  if (pasted.year !== undefined && !(Number.isInteger(pasted.year) && pasted.year >= 1000 && pasted.year <= 9999))
    return { ok: false, reason: `year "${pasted.year}" is not a four-digit year` };
  const format = looksLikePage(text) ? "html" : "text";
  const file = await prepareArticle(new TextEncoder().encode(text), { id: pasted.id, format });
  if (!file.ok) return file;
  const title = pasted.title?.trim() || undefined;
  const meta: PreparedMetadata = {
    ...file.article.meta,
    ...(title ? { title } : {}),
    ...(pasted.date ? { date: pasted.date } : {}),
    ...(pasted.year !== undefined ? { year: pasted.year } : {}),
  };
  const year = meta.year ?? (meta.date ? Number(meta.date.slice(0, 4)) : undefined);
  const doc = await makeSourceDoc({ ...meta, id: pasted.id, text: file.article.doc.text, region: frontMatterRegion(meta.region) });
  return { ok: true, article: year === undefined ? { doc, meta } : { doc, year, meta } };
}
