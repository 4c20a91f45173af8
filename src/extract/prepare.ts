// One article file's bytes -> the source document the extractor reads, with
// the year its undated days belong to. The same steps for the build script
// and for a file dropped into the browser. Pure.
import type { SourceDoc } from "../graph/contract";
import { makeSourceDoc } from "../graph/source";
import { decodeArticle } from "./decode";
import { splitFrontMatter, type ArticleMetadata } from "./frontmatter";
import { htmlToText } from "./html";

export type ArticleFormat = "text" | "html";

export const ARTICLE_EXTENSIONS: Record<string, ArticleFormat> = { ".txt": "text", ".html": "html", ".htm": "html" };

/** The format a file name says, or undefined for files that are not articles. */
export function formatOfFile(name: string): ArticleFormat | undefined {
  const ext = /\.[^./\\]+$/.exec(name)?.[0].toLowerCase();
  return ext ? ARTICLE_EXTENSIONS[ext] : undefined;
}

export interface PrepareOptions {
  id: string;
  format: ArticleFormat;
  /** The year for undated days when the file's own metadata gives none. */
  defaultYear?: number;
}

export interface PreparedArticle {
  doc: SourceDoc;
  /** What the extractor should take as the year of `1月21日`. */
  year?: number;
  meta: ArticleMetadata;
}

export type PrepareResult = { ok: true; article: PreparedArticle } | { ok: false; reason: string };

export async function prepareArticle(bytes: Uint8Array, options: PrepareOptions): Promise<PrepareResult> {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.error.reason };

  let text: string;
  let meta: ArticleMetadata;
  if (options.format === "html") {
    const page = htmlToText(decoded.text);
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
  const doc = await makeSourceDoc({ id: options.id, text, title: meta.title, date: meta.date, url: meta.url });
  return { ok: true, article: year === undefined ? { doc, meta } : { doc, year, meta } };
}
