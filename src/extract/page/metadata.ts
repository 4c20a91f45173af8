// What a page says about itself: title, date, address, publishing body and
// site, from its meta tags (the Chinese government sites' ArticleTitle,
// PubDate, ContentSource, SiteName, Url; Open Graph; Dublin Core), the
// canonical link, the info line under the headline, then <title> with the
// column and site names cut off. Pure.
import { normaliseDate } from "../calendar";
import { META_KEYS, TITLE_SEPARATORS } from "../lexicon/page-chrome";

export interface PageMetadata {
  title?: string;
  /** ISO YYYY-MM-DD. */
  date?: string;
  /** The article's address (http or https only). */
  url?: string;
  /** The body that published the article (ContentSource, the info line's 来源). */
  publisher?: string;
  /** The site's name (SiteName, og:site_name, the last part of <title>). */
  site?: string;
}

/** What an info line (发布时间：2020-01-25 来源：市政府办公室 …) gives. */
export interface InfoLine {
  date?: string;
  publisher?: string;
}

export const collapse = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, " ").trim();

export function httpUrl(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  return v && /^https?:\/\/[^\s<>"]+$/i.test(v) ? v : undefined;
}

/** The meta tags of a document by lower-cased name, property or itemprop; the first of each name wins. */
export function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll("meta"))) {
    const key = (meta.getAttribute("name") ?? meta.getAttribute("property") ?? meta.getAttribute("itemprop"))?.trim().toLowerCase();
    const content = meta.getAttribute("content");
    if (key && content !== null && collapse(content) !== "" && !tags.has(key)) tags.set(key, collapse(content));
  }
  return tags;
}

const first = (tags: Map<string, string>, keys: readonly string[]) => keys.map((k) => tags.get(k)).find((v) => v !== undefined);

const LABEL_END = String.raw`(?=\s|$|[|｜【\[]|(?:发布|發布|發佈|时间|時間|日期|作者|浏览|瀏覽|阅读|閱讀|点击|點擊|字体|字體)[:：])`;
const INFO_DATE = /(?:发布|發布|發佈|更新|成文)?(?:时间|時間|日期)\s*[:：]\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})/;
const INFO_BARE_DATE = /(?:^|\s)(\d{4}-\d{1,2}-\d{1,2})(?!\d)/;
/** A line that is only a date, perhaps with its weekday: a press release's closing dateline. */
const DATELINE = /^(\d{4}年\d{1,2}月\d{1,2}日)\s*(?:[（(]星期[一二三四五六日天][)）])?$/;

/** The date of the first dateline among the article's lines. */
export function datelineDate(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const m = DATELINE.exec(line.trim());
    if (m) return normaliseDate(m[1]);
  }
  return undefined;
}
const INFO_SOURCE = new RegExp(String.raw`(?:信息|文章|稿件)?(?:来源|來源)\s*[:：]\s*(.+?)${LABEL_END}`);

/** The date and source an info line states. */
export function readInfoLine(line: string): InfoLine {
  const text = collapse(line);
  const out: InfoLine = {};
  // A labelled date, else a bare one (2020-01-22 20:15:08 来源：…), which in an info line is the publication's.
  const date = normaliseDate(INFO_DATE.exec(text)?.[1] ?? INFO_BARE_DATE.exec(text)?.[1]);
  if (date) out.date = date;
  const source = INFO_SOURCE.exec(text)?.[1]?.trim();
  if (source) out.publisher = source;
  return out;
}

/** <title> split into the article's title and the site's name (`标题_栏目_网站名`). */
export function splitPageTitle(raw: string, knownTitle?: string): { title?: string; site?: string } {
  const title = collapse(raw);
  if (title === "") return {};
  if (knownTitle && title.startsWith(knownTitle)) {
    const rest = title.slice(knownTitle.length).split(TITLE_SEPARATORS).filter((p) => p !== "");
    return { title: knownTitle, ...(rest.length ? { site: rest[rest.length - 1] } : {}) };
  }
  const parts = title.split(TITLE_SEPARATORS).filter((p) => p !== "");
  if (parts.length < 2) return { title };
  return { title: parts[0], site: parts[parts.length - 1] };
}

/**
 * The page's metadata. `headline` is the headline as the page shows it and
 * `info` what its info line says; both are found by the caller in the body.
 */
export function pageMetadata(document: Document, found: { headline?: string; info?: InfoLine; savedFrom?: string }): PageMetadata {
  const tags = metaTags(document);
  const titleTag = document.querySelector("title")?.textContent ?? "";
  const metaTitle = first(tags, META_KEYS.title);
  const fromTitleTag = splitPageTitle(titleTag, metaTitle ?? found.headline);

  const out: PageMetadata = {};
  const title = metaTitle ?? fromTitleTag.title ?? found.headline;
  if (title) out.title = title;

  const date = META_KEYS.date.map((k) => normaliseDate(tags.get(k))).find((d) => d !== undefined) ?? found.info?.date;
  if (date) out.date = date;

  const canonical = Array.from(document.querySelectorAll("link")).find((l) => (l.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical"));
  const url = httpUrl(canonical?.getAttribute("href")) ?? META_KEYS.url.map((k) => httpUrl(tags.get(k))).find((u) => u !== undefined) ?? httpUrl(found.savedFrom);
  if (url) out.url = url;

  const publisher = first(tags, META_KEYS.publisher) ?? found.info?.publisher;
  if (publisher) out.publisher = publisher;

  const site = first(tags, META_KEYS.site) ?? fromTitleTag.site;
  if (site) out.site = site;
  return out;
}
