// A Simplified "matching view" of an article, the same length as the original
// so every offset found in it is an offset in the original text. Rules and
// lexicons are written once, in Simplified; labels are cut from the original.
// The Traditional-to-Simplified bundle only (a tenth of opencc's full size): the browser's worker loads it too.
import { Converter } from "opencc-js/t2cn";

type Convert = (s: string) => string;

let toSimplified: Convert | undefined;
const charCache = new Map<string, string>();

function converter(): Convert {
  // "hk" covers Hong Kong forms (衞) as well as standard Traditional.
  toSimplified ??= Converter({ from: "hk", to: "cn" });
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
const utf16 = new TextDecoder("utf-16le");
/** Converted BMP code units, filled on first sight (0: not seen yet). */
const table = new Uint16Array(65536);

export function matchingView(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A character outside the BMP: converted as a pair, kept when the length would change.
      const pair = simplifiedChar(text.slice(i, i + 2));
      codes[i] = pair.charCodeAt(0);
      codes[i + 1] = pair.charCodeAt(1);
      i++;
      continue;
    }
    let out = table[c];
    if (out === 0) {
      out = simplifiedChar(String.fromCharCode(c)).charCodeAt(0);
      table[c] = out;
    }
    codes[i] = out;
  }
  return utf16.decode(codes);
}

/** The Simplified form of a short string (a label), for merge keys and search. */
export function simplify(text: string): string {
  return matchingView(text);
}
