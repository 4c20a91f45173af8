// HTML -> plain text, the way a browser lays it out: blocks and <br> break
// lines, inline markup joins words, source line breaks between Chinese
// characters vanish. page/read-page.ts renders the article it finds with it.
// A small tokenizer, not a DOM: nothing in the markup is ever run or loaded.

/** Elements whose content is raw text up to their closing tag, never article text. */
const RAW_TEXT = new Set(["script", "style", "noscript", "textarea", "xmp", "iframe", "noembed", "noframes", "title"]);
/** Elements whose content (markup included) is no part of the article. */
const SKIPPED = new Set(["svg", "math", "template", "select", "object", "canvas", "audio", "video"]);
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div",
  "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
  "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
  "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);

/** Whitespace from the page source that contained a line break: dropped between two CJK characters. */
const SOFT_BREAK = "\uE000";

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ensp: "\u2002", emsp: "\u2003",
  thinsp: "\u2009", zwnj: "\u200c", zwj: "\u200d", lrm: "\u200e", rlm: "\u200f", shy: "\u00ad",
  copy: "©", reg: "®", trade: "™", hellip: "…", mdash: "—", ndash: "–", lsquo: "‘", rsquo: "’",
  sbquo: "‚", ldquo: "“", rdquo: "”", bdquo: "„", middot: "·", bull: "•", laquo: "«", raquo: "»",
  lsaquo: "‹", rsaquo: "›", times: "×", divide: "÷", deg: "°", plusmn: "±", micro: "µ", para: "¶",
  sect: "§", cent: "¢", pound: "£", yen: "¥", euro: "€", curren: "¤", iexcl: "¡", iquest: "¿",
  frac12: "½", frac14: "¼", frac34: "¾", sup1: "¹", sup2: "²", sup3: "³", prime: "′", Prime: "″",
  larr: "←", rarr: "→", uarr: "↑", darr: "↓", harr: "↔", le: "≤", ge: "≥", ne: "≠", asymp: "≈",
  infin: "∞", minus: "−", hearts: "♥", star: "☆", starf: "★",
};

/** Browsers read these numeric references as Windows-1252, as pages written in it mean them. */
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x89: 0x2030,
  0x8b: 0x2039, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013,
  0x97: 0x2014, 0x99: 0x2122, 0x9b: 0x203a,
};

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,10});?|([a-zA-Z][a-zA-Z0-9]{1,31});)/g, (whole, hex, dec, name) => {
    if (name !== undefined) return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : whole;
    let code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec, 10);
    code = WINDOWS_1252[code] ?? code;
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
    return String.fromCodePoint(code);
  });
}

// Surrogates count too: in Chinese text the characters outside the BMP are CJK extensions.
const isCjk = (ch: string | undefined) =>
  ch !== undefined && /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\ud800-\udfff]/.test(ch);


interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attrs: Map<string, string>;
  /** Index just past the tag's `>`. */
  end: number;
}

const TAG_NAME = /[a-zA-Z][^\s/>]*/y;
const ATTR_NAME = /[^\s/>=]+/y;
const UNQUOTED_VALUE = /[^\s>]*/y;
const SPACES = /\s*/y;

/** Matches a sticky pattern at `at`; returns the text matched ("" when none). */
function matchAt(re: RegExp, s: string, at: number): string {
  re.lastIndex = at;
  return re.exec(s)?.[0] ?? "";
}

/** Reads the tag that starts at `start` (a `<`), quoted attribute values included. */
function readTag(html: string, start: number): Tag | null {
  let i = start + 1;
  const closing = html[i] === "/";
  if (closing) i++;
  const rawName = matchAt(TAG_NAME, html, i);
  if (!rawName) return null;
  const name = rawName.toLowerCase();
  i += rawName.length;
  const attrs = new Map<string, string>();
  let selfClosing = false;
  while (i < html.length) {
    const ch = html[i];
    if (ch === ">") return { name, closing, selfClosing, attrs, end: i + 1 };
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === "/") {
      selfClosing = html[i + 1] === ">";
      i++;
      continue;
    }
    const attrName = matchAt(ATTR_NAME, html, i) || ch;
    i += attrName.length;
    i += matchAt(SPACES, html, i).length;
    let value = "";
    if (html[i] === "=") {
      i++;
      i += matchAt(SPACES, html, i).length;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        const stop = close === -1 ? html.length : close;
        value = html.slice(i + 1, stop);
        i = stop + 1;
      } else {
        value = matchAt(UNQUOTED_VALUE, html, i);
        i += value.length;
      }
    }
    const key = attrName.toLowerCase();
    if (!attrs.has(key)) attrs.set(key, decodeEntities(value));
  }
  return { name, closing, selfClosing, attrs, end: html.length };
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let inHead = false;
  let skipDepth = 0;
  let preDepth = 0;

  const emitText = (raw: string) => {
    if (inHead || skipDepth > 0 || raw === "") return;
    const decoded = decodeEntities(raw);
    out.push(preDepth > 0 ? decoded : decoded.replace(/[ \t\n\r\f]+/g, (ws) => (/[\n\r]/.test(ws) ? SOFT_BREAK : " ")));
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt === -1) {
      emitText(html.slice(i));
      break;
    }
    emitText(html.slice(i, lt));
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    if (html[lt + 1] === "!" || html[lt + 1] === "?") {
      const close = html.indexOf(">", lt);
      i = close === -1 ? html.length : close + 1;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      emitText("<");
      i = lt + 1;
      continue;
    }
    i = tag.end;
    const { name } = tag;

    if (tag.closing) {
      if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
      else if (name === "head") inHead = false;
      if (name === "pre") preDepth = Math.max(0, preDepth - 1);
      if (BLOCK.has(name)) out.push("\n");
      continue;
    }

    if (RAW_TEXT.has(name)) {
      const closeRe = new RegExp(`</${name}[\\s/>]`, "ig");
      closeRe.lastIndex = i;
      const close = closeRe.exec(html);
      if (!close) break;
      const closeEnd = html.indexOf(">", close.index);
      i = closeEnd === -1 ? html.length : closeEnd + 1;
      continue;
    }
    if (SKIPPED.has(name)) {
      if (!tag.selfClosing) skipDepth++;
      continue;
    }
    if (name === "head") inHead = true;
    else if (name === "body") inHead = false;
    else if (name === "br") out.push("\n");
    else if (name === "pre" && !tag.selfClosing) preDepth++;
    if (BLOCK.has(name)) out.push("\n");
  }

  return tidyText(out.join(""));
}

/** Soft breaks, spaces and blank lines into the shape of a plain-text article. */
function tidyText(s: string): string {
  // A line break in the source between two CJK characters is not a space (CSS Text's segment-break rule).
  s = s.replace(/[ \uE000]+/g, (run, offset: number) => {
    if (!run.includes(SOFT_BREAK)) return " ";
    return isCjk(s[offset - 1]) && isCjk(s[offset + run.length]) ? "" : " ";
  });
  return s
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
