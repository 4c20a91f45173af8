// A short form the extractor gave to another city's full name goes, with the
// relations stated through it, to the body its relative word means here.
import { describe, expect, it } from "vitest";
import { simplify } from "../../src/extract/script";
import { ArticleContext } from "../../src/resolve/context";
import { reassignShortForms } from "../../src/resolve/short-forms";
import { article, build, nodeAt, type ArticleSpec } from "./hand-made";

/** A 浏阳 (or other) article naming 长沙市教育局 and 浏阳市教育局, then writing 市教育局 with 王强 as its 局长. */
function liuyang(region: string, traditional = false): ArticleSpec {
  const [cs, ly, short, name] = traditional ? ["長沙市教育局", "瀏陽市教育局", "市教育局", "王強"] : ["长沙市教育局", "浏阳市教育局", "市教育局", "王强"];
  const text = `${cs}、${ly}联合部署。会上,${short}局长${name}讲话。`;
  return {
    id: "a",
    region,
    text,
    entities: [
      { id: "cs", type: "agency", label: cs, aliases: [short] },
      { id: "ly", type: "agency", label: ly },
      { id: "p", type: "official", label: name, titles: ["局长"] },
    ],
    relations: [["p", "holds_post", "cs", { title: "局长" }]],
  };
}

/** The relation's evidence lies over the short form only, as the extractor would give it. */
function withShortEvidence(spec: ArticleSpec) {
  const x = article(spec);
  const at = spec.text.lastIndexOf("市教育局");
  return { ...x, relations: x.relations.map((r) => ({ ...r, evidence: [{ start: at, end: spec.text.length }] })) };
}

const contextOf = (x: ReturnType<typeof article>) => new ArticleContext(x.doc.region, simplify(x.doc.text));

describe("reassignShortForms", () => {
  it("in a 浏阳 article, 市教育局 and the post stated through it go to 浏阳市教育局, in either script", () => {
    for (const traditional of [false, true]) {
      const x = withShortEvidence(liuyang("430181", traditional));
      const y = reassignShortForms(x, contextOf(x));
      const cs = y.entities.find((e) => e.id === "cs")!;
      const ly = y.entities.find((e) => e.id === "ly")!;
      expect(cs.aliases).toEqual([]);
      expect(ly.aliases).toEqual(["市教育局"]);
      expect(ly.mentions.map((m) => x.doc.text.slice(m.start, m.end))).toEqual([traditional ? "瀏陽市教育局" : "浏阳市教育局", "市教育局"]);
      expect(cs.mentions).toHaveLength(1);
      expect(y.relations[0]).toMatchObject({ source: "p", target: "ly", relation: "holds_post" });
    }
  });

  it("a relation whose evidence also holds the full name it was given to stays with that body", () => {
    const x = article(liuyang("430181")); // evidence: the whole text, 长沙市教育局 included
    const y = reassignShortForms(x, contextOf(x));
    expect(y.entities.find((e) => e.id === "ly")!.aliases).toEqual(["市教育局"]);
    expect(y.relations[0]).toMatchObject({ source: "p", target: "cs" });
  });

  it("in a 长沙 article 市教育局 is 长沙's: nothing moves", () => {
    const x = withShortEvidence(liuyang("430100"));
    expect(reassignShortForms(x, contextOf(x))).toBe(x);
  });

  it("in an article of unknown jurisdiction nothing moves", () => {
    const spec = liuyang("430181");
    delete spec.region;
    const x = withShortEvidence(spec);
    expect(reassignShortForms(x, contextOf(x))).toBe(x);
  });

  it("through buildGraph: the 浏阳 article's 市教育局 is the node of 浏阳市教育局, and so is its 局长's post", () => {
    const g = build(liuyang("430181"));
    const ly = nodeAt(g, "a", "浏阳市教育局");
    expect(nodeAt(g, "a", "市教育局")).toBe(ly);
    expect(nodeAt(g, "a", "长沙市教育局")).not.toBe(ly);
  });
});
