import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/extract/frontmatter";

function expectError(text: string) {
  const r = splitFrontMatter(text);
  if (r.ok) throw new Error("expected a front-matter error");
  return r.error;
}

describe("splitFrontMatter", () => {
  it("returns a text without front matter as it is", () => {
    const text = "標題\n\n1月21日,省教育廳召開會議。\n";
    expect(splitFrontMatter(text)).toEqual({ ok: true, meta: {}, body: text });
  });

  it("does not take a --- further down for front matter", () => {
    const text = "正文\n---\ntitle: 不是\n---\n";
    expect(splitFrontMatter(text)).toEqual({ ok: true, meta: {}, body: text });
  });

  it("reads title, date, url and year and returns the body after the block", () => {
    const text = [
      "---",
      "title: 河南省教育廳全力打好疫情防控阻擊戰",
      "date: 2020-02-01",
      'url: "https://example.org/news/1.html"',
      "year: 2020",
      "note: publication date from the site, kept for people",
      "---",
      "",
      "標題行",
      "正文。",
    ].join("\n");
    expect(splitFrontMatter(text)).toEqual({
      ok: true,
      meta: { title: "河南省教育廳全力打好疫情防控阻擊戰", date: "2020-02-01", url: "https://example.org/news/1.html", year: 2020 },
      body: "標題行\n正文。",
    });
  });

  it("accepts CRLF lines, comments and quoted values", () => {
    const r = splitFrontMatter("---\r\n# a comment\r\ntitle: '新聞: 標題'\r\n---\r\n正文");
    expect(r).toEqual({ ok: true, meta: { title: "新聞: 標題" }, body: "正文" });
  });

  it("names the field of a year that is not a year", () => {
    const e = expectError("---\nyear: abc\n---\n正文");
    expect(e.field).toBe("year");
    expect(e.reason).toBe('front matter field "year": "abc" is not a four-digit year');
  });

  it("names the field of a date that is no calendar day", () => {
    for (const bad of ["2020-13-45", "2020-02-30", "2020/02/01", "1月21日"]) {
      const e = expectError(`---\ndate: ${bad}\n---\n正文`);
      expect(e.field).toBe("date");
      expect(e.reason).toContain(`"${bad}"`);
    }
  });

  it("refuses a url that is not http(s), so none can run as script", () => {
    const e = expectError("---\nurl: javascript:alert(1)\n---\n正文");
    expect(e.field).toBe("url");
  });

  it("refuses an empty title and a field given twice", () => {
    expect(expectError("---\ntitle:\n---\n正文").field).toBe("title");
    expect(expectError("---\nyear: 2020\nyear: 2021\n---\n正文").reason).toMatch(/given twice/);
  });

  it("names the line that is not key: value", () => {
    expect(expectError("---\ntitle: 標題\n就一句話\n---\n正文").reason).toMatch(/line 3/);
  });

  it("says when the block is never closed", () => {
    expect(expectError("---\ntitle: 標題\n正文").reason).toMatch(/no closing ---/);
  });
});
