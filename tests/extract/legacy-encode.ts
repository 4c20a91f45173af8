// Text -> bytes in GBK or Big5 for tests, by inverting the platform's own
// decoder over every two-byte sequence: the tests check which encoding the
// reader chooses, not the decoder's tables.
const encoders = new Map<string, Map<string, number[]>>();

function table(label: "gbk" | "big5"): Map<string, number[]> {
  let map = encoders.get(label);
  if (map) return map;
  map = new Map();
  const decoder = new TextDecoder(label);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== "\ufffd" && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  encoders.set(label, map);
  return map;
}

export function encodeLegacy(text: string, label: "gbk" | "big5"): Uint8Array {
  const map = table(label);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const bytes = map.get(ch);
      if (!bytes) throw new Error(`${label} has no ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
