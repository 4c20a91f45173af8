import { describe, expect, it } from "vitest";
import { loadConverter } from "../../src/export/opencc";
import { convertLabels } from "../../src/export/script";
import { SEED } from "./fixture";
import { seedNeighbourhood } from "./roundtrip";

describe("convertLabels", () => {
  it("converts labels, aliases and posts to Simplified and keeps the written label", async () => {
    const sub = seedNeighbourhood();
    const out = convertLabels(sub, await loadConverter("simplified"));
    const seed = out.getNodeAttributes(SEED);
    expect(seed.label).toBe("郑邦山");
    expect(seed.originalLabel).toBe("鄭邦山");
    expect(seed.titles).toEqual(["厅长", "厅党组书记"]);
    expect(out.getNodeAttribute("agency:河南省教育廳", "aliases")).toEqual(["省教育厅", "教育厅"]);
    const post = out.edges(SEED, "agency:河南省教育廳").find((e) => out.getEdgeAttribute(e, "relation") === "holds_post")!;
    expect(out.getEdgeAttribute(post, "title")).toBe("厅党组书记、厅长");
  });

  it("leaves keys, evidence and article texts as written, and the input graph alone", async () => {
    const sub = seedNeighbourhood();
    const before = JSON.stringify(sub.export());
    const out = convertLabels(sub, await loadConverter("simplified"));
    expect(JSON.stringify(sub.export())).toBe(before);
    expect(out.nodes()).toEqual(sub.nodes());
    expect(out.getAttribute("sources")).toEqual(sub.getAttribute("sources"));
    out.forEachEdge((e, a) => expect(a.evidence).toEqual(sub.getEdgeAttribute(e, "evidence")));
  });

  it("folds aliases and posts that become the same, and converts to Traditional", async () => {
    const g = seedNeighbourhood();
    g.mergeNodeAttributes(SEED, { label: "郑邦山", aliases: ["鄭邦山", "郑邦山"], titles: ["廳長", "厅长"] });
    const toSimplified = convertLabels(g, await loadConverter("simplified")).getNodeAttributes(SEED);
    expect(toSimplified.aliases).toEqual([]);
    expect(toSimplified.titles).toEqual(["厅长"]);
    expect(toSimplified.originalLabel).toBeUndefined(); // already Simplified: nothing changed
    const toTraditional = convertLabels(g, await loadConverter("traditional")).getNodeAttributes(SEED);
    expect(toTraditional.label).toBe("鄭邦山");
    expect(toTraditional.originalLabel).toBe("郑邦山");
    expect(toTraditional.titles).toEqual(["廳長"]);
  });

  it("keeps the original script with the identity converter, loaded once per script", async () => {
    const original = await loadConverter("original");
    expect(original("鄭邦山")).toBe("鄭邦山");
    expect(await loadConverter("simplified")).toBe(await loadConverter("simplified"));
  });
});
