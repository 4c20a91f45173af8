// A Simplified "matching view" of an article, the same length as the original
// so every offset found in it is an offset in the original text. Rules and
// lexicons are written once, in Simplified; labels are cut from the original.
import * as OpenCC from "opencc-js/core";
import * as Locale from "opencc-js/preset";

type Convert = (s: string) => string;

let toSimplified: Convert | undefined;
const charCache = new Map<string, string>();

function converter(): Convert {
  // "hk" covers Hong Kong forms (衞) as well as standard Traditional.
  toSimplified ??= OpenCC.ConverterFactory(Locale.from.hk, Locale.to.cn);
  return toSimplified;
}

/** Full-width punctuation and digits folded to ASCII, one unit for one unit. */
const FOLD: Record<string, string> = {
  "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?", "　": " ", "﹐": ",",
  "﹔": ";", "﹕": ":", "〔": "(", "〕": ")", "［": "[", "］": "]", "．": ".", "／": "/", "－": "-",
};

function foldChar(ch: string): string {
  const folded = FOLD[ch];
  if (folded) return folded;
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
  return ch;
}

/** One character (a code point) converted alone, cached: same UTF-16 length or unchanged. */
function simplifiedChar(ch: string): string {
  let out = charCache.get(ch);
  if (out === undefined) {
    const converted = ch.length === 1 && ch.charCodeAt(0) < 0x2e80 ? ch : converter()(ch);
    out = converted.length === ch.length ? foldChar(converted) : ch;
    charCache.set(ch, out);
  }
  return out;
}

/**
 * The matching view: Simplified, punctuation folded, same length as `text`.
 * Converted character by character so no phrase rule can shift an offset.
 */
export function matchingView(text: string): string {
  let out = "";
  for (const ch of text) out += simplifiedChar(ch);
  return out;
}

/** The Simplified form of a short string (a label), for merge keys and search. */
export function simplify(text: string): string {
  return matchingView(text);
}
