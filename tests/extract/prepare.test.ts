import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatOfFile, prepareArticle, preparePastedArticle } from "../../src/extract/prepare";

const utf8 = (s: string) => new TextEncoder().encode(s);

async function prepared(text: string, format: "text" | "html", defaultYear?: number) {
  const r = await prepareArticle(utf8(text), { id: "doc", format, defaultYear });
  if (!r.ok) throw new Error(r.reason);
  return r.article;
}

describe("formatOfFile", () => {
  it("knows .txt, .html and .htm, in any case", () => {
    expect(formatOfFile("a.txt")).toBe("text");
    expect(formatOfFile("dir.x/A.HTML")).toBe("html");
    expect(formatOfFile("a.htm")).toBe("html");
    expect(formatOfFile("a.pdf")).toBeUndefined();
    expect(formatOfFile("txt")).toBeUndefined();
  });
});

describe("prepareArticle", () => {
  it("makes the source text of a .txt the body after its front matter", async () => {
    const a = await prepared("---\ntitle: 標題\nyear: 2020\n---\n標題\n\n1月21日,開會。\n", "text");
    expect(a.doc.text).toBe("標題\n\n1月21日,開會。\n");
    expect(a.doc.title).toBe("標題");
    expect(a.doc.chars).toBe(a.doc.text.length);
    expect(a.year).toBe(2020);
  });

  it("makes the source text of an HTML page its text without markup, with the page's metadata", async () => {
    const html =
      '<html><head><title>頁面標題</title><meta name="PubDate" content="2021-03-04 08:00"><link rel="canonical" href="https://example.org/p"></head>' +
      "<body><script>var x = '不要';</script><p>3月4日,開會。</p></body></html>";
    const a = await prepared(html, "html", 2019);
    expect(a.doc).toMatchObject({ id: "doc", title: "頁面標題", date: "2021-03-04", url: "https://example.org/p", text: "3月4日,開會。" });
    expect(a.year).toBe(2021); // the page's own date beats the default year
  });

  it("takes the year in this order: front-matter year, front-matter date, the default", async () => {
    expect((await prepared("---\nyear: 2020\ndate: 2021-01-01\n---\n正文", "text", 2019)).year).toBe(2020);
    expect((await prepared("---\ndate: 2021-01-01\n---\n正文", "text", 2019)).year).toBe(2021);
    expect((await prepared("正文", "text", 2019)).year).toBe(2019);
    expect((await prepared("正文", "text")).year).toBeUndefined();
  });

  it("gives a reason for bytes, front matter or pages that hold no article", async () => {
    const reason = async (bytes: Uint8Array, format: "text" | "html") => {
      const r = await prepareArticle(bytes, { id: "x", format });
      return r.ok ? "ok" : r.reason;
    };
    expect(await reason(new Uint8Array(0), "text")).toBe("empty file");
    expect(await reason(utf8("---\nyear: 20x0\n---\n正文"), "text")).toMatch(/"year"/);
    expect(await reason(utf8("---\ntitle: 只有標題\n---\n\n"), "text")).toMatch(/no article text/);
    expect(await reason(utf8("<html><script>只有腳本</script></html>"), "html")).toMatch(/no text left/);
  });
});

describe("preparePastedArticle", () => {
  const pasted = async (text: string, meta: { title?: string; date?: string; year?: number } = {}) => {
    const r = await preparePastedArticle(text, { id: "pasted", ...meta });
    return r.ok ? r.article : r.reason;
  };

  it("gives the document a .txt file with the same text would give", async () => {
    const text = "某省教育廳召開會議\r\n\r\n2月3日,廳長張三主持會議。\r\n";
    const fromPaste = await pasted(text);
    const fromFile = await prepared(text, "text");
    expect(fromPaste).toEqual({ ...fromFile, doc: { ...fromFile.doc, id: "pasted" } });
    expect(typeof fromPaste !== "string" && fromPaste.doc.text).toBe("某省教育廳召開會議\n\n2月3日,廳長張三主持會議。\n");
  });

  it("takes the typed title, date and year over the text's own, the date's year when no year is typed", async () => {
    const a = await pasted("---\ntitle: 舊標題\nyear: 2019\n---\n正文", { title: " 新標題 ", date: "2020-02-03" });
    expect(a).toMatchObject({ doc: { title: "新標題", date: "2020-02-03", text: "正文" }, year: 2019 });
    expect(await pasted("正文", { date: "2021-05-06" })).toMatchObject({ year: 2021, doc: { title: "正文" } });
    expect(await pasted("正文", { date: "2021-05-06", year: 2020 })).toMatchObject({ year: 2020 });
    expect(await pasted("正文", { title: "  " })).toMatchObject({ doc: { title: "正文" } });
  });

  it("reads pasted page source as the page it is, like a dropped .html, the typed title still first", async () => {
    const html =
      '<!DOCTYPE html><html><head><title>縣政府召開會議_政務要聞_某縣政府</title><meta name="ContentSource" content="縣政府辦公室"></head>' +
      "<body><div>當前位置：首頁</div><h1>縣政府召開會議</h1><p>6月18日，縣長陳某主持會議並講話，部署防汛工作。</p></body></html>";
    const fromPaste = await pasted(html);
    const fromFile = await prepared(html, "html");
    expect(fromPaste).toEqual({ ...fromFile, doc: { ...fromFile.doc, id: "pasted" } });
    expect(fromPaste).toMatchObject({ doc: { title: "縣政府召開會議", publisher: "縣政府辦公室", site: "某縣政府", text: "縣政府召開會議\n\n6月18日，縣長陳某主持會議並講話，部署防汛工作。" } });
    expect(await pasted(html, { title: "自訂標題" })).toMatchObject({ doc: { title: "自訂標題", publisher: "縣政府辦公室" } });
    // Text that merely mentions a tag stays text.
    expect(await pasted("正文提到<html>標籤。")).toMatchObject({ doc: { text: "正文提到<html>標籤。" } });
  });

  it("names what is wrong: no text, a date that is no day, a year that is not four digits", async () => {
    expect(await pasted("  \n ")).toBe("the article is empty");
    expect(await pasted("正文", { date: "2020-02-30" })).toMatch(/date "2020-02-30" is not a calendar date/);
    expect(await pasted("正文", { year: 20 })).toMatch(/year "20" is not a four-digit year/);
  });
});

describe("the seed article", () => {
  it("prepares to the text the gold offsets index: the file without its front matter", async () => {
    const raw = readFileSync(new URL("../../graph-data/articles/henan-education-2020.txt", import.meta.url), "utf8");
    const r = await prepareArticle(utf8(raw), { id: "henan-education-2020", format: "text" });
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.doc.text).toBe(raw.replace(/^---\n[\s\S]*?\n---\n/, ""));
    expect(r.article.doc.title).toBe("爭分奪秒 積極行動 河南省教育廳全力打好疫情防控阻擊戰");
    expect(r.article.year).toBe(2020);
  });
});
