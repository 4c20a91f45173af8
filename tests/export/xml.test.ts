import { describe, expect, it } from "vitest";
import { escapeXmlAttr, escapeXmlText, xmlSafe } from "../../src/export/xml";
import { xmldomParse } from "../../src/export/xmldom";

describe("xml escaping", () => {
  it("replaces what XML 1.0 forbids, one unit for one, and keeps the rest", () => {
    expect(xmlSafe("a\u0000b\u0008c\u000bd\u001fe\uFFFEf\uFFFF")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFD");
    expect(xmlSafe("lone \uD800 and \uDC00")).toBe("lone \uFFFD and \uFFFD");
    expect(xmlSafe("tab\tlf\ncr\r 𠮷𡃁 \u007f\u0085 中")).toBe("tab\tlf\ncr\r 𠮷𡃁 \u007f\u0085 中");
  });

  it("escapes markup in text and attributes, so it parses back to the same string", () => {
    const s = 'A&B <b>"x"</b> \'y\' ]]> a\r\nb\tc 𠮷';
    const doc = xmldomParse(`<r a="${escapeXmlAttr(s)}">${escapeXmlText(s)}</r>`);
    expect(doc.documentElement.getAttribute("a")).toBe(s);
    expect(doc.documentElement.textContent).toBe(s);
  });
});

describe("xmldomParse", () => {
  it("refuses broken XML, saying where", () => {
    expect(() => xmldomParse("<a><b></a>")).toThrow(/^broken XML: line 1, column \d+/);
    expect(() => xmldomParse("<a x='1' x='2'/>")).toThrow(/broken XML: .*redefined/);
    expect(() => xmldomParse("not xml")).toThrow(/broken XML: no root element/);
    expect(() => xmldomParse("")).toThrow(/broken XML/);
  });
});
