// Which character encoding a file's bytes are in: what the file declares, as a
// browser reads it, then a guess when it declares nothing. Decoding is the
// platform's TextDecoder (full ICU in Node, the browser's own in a worker): no
// tables of our own. Pure.

export interface CharsetChoice {
  /** A WHATWG encoding label TextDecoder accepts (utf-8, gb18030, big5, utf-16le …). */
  label: string;
  /** Where it came from, for messages and tests. */
  by: "bom" | "declared" | "detected";
}

/** How far into the file a declaration is looked for (the HTML spec's prescan reads 1024 bytes; pages put long comments first). */
const PRESCAN_BYTES = 4096;

/** The encoding named by a byte-order mark, with the mark's length. */
export function bomCharset(bytes: Uint8Array): { label: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: "utf-16be", length: 2 };
  return undefined;
}

/** The canonical name of a label TextDecoder knows, or undefined for one it does not. */
export function knownCharset(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/**
 * The charset a page or file declares near its start: `<meta charset>`,
 * `<meta http-equiv="Content-Type" content="…; charset=…">` or an XML
 * declaration's `encoding`. Read as ASCII: every one of these is ASCII in any
 * ASCII-compatible encoding. A page cannot declare UTF-16 in its own bytes
 * (browsers read such a declaration as UTF-8), so neither do we.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES));
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  const candidates: string[] = [];
  if (xml) candidates.push(xml[1]);
  const withoutComments = head.replace(/<!--[\s\S]*?(?:-->|$)/g, " ");
  for (const tag of withoutComments.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag[0]);
    if (charset) candidates.push(charset[1]);
  }
  for (const c of candidates) {
    const known = knownCharset(c);
    if (!known) continue;
    return known.startsWith("utf-16") ? "utf-8" : known;
  }
  return undefined;
}

function latin1(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** Decodes strictly; undefined when the bytes are not well-formed in that encoding. */
export function decodeStrict(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

// The characters that make up nearly all running text in each encoding, taken
// from the decoder itself: GB2312's level-1 hanzi and its punctuation rows, and
// Big5's frequently used characters and its symbol rows. Misread bytes land
// far outside these sets; a right reading falls almost wholly inside.
const COMMON_ROWS: Record<string, { leads: [number, number]; trails: [number, number][] }[]> = {
  gb18030: [
    { leads: [0xa1, 0xa3], trails: [[0xa1, 0xfe]] },
    { leads: [0xb0, 0xd7], trails: [[0xa1, 0xfe]] },
  ],
  big5: [
    { leads: [0xa1, 0xa3], trails: [[0x40, 0x7e], [0xa1, 0xfe]] },
    { leads: [0xa4, 0xc6], trails: [[0x40, 0x7e], [0xa1, 0xfe]] },
  ],
};

const commonSets = new Map<string, Set<string>>();

function commonCharacters(label: string): Set<string> {
  let set = commonSets.get(label);
  if (set) return set;
  set = new Set();
  const decoder = new TextDecoder(label);
  for (const { leads, trails } of COMMON_ROWS[label]) {
    for (let lead = leads[0]; lead <= leads[1]; lead++) {
      for (const [from, to] of trails) {
        for (let trail = from; trail <= to; trail++) {
          const ch = decoder.decode(new Uint8Array([lead, trail]));
          if (ch.length === 1 && ch !== "\ufffd") set.add(ch);
        }
      }
    }
  }
  commonSets.set(label, set);
  return set;
}

/** Share of the non-ASCII characters of `text` that are common in that encoding. */
function commonShare(text: string, label: string): number {
  const common = commonCharacters(label);
  let wide = 0;
  let hits = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    wide++;
    if (common.has(ch)) hits++;
  }
  return wide === 0 ? 0 : hits / wide;
}

/** Legacy Chinese encodings a page with no declaration may be in, the more common first. */
const GUESSES = ["gb18030", "big5"] as const;

/**
 * The encoding of bytes that declare none, as browsers guess it for Chinese
 * pages: valid UTF-8 first, then GB18030 or Big5, whichever reads as the more
 * ordinary text. Undefined when none of them decodes the bytes cleanly.
 */
export function detectCharset(bytes: Uint8Array): string | undefined {
  if (decodeStrict(bytes, "utf-8") !== undefined) return "utf-8";
  let best: { label: string; share: number } | undefined;
  for (const label of GUESSES) {
    const text = decodeStrict(bytes, label);
    if (text === undefined) continue;
    const share = commonShare(text, label);
    if (!best || share > best.share) best = { label, share };
  }
  return best?.label;
}
