// Simplified → Traditional (Taiwan or Hong Kong usage) with opencc-js. The
// planted offsets index the converted text, so conversion must keep the
// length: when a phrase rule changes it, characters are converted one by one
// and any that would still change length are left as written.
import * as OpenCC from "opencc-js";

export type Script = "zh-Hans" | "zh-Hant-TW" | "zh-Hant-HK";

const converters = new Map<Script, (s: string) => string>();

function converter(script: Script): (s: string) => string {
  let c = converters.get(script);
  if (!c) {
    c = script === "zh-Hans" ? (s) => s : OpenCC.Converter({ from: "cn", to: script === "zh-Hant-TW" ? "tw" : "hk" });
    converters.set(script, c);
  }
  return c;
}

function convertPiece(piece: string, convert: (s: string) => string): string {
  const whole = convert(piece);
  if (whole.length === piece.length) return whole;
  let out = "";
  for (const ch of piece) {
    const c = convert(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

/** Converts keeping the UTF-16 length, so every offset stays valid. `cuts`
 *  are offsets no phrase rule may span (the edges of names: without them a
 *  rule can read 长胡 in 副省长胡… as one word and change the surname). */
export function toScript(text: string, script: Script, cuts: readonly number[] = []): string {
  if (script === "zh-Hans") return text;
  const convert = converter(script);
  let out = "";
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    if (cut <= from) continue;
    out += convertPiece(text.slice(from, cut), convert);
    from = cut;
  }
  return out;
}
