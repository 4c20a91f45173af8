// Text from file names and articles printed to a terminal: control characters
// (escape sequences that move the cursor, recolour or retitle the terminal,
// bidirectional overrides that reorder what is shown) are printed as escapes.

/** C0 and C1 controls, DEL, and the bidirectional and invisible formatting characters. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

export function printable(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
