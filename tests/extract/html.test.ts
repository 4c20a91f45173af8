import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToText } from "../../src/extract/html";

describe("htmlToText: text", () => {
  it("keeps the words of nested inline tags together and breaks lines at blocks", () => {
    const text = htmlToText("<div><p>河南<b>省<i>教育</i>廳</b>召開會議。</p><p>第二段。</p></div>");
    expect(text).toBe("河南省教育廳召開會議。\n\n第二段。");
  });

  it("turns <br> into a line break and collapses runs of blank lines", () => {
    const text = htmlToText("<p>一<br>二<br><br><br>三</p><div></div><div></div><p>四</p>");
    expect(text).toBe("一\n二\n\n三\n\n四");
  });

  it("drops script, style, noscript and head content, Chinese text in them included", () => {
    const html = `<html><head><meta charset="utf-8"><style>p{color:red} /* 樣式 */</style>
      <script>var s = "<p>腳本裡的中文</p>"; if (a < b) alert("不應出現");</script></head>
      <body><noscript>請啟用腳本</noscript><p>正文內容。</p>
      <script type="text/javascript">document.write('</div>注入');</script><p>結尾。</p></body></html>`;
    const text = htmlToText(html);
    expect(text).toBe("正文內容。\n\n結尾。");
  });

  it("removes an img with an onerror handler and keeps the text around it", () => {
    const text = htmlToText("<p>前文<img src=x onerror=alert(1)>後文</p>");
    expect(text).toBe("前文後文");
    expect(text).not.toMatch(/alert|onerror|img/);
  });

  it("skips comments, a doctype, svg and a '>' inside a quoted attribute", () => {
    const html = `<!DOCTYPE html><!-- 註釋 <p>不要</p> --><p><a title="a>b" href='/x'>連結</a>文字<svg><text>圖中字</text></svg></p>`;
    expect(htmlToText(html)).toBe("連結文字");
  });

  it("decodes entities after the markup is gone, so escaped tags stay text", () => {
    const text = htmlToText("<p>&lt;b&gt;不是標籤&lt;/b&gt; &amp; &#20013;&#x6587; &ldquo;引號&rdquo;</p>");
    expect(text).toBe("<b>不是標籤</b> & 中文 “引號”");
  });

  it("treats a '<' that opens no tag as text", () => {
    expect(htmlToText("<p>1 < 2 且 3 <= 4</p>")).toBe("1 < 2 且 3 <= 4");
  });

  it("drops a source line break between Chinese characters but keeps it as a space between words", () => {
    const text = htmlToText("<p>河南省教育廳\n    召開會議，press\n  conference</p>");
    expect(text).toBe("河南省教育廳召開會議，press conference");
  });

  it("trims indentation made of &nbsp; and ideographic spaces", () => {
    expect(htmlToText("<p>&nbsp;&nbsp;\u3000\u3000第一段。</p>")).toBe("第一段。");
  });
});

describe("decodeEntities", () => {
  it("decodes named and numeric references and leaves unknown ones as written", () => {
    expect(decodeEntities("&amp;&lt;&gt;&quot;&apos;&nbsp;&hellip;&mdash;&#39;&#x4E2D;&#20013;&unknown;")).toBe(
      "&<>\"'\u00a0…—'中中&unknown;",
    );
  });

  it("replaces references to no character with U+FFFD", () => {
    expect(decodeEntities("&#0;&#xD800;&#x110000;")).toBe("\ufffd\ufffd\ufffd");
  });

  it("reads the Windows-1252 range as browsers do", () => {
    expect(decodeEntities("&#147;&#148;&#150;")).toBe("“”–");
  });
});
