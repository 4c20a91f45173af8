// Page furniture out of a parsed page before the main content is looked for:
// menus, breadcrumbs, the info line (read first: it carries the date and the
// source), share bars, QR blocks, related and previous/next lists, editors'
// credits and the site footer. By tag, by class or id word and by the words
// the furniture is made of (lexicon/page-chrome.ts). Pure.
import {
  CHROME_CLASS_WORDS,
  CHROME_LINE_STARTS,
  CHROME_TAGS,
  FOOTER_LINE_STARTS,
  FOOTER_MARKERS,
  INFO_LABELS,
  LIST_HEADINGS,
} from "../lexicon/page-chrome";
import { collapse, readInfoLine, type InfoLine } from "./metadata";

/** A block of furniture is short; the longest info lines and footers stay under this. */
const SHORT_BLOCK = 300;

const classWords = new Set(CHROME_CLASS_WORDS);

const textOf = (el: Element) => collapse(el.textContent ?? "");

function linkDensity(el: Element): number {
  const all = textOf(el).length;
  if (all === 0) return 0;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll("a"))) links += textOf(a).length;
  return links / all;
}

function hasChromeClass(el: Element): boolean {
  const words = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.toLowerCase().split(/[\s_]+/);
  return words.some((w) => classWords.has(w));
}

const contains = (el: Element, other: Element | undefined) => other !== undefined && (el === other || el.contains(other));

/** The smallest elements whose text satisfies `test` (none of their children does). */
function smallestMatching(root: Element, test: (text: string) => boolean): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): boolean => {
    let child = false;
    for (const c of Array.from(el.children)) if (visit(c)) child = true;
    if (child) return true;
    if (test(textOf(el))) {
      out.push(el);
      return true;
    }
    return false;
  };
  visit(root);
  return out;
}

/** Brackets that furniture is often set in: [责任编辑：…], 【打印】. */
const unbracketed = (t: string) => t.replace(/^[\[【(（\s]+/, "");

/** A line of furniture by its first words: a breadcrumb, share bar, QR block, button or credit. */
export function startsChromeLine(text: string): boolean {
  const t = unbracketed(text);
  return CHROME_LINE_STARTS.some((s) => text.startsWith(s) || t.startsWith(s));
}

/** A footer line: a marker only footers carry, or a footer's label at its start. */
export function isFooterText(text: string): boolean {
  return FOOTER_MARKERS.some((m) => text.includes(m)) || FOOTER_LINE_STARTS.some((s) => text.startsWith(s));
}

/** An info line: two or more of its labels (发布时间 来源 浏览次数 【打印】…). */
export function isInfoText(text: string): boolean {
  return INFO_LABELS.filter((l) => text.includes(l)).length >= 2;
}

/** The heading of a related or previous/next list: the word alone or followed by its colon and the list. */
export function startsListHeading(text: string): boolean {
  const t = unbracketed(text);
  return LIST_HEADINGS.some((h) => t.startsWith(h) && (t.length === h.length || /^[\s:：>》\]】|｜]/.test(t.slice(h.length))));
}

export interface ChromeResult {
  /** What the info line said, before it went. */
  info: InfoLine;
}

/**
 * Removes the furniture from `body` in place, never an element that holds the
 * headline or most of the text.
 */
export function removeChrome(body: Element, headline: Element | undefined): ChromeResult {
  const total = textOf(body).length;
  const removable = (el: Element) => !contains(el, headline) && !(headline && el.contains(headline)) && textOf(el).length < Math.max(SHORT_BLOCK, total * 0.3);
  const remove = (el: Element) => {
    if (el.parentNode && removable(el)) el.remove();
  };

  for (const el of Array.from(body.querySelectorAll(CHROME_TAGS.join(",")))) if (!contains(el, headline)) remove(el);
  for (const el of Array.from(body.querySelectorAll("[class],[id]"))) if (hasChromeClass(el)) remove(el);

  // The info line: a short block naming two or more of its labels.
  const info: InfoLine = {};
  for (const el of smallestMatching(body, (t) => t.length < SHORT_BLOCK && isInfoText(t))) {
    const read = readInfoLine(textOf(el));
    info.date ??= read.date;
    info.publisher ??= read.publisher;
    remove(el);
  }

  for (const el of smallestMatching(body, (t) => t.length < SHORT_BLOCK && startsChromeLine(t))) remove(el);

  // Footers: the block with a marker, widened to the footer around it while that stays short.
  const isFooter = (t: string) => t.length < SHORT_BLOCK && isFooterText(t);
  for (const el of smallestMatching(body, isFooter)) {
    let block = el;
    while (block.parentElement && block.parentElement !== body && textOf(block.parentElement).length < SHORT_BLOCK && removable(block.parentElement)) block = block.parentElement;
    remove(block);
  }

  // Related and previous/next lists: the heading, the list after it, and a link-dense block holding both.
  const isListHeading = (t: string) => t.length < SHORT_BLOCK && startsListHeading(t);
  for (const el of smallestMatching(body, isListHeading)) {
    let block = el;
    while (block.parentElement && block.parentElement !== body && linkDensity(block.parentElement) >= 0.5 && removable(block.parentElement)) block = block.parentElement;
    for (let next = block.nextElementSibling; next && (linkDensity(next) >= 0.5 || /^(UL|OL|DL|TABLE)$/.test(next.tagName)); ) {
      const after = next.nextElementSibling;
      remove(next);
      next = after;
    }
    remove(block);
  }
  return { info };
}
