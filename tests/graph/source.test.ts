import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { documentIds, freshDocumentIds, makeSourceDoc, sha256Hex, titleFromText } from "../../src/graph/source";

describe("sha256Hex", () => {
  it("hashes the UTF-8 bytes of the text", async () => {
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const text = "河南省教育廳";
    expect(await sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  });
});

describe("makeSourceDoc", () => {
  it("makes the contract's source entry, keys in the contract's order", async () => {
    const text = "標題\n𠀀字在擴展B區。";
    const doc = await makeSourceDoc({ id: "a", text, title: "新聞", date: "2020-02-01", url: "https://example.org/a" });
    expect(Object.keys(doc)).toEqual(["id", "title", "date", "url", "chars", "sha256", "text"]);
    expect(doc.chars).toBe(text.length); // UTF-16 units, as offsets count
    expect(doc.chars).toBe(12); // 11 characters, one of them outside the BMP
    expect(doc.text).toBe(text);
  });

  it("leaves out date and url it was not given and takes the first line for a missing title", async () => {
    const doc = await makeSourceDoc({ id: "b", text: "\n  首行標題  \n正文" });
    expect(Object.keys(doc)).toEqual(["id", "title", "chars", "sha256", "text"]);
    expect(doc.title).toBe("首行標題");
  });

  it("cuts a derived title to a readable length", () => {
    expect(titleFromText("長".repeat(500))).toHaveLength(120);
    expect(titleFromText(" \n ")).toBeUndefined();
  });
});

describe("documentIds", () => {
  it("uses the file name without its extension", () => {
    expect(documentIds(["/data/articles/henan-education-2020.txt", "page.v2.html", "新聞"])).toEqual([
      "henan-education-2020",
      "page.v2",
      "新聞",
    ]);
  });

  it("tells files with one name apart by as many folders as it takes", () => {
    expect(documentIds(["/x/2020/report.txt", "/x/2021/report.html", "/x/other.txt"])).toEqual([
      "2020/report",
      "2021/report",
      "other",
    ]);
    expect(documentIds(["/a/news/2020/r.txt", "/b/news/2020/r.txt"])).toEqual(["a/news/2020/r", "b/news/2020/r"]);
    expect(documentIds(["C:\\data\\a\\r.txt", "C:\\data\\b\\r.txt"])).toEqual(["a/r", "b/r"]);
  });

  it("keeps the extension when only it differs, and numbers a path given twice", () => {
    expect(documentIds(["/d/r.txt", "/d/r.html"])).toEqual(["d/r.txt", "d/r.html"]);
    expect(documentIds(["/d/r.txt", "/d/r.txt"])).toEqual(["d/r.txt", "d/r.txt~2"]);
  });

  it("gives each path the same id whatever else is in the list, as long as names do not collide", () => {
    const alone = documentIds(["/d/a.txt"]);
    const withOthers = documentIds(["/e/b.txt", "/d/a.txt", "/f/c.html"]);
    expect(withOthers[1]).toBe(alone[0]);
  });
});

describe("freshDocumentIds", () => {
  it("keeps ids the graph does not use and numbers the others, new ones included", () => {
    expect(freshDocumentIds(["a/report.txt", "notes.html"], ["henan"])).toEqual(["report", "notes"]);
    expect(freshDocumentIds(["report.txt"], ["report", "report~2"])).toEqual(["report~3"]);
    expect(freshDocumentIds(["2020/report.txt", "2021/report.txt"], ["2020/report"])).toEqual(["2020/report~2", "2021/report"]);
    expect(freshDocumentIds(["pasted"], ["pasted", "pasted~2"])).toEqual(["pasted~3"]);
  });
});
