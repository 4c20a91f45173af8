import { describe, expect, it } from "vitest";
import { decodeArticle, firstInvalidUtf8 } from "../../src/extract/decode";
import { encodeLegacy } from "./legacy-encode";

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
    expect(decodeArticle(utf8(text))).toEqual({ ok: true, text, charset: { label: "utf-8", by: "detected" } });
  });

  it("drops a UTF-8 byte-order mark", () => {
    const r = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("教育廳")]));
    expect(r).toEqual({ ok: true, text: "教育廳", charset: { label: "utf-8", by: "bom" } });
  });

  it("turns CRLF and lone CR line ends into LF", () => {
    expect(decodeArticle(utf8("一\r\n二\r三\n四"))).toMatchObject({ ok: true, text: "一\n二\n三\n四" });
  });

  it("keeps tabs and form feeds, which real text files contain", () => {
    expect(decodeArticle(utf8("標題\t2020\f\n正文"))).toMatchObject({ ok: true, text: "標題\t2020\f\n正文" });
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

  it("reads GBK with no declaration: the same sentence, byte by byte", () => {
    // 「河南省教育厅发布通知。」 encoded in GBK.
    const gbk = new Uint8Array([
      186, 211, 196, 207, 202, 161, 189, 204, 211, 253, 204, 252, 183, 162, 178, 188, 205, 168, 214, 170, 161, 163,
    ]);
    expect(decodeArticle(gbk)).toEqual({ ok: true, text: "河南省教育厅发布通知。", charset: { label: "gb18030", by: "detected" } });
  });

  it("reads Big5 with no declaration", () => {
    const big5 = new Uint8Array([177, 208, 168, 124, 198, 85, 165, 108, 182, 125, 183, 124, 196, 179]);
    expect(decodeArticle(big5)).toEqual({ ok: true, text: "教育廳召開會議", charset: { label: "big5", by: "detected" } });
  });

  it("tells GBK from Big5 in longer text of either script", () => {
    const simplified = "3月12日，省教育厅召开全省教育系统安全工作视频会议，副厅长主持会议并讲话。";
    const traditional = "醫院管理局今日舉行新聞發布會，行政總裁介紹了公立醫院的最新情況。";
    expect(decodeArticle(encodeLegacy(simplified, "gbk"))).toMatchObject({ ok: true, text: simplified, charset: { label: "gb18030" } });
    expect(decodeArticle(encodeLegacy(traditional, "big5"))).toMatchObject({ ok: true, text: traditional, charset: { label: "big5" } });
    // Traditional characters in GBK stay GBK, Simplified-looking Big5 stays Big5.
    expect(decodeArticle(encodeLegacy(traditional, "gbk"))).toMatchObject({ ok: true, text: traditional });
  });

  it("follows <meta charset>, http-equiv and the XML declaration", () => {
    const body = "<p>河南省教育厅召开会议。</p>";
    const page = (head: string) => new Uint8Array([...utf8(`<html><head>${head}</head><body>`), ...encodeLegacy(body, "gbk"), ...utf8("</body></html>")]);
    expect(decodeArticle(page('<meta charset="gb2312">'))).toMatchObject({ ok: true, charset: { label: "gbk", by: "declared" } });
    expect(decodeArticle(page('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GBK">'))).toMatchObject({
      ok: true,
      charset: { label: "gbk", by: "declared" },
    });
    const xml = new Uint8Array([...utf8('<?xml version="1.0" encoding="GB18030"?><html><body>'), ...encodeLegacy(body, "gbk")]);
    const r = decodeArticle(xml);
    expect(r).toMatchObject({ ok: true, charset: { label: "gb18030", by: "declared" } });
    expect(r.ok && r.text).toContain("河南省教育厅召开会议");
  });

  it("lets a declaration settle bytes that read as either (four bytes of Big5 also decode as GBK)", () => {
    const bytes = new Uint8Array([...utf8('<meta charset="big5">'), 177, 208, 168, 124]);
    expect(decodeArticle(bytes)).toMatchObject({ ok: true, text: '<meta charset="big5">教育', charset: { label: "big5" } });
  });

  it("ignores a declaration inside a comment and one naming no encoding", () => {
    const bytes = new Uint8Array([...utf8('<!-- <meta charset="big5"> --><meta charset="nonsense">'), ...encodeLegacy("河南省教育厅发布通知。", "gbk")]);
    expect(decodeArticle(bytes)).toMatchObject({ ok: true, charset: { label: "gb18030", by: "detected" } });
  });

  it("reads a page still declaring GBK after it was converted to UTF-8 as UTF-8", () => {
    expect(decodeArticle(utf8('<meta charset="gbk"><p>河南省教育厅</p>'))).toMatchObject({ ok: true, text: '<meta charset="gbk"><p>河南省教育厅</p>' });
  });

  it("reads UTF-16 in either byte order from its byte-order mark", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x59, 0x65, 0xb2, 0x80, 0x0a, 0x00]);
    expect(decodeArticle(le)).toEqual({ ok: true, text: "教育\n", charset: { label: "utf-16le", by: "bom" } });
    const be = new Uint8Array([0xfe, 0xff, 0x65, 0x59, 0x80, 0xb2]);
    expect(decodeArticle(be)).toEqual({ ok: true, text: "教育", charset: { label: "utf-16be", by: "bom" } });
  });

  it("rejects bytes no Chinese encoding reads, naming the first bad byte", () => {
    const reason = expectError(new Uint8Array([0x41, 0x42, 0xa1, 0x20, 0x41]), "encoding");
    expect(reason).toMatch(/not valid UTF-8 \(first bad byte at offset 2\), GB18030 or Big5/);
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
