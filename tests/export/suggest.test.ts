import { describe, expect, it } from "vitest";
import { loadConverter } from "../../src/export/opencc";
import { editDistance, suggestNodes } from "../../src/export/suggest";
import { AWKWARD_KEY, SEED, testGraph } from "./fixture";

describe("suggestNodes", () => {
  it("finds a node typed in the other script", async () => {
    const fold = await loadConverter("simplified");
    expect(suggestNodes(testGraph(), "official:郑邦山", { fold })[0].key).toBe(SEED);
  });

  it("finds a node by part of its label, by alias and by a typo", () => {
    expect(suggestNodes(testGraph(), "教育廳").map((s) => s.key)).toContain("agency:河南省教育廳");
    expect(suggestNodes(testGraph(), "agency:𠮷野家")[0].key).toBe(AWKWARD_KEY);
    expect(suggestNodes(testGraph(), "official:鄭邦三")[0].key).toBe(SEED);
  });

  it("suggests nothing for a name unlike any node", () => {
    expect(suggestNodes(testGraph(), "official:Smith")).toEqual([]);
    expect(suggestNodes(testGraph(), "official:")).toEqual([]);
  });

  it("counts characters outside the BMP once", () => {
    expect(editDistance("𠮷野家", "吉野家")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });
});
