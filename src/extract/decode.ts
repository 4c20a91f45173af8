// File bytes -> article text, or a reason the file cannot be an article.
// Pure (no Node API): the browser runs it on dropped files too.

export type DecodeErrorKind = "empty" | "binary" | "encoding";

export interface DecodeError {
  kind: DecodeErrorKind;
  /** One line a person can act on, without the file name (the caller adds it). */
  reason: string;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; error: DecodeError };

/** Above this share of control characters the bytes are data, not prose. */
const MAX_CONTROL_SHARE = 0.01;

const fail = (kind: DecodeErrorKind, reason: string): DecodeResult => ({ ok: false, error: { kind, reason } });

function isControl(code: number): boolean {
  // Tab, line feed, vertical tab, form feed and carriage return occur in real text files.
  return (code < 0x20 && !(code >= 0x09 && code <= 0x0d)) || code === 0x7f;
}

export function decodeArticle(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return fail("empty", "empty file");

  // UTF-16 text is full of NUL bytes: name it rather than calling it binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail("encoding", "UTF-16 encoded; save the file as UTF-8");
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail("binary", `binary file (NUL byte at offset ${nul})`);

  let text: string;
  try {
    // The default (ignoreBOM: false) drops a leading UTF-8 byte-order mark.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail(
      "encoding",
      `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); it may be GBK or Big5: convert it to UTF-8 (iconv -f GBK -t UTF-8)`,
    );
  }

  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++;
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    return fail("binary", `binary file (${controls} control characters)`);
  }

  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") return fail("empty", "contains only whitespace");
  return { ok: true, text };
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
