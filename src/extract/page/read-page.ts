// A saved web page -> the article it carries: the headline, then the body as
// plain text, with the page's metadata. The page is parsed by linkedom (a DOM
// without a browser: nothing in it runs or loads), its furniture removed
// (chrome.ts), the main content found by Mozilla's Readability, and the
// result rendered to text by html.ts. The returned text is the contract's
// source `text`: every offset in the graph indexes it. Pure: linkedom's
// self-contained build runs in Node, the browser's worker and the tests alike.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom/worker";
import { htmlToText } from "../html";
import { ATTACHMENT_EXTENSIONS } from "../lexicon/page-chrome";
import { isFooterText, isInfoText, removeChrome, startsChromeLine, startsListHeading } from "./chrome";
import { collapse, datelineDate, pageMetadata, splitPageTitle, type PageMetadata } from "./metadata";

export interface PageArticle {
  text: string;
  meta: PageMetadata;
}

/** Readability's default (500 characters) is set for Latin text; a Chinese article says as much in far fewer. */
const CHAR_THRESHOLD = 80;

/** `<!-- saved from url=(0043)https://… -->`: the address browsers and `npm run fetch` write into a saved page. */
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;

const ATTACHMENT_FILE = new RegExp(String.raw`\.(?:${ATTACHMENT_EXTENSIONS.join("|")})(?:$|[?#])`, "i");
const ATTACHMENT_TEXT = new RegExp(String.raw`^(\s*(?:附件|附表)?\s*\d{0,2}\s*[.．、:：]?\s*)(.+?)(?:\.(?:${ATTACHMENT_EXTENSIONS.join("|")}))?\s*$`, "i");

/** linkedom takes the first element for the root: give it one <html> to start from. */
function wholeDocument(html: string): string {
  const root = /<html[\s>]/i.exec(html);
  if (root) return html.slice(root.index);
  return /<(?:head|body)[\s>]/i.test(html) ? `<html>${html}</html>` : `<html><head></head><body>${html}</body></html>`;
}

const textOf = (el: Element) => collapse(el.textContent ?? "");

/** The element showing the headline: the one whose text is the title the metadata gives, else the first <h1>. */
function findHeadline(body: Element, titles: string[]): Element | undefined {
  const candidates = Array.from(body.querySelectorAll("h1,h2,h3,h4,[class*=title],[id*=title],[class*=biaoti],strong,b,p,div,td,span"));
  for (const title of titles) {
    const hit = candidates.find((el) => textOf(el) === title);
    if (hit) return hit;
  }
  return Array.from(body.querySelectorAll("h1")).find((h) => textOf(h) !== "");
}

/**
 * Links to attached files become the documents' titles in 《》, as the body
 * names documents: the title is one notice of the article, and no name inside
 * a file name is read as an entity of its own.
 */
function renderAttachments(body: Element): string[] {
  const out: string[] = [];
  for (const a of Array.from(body.querySelectorAll("a"))) {
    const href = a.getAttribute("href") ?? "";
    const text = textOf(a);
    if (!ATTACHMENT_FILE.test(href) && !ATTACHMENT_FILE.test(text)) continue;
    const m = ATTACHMENT_TEXT.exec(text);
    const title = m?.[2].trim() ?? "";
    // 点击下载, 附件1: a link that names no document stays as written.
    if (title.length < 4 || /^(?:点击|點擊)?(?:下载|下載|附件|查看|打开|打開)/.test(title)) continue;
    const rendered = `${m![1]}${/^《.*》$/.test(title) ? title : `《${title}》`}`;
    a.replaceWith(a.ownerDocument.createTextNode(rendered));
    out.push(rendered);
  }
  return out;
}

/** A line of furniture Readability kept: a credit, an info line, a footer line. */
function isChromeLine(line: string): boolean {
  if (startsChromeLine(line)) return true;
  if (line.length < 150 && isInfoText(line)) return true;
  return line.length < 150 && isFooterText(line);
}

/** The article's lines: furniture lines dropped, the lists after the article cut off, the headline not repeated. */
function articleLines(text: string, headline: string | undefined): string[] {
  const out: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line !== "" && startsListHeading(line)) break;
    if (line !== "" && (isChromeLine(line) || (headline !== undefined && collapse(line) === headline))) continue;
    out.push(line);
  }
  return out;
}

export function readPage(html: string): PageArticle {
  const savedFrom = SAVED_FROM.exec(html)?.[1];
  const { document } = parseHTML(wholeDocument(html));
  const body = document.body ?? document.documentElement;

  const metaTitles = Array.from(document.querySelectorAll("meta"))
    .filter((m) => /^(articletitle|og:title)$/i.test(m.getAttribute("name") ?? m.getAttribute("property") ?? ""))
    .map((m) => collapse(m.getAttribute("content") ?? ""));
  const titleTag = splitPageTitle(document.querySelector("title")?.textContent ?? "").title;
  const headlineEl = findHeadline(body, [...metaTitles, ...(titleTag ? [titleTag] : [])].filter((t) => t !== ""));
  const headline = headlineEl ? textOf(headlineEl) || undefined : undefined;

  const { info } = removeChrome(body, headlineEl);
  const meta = pageMetadata(document, { headline, info, savedFrom });
  headlineEl?.remove();
  const attachments = renderAttachments(body);

  const fallback = htmlToText(body.innerHTML);
  // Readability changes the document it reads: it goes last.
  const found = new Readability(document as unknown as Document, { charThreshold: CHAR_THRESHOLD }).parse();
  const content = found?.content ? htmlToText(found.content) : "";
  // When Readability finds little (a short notice, a table layout it reads as navigation), the cleaned page is the article.
  const bodyText = content.length >= Math.min(CHAR_THRESHOLD, fallback.length * 0.5) ? content : fallback;

  // Without a headline on the page, only a title meant as the article's (ArticleTitle, og:title) leads the text: a bare <title> may be the site's name.
  const lead = headline ?? metaTitles[0];
  const lines = articleLines(bodyText, lead);
  const missing = attachments.filter((a) => !lines.some((l) => l.includes(a)));
  if (missing.length) lines.push("", ...(missing.some((a) => /^附/.test(a)) ? [] : ["附件："]), ...missing);
  const text = [lead ?? "", "", ...lines].join("\n").replace(/\n{3,}/g, "\n\n").trim();
  const dateline = meta.date ? undefined : datelineDate(lines);
  return { text, meta: dateline ? { ...meta, date: dateline } : meta };
}
