import { describe, expect, it } from "vitest";
import { emptyReport, extracting, withArticle } from "../../../src/app/import/report";

describe("import report", () => {
  it("updates one article line without touching the others or the report it came from", () => {
    const start = { ...emptyReport(), articles: [{ name: "a.txt", state: "waiting" as const }, { name: "b.txt", state: "waiting" as const }] };
    const next = withArticle(start, 1, { state: "failed", reason: "empty file" })!;
    expect(next.articles).toEqual([{ name: "a.txt", state: "waiting" }, { name: "b.txt", state: "failed", reason: "empty file" }]);
    expect(start.articles[1].state).toBe("waiting");
    expect(withArticle(start, 5, { state: "added" })).toBe(start);
    expect(withArticle(null, 0, { state: "added" })).toBeNull();
  });

  it("is busy while an article waits, is read or is extracted", () => {
    const report = { ...emptyReport(), articles: [{ name: "a", state: "added" as const }, { name: "b", state: "extracting" as const }] };
    expect(extracting(report)).toBe(true);
    expect(extracting(withArticle(report, 1, { state: "failed" }))).toBe(false);
    expect(extracting(null)).toBe(false);
  });
});
