import { describe, expect, it } from "vitest";
import { ACCEPTED_FILES, classifyFile } from "../../../src/app/import/classify";

describe("classifyFile", () => {
  it("tells graph files, articles and other files apart by name, in any case", () => {
    expect(classifyFile("graph.json")).toEqual({ kind: "graph" });
    expect(classifyFile("Export.GEXF")).toEqual({ kind: "graph" });
    expect(classifyFile("a.graphml")).toEqual({ kind: "graph" });
    expect(classifyFile("新聞.txt")).toEqual({ kind: "article", format: "text" });
    expect(classifyFile("page.HTM")).toEqual({ kind: "article", format: "html" });
    expect(classifyFile("photo.png")).toEqual({ kind: "other" });
    expect(classifyFile("json")).toEqual({ kind: "other" });
  });

  it("lets the file picker offer exactly those", () => {
    expect(ACCEPTED_FILES.split(",")).toEqual([".json", ".gexf", ".graphml", ".txt", ".html", ".htm"]);
  });
});
