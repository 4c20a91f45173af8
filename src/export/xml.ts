// Writing text into XML safely: markup characters escaped, characters XML 1.0
// cannot hold replaced, and the whitespace a parser would otherwise normalise
// (CR in text, tab/LF/CR in attributes) written as character references so it
// comes back as it went in.

/** Code points XML 1.0 forbids: most C0 controls, lone surrogates, U+FFFE/U+FFFF. */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Replaces what XML cannot carry with U+FFFD, one UTF-16 unit for one, so lengths and offsets hold. */
export const xmlSafe = (text: string) => text.replace(FORBIDDEN, "\uFFFD");

const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': "&quot;", "\t": "&#9;", "\n": "&#10;" };

export const escapeXmlText = (text: string) => xmlSafe(text).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]);
export const escapeXmlAttr = (text: string) => xmlSafe(text).replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c]);
