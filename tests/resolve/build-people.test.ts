// People across articles, through buildGraph: one name is one person only when
// the articles tie them (a shared body, a post history in one jurisdiction,
// a bare name in the jurisdiction of the only person so named); otherwise two
// nodes, listed in the graph's `candidates` for a person to decide.
import { describe, expect, it } from "vitest";
import { build, candidatesOf, GANSU, identityOf, nodeAt, SHAANXI, type ArticleSpec } from "./hand-made";

const person = (label: string, ...titles: string[]) => ({ id: label, type: "official" as const, label, ...(titles.length ? { titles } : {}) });
const agency = (label: string) => ({ id: label, type: "agency" as const, label });

/** An article where `name`, with `title`, holds a post at `body`. */
function postAt(id: string, region: string | undefined, body: string, name: string, title: string, text = `${body}${title}${name}出席会议。`): ArticleSpec {
  return {
    id,
    text,
    ...(region ? { region } : {}),
    entities: [agency(body), person(name, title)],
    relations: [[name, "holds_post", body, { title }]],
  };
}

describe("same name, no tie: two people", () => {
  it("two people of one name in two provinces stay two nodes, listed as candidates", () => {
    const g = build(postAt("a", GANSU, "省教育厅", "王伟", "厅长"), postAt("b", SHAANXI, "省衛健委", "王偉", "主任", "省衛健委主任王偉出席會議。"));
    const a = nodeAt(g, "a", "王伟");
    const b = nodeAt(g, "b", "王偉");
    expect(a).not.toBe(b);
    expect(candidatesOf(g)).toEqual([{ a, b, why: "no-tie" }]);
  });

  it("the same post title in two provinces is no tie (厅长 of two 省教育厅)", () => {
    const g = build(postAt("a", GANSU, "省教育厅", "王伟", "厅长"), postAt("b", SHAANXI, "省教育厅", "王伟", "厅长"));
    expect(nodeAt(g, "a", "王伟")).not.toBe(nodeAt(g, "b", "王伟"));
  });

  it("same-province homonyms at two different departments stay apart", () => {
    const g = build(postAt("a", GANSU, "省教育厅", "赵立新", "副厅长"), postAt("b", GANSU, "省卫健委", "赵立新", "副主任"));
    const a = nodeAt(g, "a", "赵立新");
    const b = nodeAt(g, "b", "赵立新");
    expect(a).not.toBe(b);
    expect(candidatesOf(g)).toEqual([{ a, b, why: "no-tie" }]);
  });

  it("a name written bare joins nobody when two people of that name fit its jurisdiction", () => {
    const g = build(
      postAt("a", GANSU, "省教育厅", "赵立新", "副厅长"),
      postAt("b", GANSU, "省卫健委", "赵立新", "副主任"),
      { id: "c", region: GANSU, text: "赵立新出席会议。", entities: [person("赵立新")] },
    );
    const c = nodeAt(g, "c", "赵立新");
    expect(c).not.toBe(nodeAt(g, "a", "赵立新"));
    expect(c).not.toBe(nodeAt(g, "b", "赵立新"));
    expect(candidatesOf(g).filter((x) => x.b === c).map((x) => x.why)).toEqual(["several-fit", "several-fit"]);
  });
});

describe("same name, tied: one person, saying why", () => {
  it("a shared body: 甘肃省教育厅厅长王伟 and 省教育廳廳長王偉 of a Gansu article", () => {
    const g = build(postAt("a", undefined, "甘肃省教育厅", "王伟", "厅长"), postAt("b", GANSU, "省教育廳", "王偉", "廳長", "省教育廳廳長王偉出席會議。"));
    const n = nodeAt(g, "a", "王伟");
    expect(nodeAt(g, "b", "王偉")).toBe(n);
    expect(identityOf(g, n)).toEqual([{ doc: "b", why: "person-shared-body" }]);
    expect(g.getNodeAttribute(n, "titles")).toEqual(["厅长", "廳長"]);
    expect(candidatesOf(g)).toEqual([]);
  });

  it("a post history: 厅长 of a province's department, later 副省长 of that province", () => {
    const g = build(postAt("a", GANSU, "省教育厅", "李明", "厅长"), {
      id: "b",
      region: GANSU,
      text: "副省長李明到學校調研。",
      entities: [person("李明", "副省長")],
    });
    const n = nodeAt(g, "a", "李明");
    expect(nodeAt(g, "b", "李明")).toBe(n);
    expect(identityOf(g, n)).toEqual([{ doc: "b", why: "person-post-history" }]);
  });

  it("a post history read the other way: 副省长 first, 厅长 of that province's department later", () => {
    const g = build({ id: "b", region: GANSU, text: "副省长李明到学校调研。", entities: [person("李明", "副省长")] }, postAt("a", GANSU, "省教育厅", "李明", "厅长"));
    expect(nodeAt(g, "a", "李明")).toBe(nodeAt(g, "b", "李明"));
  });

  it("no post history across provinces: a Gansu 厅长 is not a Shaanxi 副省长", () => {
    const g = build(postAt("a", GANSU, "省教育厅", "李明", "厅长"), {
      id: "b",
      region: SHAANXI,
      text: "副省长李明到学校调研。",
      entities: [person("李明", "副省长")],
    });
    expect(nodeAt(g, "b", "李明")).not.toBe(nodeAt(g, "a", "李明"));
  });

  it("a name written bare in an article of the same jurisdiction (or one inside it)", () => {
    const g = build(
      postAt("a", GANSU, "省教育厅", "张华", "厅长"),
      { id: "b", region: GANSU, text: "张华出席会议。", entities: [person("张华")] },
      { id: "c", region: "620100", text: "張華到蘭州市調研。", entities: [person("張華")] },
    );
    const n = nodeAt(g, "a", "张华");
    expect(nodeAt(g, "b", "张华")).toBe(n);
    expect(nodeAt(g, "c", "張華")).toBe(n);
    expect(identityOf(g, n).map((r) => r.why)).toEqual(["person-same-jurisdiction", "person-same-jurisdiction"]);
  });

  it("a name written bare in another province's article stays apart", () => {
    const g = build(postAt("a", GANSU, "省教育厅", "张华", "厅长"), { id: "b", region: SHAANXI, text: "张华出席会议。", entities: [person("张华")] });
    expect(nodeAt(g, "b", "张华")).not.toBe(nodeAt(g, "a", "张华"));
  });

  it("a name written bare in an article of unknown jurisdiction stays apart", () => {
    const g = build(postAt("a", GANSU, "省教育厅", "张华", "厅长"), { id: "b", text: "张华出席会议。", entities: [person("张华")] });
    expect(nodeAt(g, "b", "张华")).not.toBe(nodeAt(g, "a", "张华"));
  });
});
