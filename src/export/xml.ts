// Writing text into XML safely: markup characters escaped, characters XML 1.0
// cannot hold replaced, and the whitespace a parser would otherwise normalise
// (CR in text, tab/LF/CR in attributes) written as character references so it
// comes back as it went in. NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR are
// written as references too: some parsers (xmldom) read them as XML 1.1 line
// ends and turn them into LF, which changes labels and breaks JSON inside.

/** Code points XML 1.0 forbids: most C0 controls, lone surrogates, U+FFFE/U+FFFF. */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Replaces what XML cannot carry with U+FFFD, one UTF-16 unit for one, so lengths and offsets hold. */
export const xmlSafe = (text: string) => text.replace(FORBIDDEN, "\uFFFD");

const LINE_ENDS: Record<string, string> = { "\u0085": "&#x85;", "\u2028": "&#x2028;", "\u2029": "&#x2029;" };
const TEXT_ESCAPES: Record<string, string> = { ...LINE_ENDS, "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': "&quot;", "\t": "&#9;", "\n": "&#10;" };

export const escapeXmlText = (text: string) => xmlSafe(text).replace(/[&<>\r\u0085\u2028\u2029]/g, (c) => TEXT_ESCAPES[c]);
export const escapeXmlAttr = (text: string) => xmlSafe(text).replace(/[&<>"\t\n\r\u0085\u2028\u2029]/g, (c) => ATTR_ESCAPES[c]);

/**
 * One id per key, unique after XML-forbidden characters are replaced: a key
 * that is safe and free keeps itself, any other gets `~2`, `~3` … until free,
 * so two keys that differ only by such characters never share an id.
 */
export function uniqueXmlIds(keys: Iterable<string>): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  const later: string[] = [];
  for (const key of keys) {
    const safe = xmlSafe(key);
    if (safe === key && !taken.has(key)) {
      ids.set(key, key);
      taken.add(key);
    } else later.push(key);
  }
  // Keys that needed changing come second, so a clean key never loses its own name to them.
  for (const key of later) {
    const safe = xmlSafe(key);
    let id = safe;
    for (let k = 2; taken.has(id); k++) id = `${safe}~${k}`;
    ids.set(key, id);
    taken.add(id);
  }
  return ids;
}
