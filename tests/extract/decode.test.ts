import { describe, expect, it } from "vitest";
import { decodeArticle, firstInvalidUtf8 } from "../../src/extract/decode";

const utf8 = (s: string) => new TextEncoder().encode(s);

function expectError(bytes: Uint8Array, kind: string) {
  const r = decodeArticle(bytes);
  if (r.ok) throw new Error(`expected a ${kind} error, got text ${JSON.stringify(r.text.slice(0, 20))}`);
  expect(r.error.kind).toBe(kind);
  return r.error.reason;
}

describe("decodeArticle", () => {
  it("returns UTF-8 Chinese text unchanged", () => {
    const text = "河南省教育廳召開會議。\n\n第二段。";
    expect(decodeArticle(utf8(text))).toEqual({ ok: true, text });
  });

  it("drops a UTF-8 byte-order mark", () => {
    const r = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("教育廳")]));
    expect(r).toEqual({ ok: true, text: "教育廳" });
  });

  it("turns CRLF and lone CR line ends into LF", () => {
    expect(decodeArticle(utf8("一\r\n二\r三\n四"))).toEqual({ ok: true, text: "一\n二\n三\n四" });
  });

  it("keeps tabs and form feeds, which real text files contain", () => {
    expect(decodeArticle(utf8("標題\t2020\f\n正文"))).toEqual({ ok: true, text: "標題\t2020\f\n正文" });
  });

  it("rejects an empty file", () => {
    expect(expectError(new Uint8Array(0), "empty")).toBe("empty file");
  });

  it("rejects a file of whitespace only, ideographic spaces included", () => {
    expect(expectError(utf8(" \n\t\u3000\r\n"), "empty")).toMatch(/whitespace/);
  });

  it("rejects a PNG as binary", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(expectError(png, "binary")).toMatch(/binary file \(NUL byte at offset 8\)/);
  });

  it("rejects bytes full of control characters even without a NUL", () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(expectError(bytes, "binary")).toMatch(/control characters/);
  });

  it("rejects GBK and names the likely encoding", () => {
    // 「河南省教育厅发布通知。」 encoded in GBK, byte by byte.
    const gbk = new Uint8Array([
      186, 211, 196, 207, 202, 161, 189, 204, 211, 253, 204, 252, 183, 162, 178, 188, 205, 168, 214, 170, 161, 163,
    ]);
    // The fixture really is that sentence in GBK (Node's ICU decodes GBK).
    expect(new TextDecoder("gbk").decode(gbk)).toBe("河南省教育厅发布通知。");
    const reason = expectError(gbk, "encoding");
    expect(reason).toMatch(/not valid UTF-8/);
    expect(reason).toMatch(/GBK/);
    expect(reason).toMatch(/offset 0/);
  });

  it("rejects Big5 as not UTF-8", () => {
    const big5 = new Uint8Array([177, 208, 168, 124, 198, 85, 165, 108, 182, 125, 183, 124, 196, 179]);
    expect(new TextDecoder("big5").decode(big5)).toBe("教育廳召開會議");
    expect(expectError(big5, "encoding")).toMatch(/Big5/);
  });

  it("names UTF-16 rather than calling it binary", () => {
    const utf16le = new Uint8Array([0xff, 0xfe, 0x59, 0x6b, 0xb2, 0x80]);
    expect(expectError(utf16le, "encoding")).toMatch(/UTF-16/);
  });
});

describe("firstInvalidUtf8", () => {
  it("points at the first byte that breaks UTF-8", () => {
    expect(firstInvalidUtf8(new Uint8Array([...utf8("ab教"), 0xba, 0xd3]))).toBe(5);
  });

  it("finds overlong forms and surrogates", () => {
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe0, 0x80, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
  });

  it("returns -1 for valid UTF-8, four-byte characters included", () => {
    expect(firstInvalidUtf8(utf8("𠀀教育"))).toBe(-1);
  });
});
