// File bytes -> article text, or a reason the file cannot be an article.
// Any encoding the file declares or a browser would guess (charset.ts).
// Pure (no Node API): the browser runs it on dropped files too.
import { bomCharset, declaredCharset, decodeStrict, detectCharset, type CharsetChoice } from "./charset";

export type DecodeErrorKind = "empty" | "binary" | "encoding";

export interface DecodeError {
  kind: DecodeErrorKind;
  /** One line a person can act on, without the file name (the caller adds it). */
  reason: string;
}

export type DecodeResult = { ok: true; text: string; charset: CharsetChoice } | { ok: false; error: DecodeError };

/** Above this share of control characters the bytes are data, not prose. */
const MAX_CONTROL_SHARE = 0.01;

const fail = (kind: DecodeErrorKind, reason: string): DecodeResult => ({ ok: false, error: { kind, reason } });

function isControl(code: number): boolean {
  // Tab, line feed, vertical tab, form feed and carriage return occur in real text files.
  return (code < 0x20 && !(code >= 0x09 && code <= 0x0d)) || code === 0x7f;
}

export function decodeArticle(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return fail("empty", "empty file");

  const chosen = chooseCharset(bytes);
  if ("error" in chosen) return { ok: false, error: chosen.error };
  const { label, by, skip } = chosen;
  const body = bytes.subarray(skip);
  // A declared encoding the bytes break is read as a browser reads it, with U+FFFD for the bad bytes.
  let text = decodeStrict(body, label) ?? new TextDecoder(label).decode(body);

  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++;
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    return fail("binary", `binary file (${controls} control characters)`);
  }

  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") return fail("empty", "contains only whitespace");
  return { ok: true, text, charset: { label, by } };
}

type Chosen = (CharsetChoice & { skip: number }) | { error: DecodeError };

function chooseCharset(bytes: Uint8Array): Chosen {
  const bom = bomCharset(bytes);
  if (bom) return { label: bom.label, by: "bom", skip: bom.length };

  const nul = bytes.indexOf(0);
  if (nul !== -1) return { error: { kind: "binary", reason: `binary file (NUL byte at offset ${nul})` } };

  const declared = declaredCharset(bytes);
  if (declared) {
    // A page converted to UTF-8 without its declaration being changed: Chinese text in GBK or Big5 is
    // never valid UTF-8 by accident, while UTF-8 often decodes as GBK, as nonsense.
    if (declared !== "utf-8" && bytes.some((b) => b >= 0x80) && decodeStrict(bytes, "utf-8") !== undefined) {
      return { label: "utf-8", by: "detected", skip: 0 };
    }
    return { label: declared, by: "declared", skip: 0 };
  }
  const detected = detectCharset(bytes);
  if (detected) return { label: detected, by: "detected", skip: 0 };
  return {
    error: {
      kind: "encoding",
      reason: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}), GB18030 or Big5, and no charset declared; save it as UTF-8 or declare its encoding (<meta charset="…">)`,
    },
  };
}

/** Byte offset of the first sequence that is not well-formed UTF-8 (for the error message). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
