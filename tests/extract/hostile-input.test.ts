// Pathological structure, generated: what took the extractor minutes (a copy of
// the view per metadata line, a search to the end of the article per paragraph,
// a rescan per unclosed 《 or nested 「) now goes through in one pass; and the
// caps a reader would apply (a bracket spans at most a title's length, a line of
// thousands of characters is cut after a stop) change nothing on real articles.
// The times are measured in `npm run bench` (long article); here each case is
// sized so that the old code ran far past the test's timeout (lines and credit
// lines: minutes; nested and unclosed brackets: tens of seconds).
import { describe, expect, it } from "vitest";
import { MAX_PARAGRAPH, prepareText } from "../../src/extract/document";
import { MAX_TITLE_SPAN, findTitles } from "../../src/extract/mentions/notices";
import { prepareArticle } from "../../src/extract/prepare";
import { entities, inBothScripts, run, triples } from "./helpers";

/** Every span the extraction returns lies inside the text and is cut from it. */
function expectSpansInside(text: string, x: ReturnType<typeof run>) {
  for (const e of x.entities) {
    for (const m of e.mentions) expect(m.end <= text.length && m.start < m.end).toBe(true);
  }
  for (const r of x.relations) for (const ev of r.evidence) expect(ev.end <= text.length && ev.start < ev.end).toBe(true);
}

// A bound for a loaded CI machine: each case takes a second or two of CPU here, the old code minutes.
describe("pathological structure goes through in one pass", { timeout: 30_000 }, () => {
  it("100,000 characters of nested 「」 and of unclosed 《 find no title", () => {
    const nested = "「".repeat(50_000) + "」".repeat(50_000);
    expect(run(nested).entities).toEqual([]);
    const unclosed = "《關於做好".repeat(20_000);
    expect(run(unclosed).entities).toEqual([]);
    expect(findTitles(unclosed, 0, unclosed.length)).toEqual([]);
  });

  it("20,000 lines with no post in them, and 60,000 credit lines, each read once", () => {
    const lines = "省教育厅召开会议\n".repeat(20_000);
    const x = run(lines);
    expect(x.entities.filter((e) => e.type === "agency").map((e) => e.label)).toEqual(["省教育厅"]);
    expectSpansInside(lines, x);
    const credits = "來源:省教育廳\n".repeat(60_000) + "省教育廳召開會議。";
    const prepared = prepareText(credits);
    expect(prepared.paragraphs.filter((p) => p.kind === "meta")).toHaveLength(60_000);
    expect(prepared.view.slice(0, 60_000 * 8).trim()).toBe("");
    expect(entities(run(credits))).toContain("agency:省教育廳");
  });

  it("20,000 short sentences in one line, and a page of 20,000 <br> lines", async () => {
    const sentences = "王明到省教育厅调研。".repeat(20_000);
    const x = run(sentences);
    expectSpansInside(sentences, x);
    expect(entities(x)).toContain("agency:省教育厅");

    const html = `<html><body><p>${"省教育廳召開會議<br>\n".repeat(20_000)}</p></body></html>`;
    const page = await prepareArticle(new TextEncoder().encode(html), { id: "br", format: "html" });
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    expect(prepareText(page.article.doc.text).paragraphs.length).toBeGreaterThanOrEqual(20_000);
    expectSpansInside(page.article.doc.text, run(page.article.doc.text));
  });
});

describe("the caps a reader applies", () => {
  it(`cuts a line of more than ${MAX_PARAGRAPH} characters after a stop, and leaves shorter lines whole`, () => {
    const sentence = "省教育廳召開會議,部署疫情防控工作。";
    const long = sentence.repeat(Math.ceil((MAX_PARAGRAPH * 2.5) / sentence.length));
    const { paragraphs } = prepareText(long);
    expect(paragraphs.length).toBe(3);
    for (const p of paragraphs) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_PARAGRAPH);
      expect(long[p.end - 1]).toBe("。");
    }
    expect(paragraphs[0].start).toBe(0);
    expect(paragraphs.map((p) => p.end).slice(0, -1)).toEqual(paragraphs.slice(1).map((p) => p.start));
    // Just under the cap: one paragraph, as before.
    const whole = sentence.repeat(Math.floor(MAX_PARAGRAPH / sentence.length));
    expect(prepareText(whole).paragraphs).toEqual([{ index: 0, start: 0, end: whole.length, kind: "body" }]);
  });

  it("cuts a line with no stop at all at the cap", () => {
    const text = "甲".repeat(MAX_PARAGRAPH * 2 + 10);
    expect(prepareText(text).paragraphs.map((p) => p.end - p.start)).toEqual([MAX_PARAGRAPH, MAX_PARAGRAPH, 10]);
  });

  it("reads a title in 《》 up to the cap, and finds titles inside a pair of 《》 too far apart to be one", () => {
    inBothScripts("省教育厅印发《关于做好2020年春季学期开学工作的通知》。", (x, w) => {
      expect(entities(x)).toContain(`notice:${w("关于做好2020年春季学期开学工作的通知")}`);
      expect(triples(x)).toContain(`${w("省教育厅")} issued ${w("关于做好2020年春季学期开学工作的通知")}`);
    });
    const atCap = "关".repeat(MAX_TITLE_SPAN - 4) + "的通知";
    expect(findTitles(`《${atCap}》`, 0, atCap.length + 2).map((t) => t.text)).toEqual([atCap]);
    // A stray 《 whose 》 comes hundreds of characters later holds prose, not a title.
    inBothScripts(`《省教育厅${"召开会议,部署工作。".repeat(30)}省教育厅印发《关于防控工作的通知》。》`, (x, w) => {
      expect(x.entities.filter((e) => e.type === "notice").map((e) => e.label)).toEqual([w("关于防控工作的通知")]);
    });
  });
});
