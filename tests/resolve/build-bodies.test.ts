// Bodies across articles, through buildGraph: a relative name (省委, 市卫健委,
// 县人民医院) is the body of the article's jurisdiction, joins that body's full
// name written elsewhere, and never a same-named body of another jurisdiction.
import { describe, expect, it } from "vitest";
import { buildGraph, serializeGraph } from "../../src/graph/build";
import { serializedGraphSchema } from "../../src/graph/contract";
import { article, build, GANSU, identityOf, nodeAt, SHAANXI, type ArticleSpec } from "./hand-made";

const agency = (label: string, aliases?: string[]) => ({ id: label, type: "agency" as const, label, ...(aliases ? { aliases } : {}) });
const one = (id: string, text: string, region: string | undefined, ...entities: ArticleSpec["entities"]): ArticleSpec => ({
  id,
  text,
  ...(region ? { region } : {}),
  entities,
});

describe("party committees and governments of two provinces", () => {
  const graph = () =>
    build(
      one("gs1", "省委召开常委会议。", GANSU, agency("省委")),
      one("sx1", "省委召開常委會議。", SHAANXI, agency("省委")),
      one("gs2", "中共甘肃省委召开会议。", GANSU, agency("中共甘肃省委")),
      one("sx2", "中共陝西省委員會召開會議。", SHAANXI, agency("中共陝西省委員會")),
    );

  it("two provinces' 省委 are two nodes, keyed with their province", () => {
    const g = graph();
    expect(nodeAt(g, "gs1", "省委")).toBe("agency:省委@甘肃省");
    expect(nodeAt(g, "sx1", "省委")).toBe("agency:省委@陕西省");
  });

  it("each joins its full form 中共X省委 of another article, in either script, and says why", () => {
    const g = graph();
    expect(nodeAt(g, "gs2", "中共甘肃省委")).toBe("agency:省委@甘肃省");
    expect(nodeAt(g, "sx2", "中共陝西省委員會")).toBe("agency:省委@陕西省");
    expect(identityOf(g, "agency:省委@甘肃省")).toEqual([{ doc: "gs2", why: "same-body" }]);
    expect(g.getNodeAttribute("agency:省委@甘肃省", "label")).toBe("中共甘肃省委");
    expect(g.getNodeAttribute("agency:省委@甘肃省", "region")).toEqual({ code: GANSU, names: ["甘肃省"] });
  });

  it("the full form of one province never joins the other's 省委", () => {
    const g = build(one("sx1", "省委召开常委会议。", SHAANXI, agency("省委")), one("gs2", "中共甘肃省委召开会议。", GANSU, agency("中共甘肃省委")));
    expect(nodeAt(g, "gs2", "中共甘肃省委")).not.toBe(nodeAt(g, "sx1", "省委"));
    expect(g.order).toBe(2);
  });

  it("甘肃省人民政府 = 省政府 of a Gansu article, and a government is not its party committee", () => {
    const g = build(
      one("a", "省政府召开常务会议。省委作出部署。", GANSU, agency("省政府"), agency("省委")),
      one("b", "甘肅省人民政府辦公廳通知。", undefined, agency("甘肅省人民政府")),
    );
    expect(nodeAt(g, "b", "甘肅省人民政府")).toBe(nodeAt(g, "a", "省政府"));
    expect(nodeAt(g, "a", "省政府")).not.toBe(nodeAt(g, "a", "省委"));
  });

  it("a relative name in an article of unknown jurisdiction stays that article's own", () => {
    const g = build(one("a", "省委召开会议。", undefined, agency("省委")), one("b", "省委召开会议。", undefined, agency("省委")));
    expect(nodeAt(g, "a", "省委")).not.toBe(nodeAt(g, "b", "省委"));
  });
});

describe("departments: one body in many spellings, within one jurisdiction only", () => {
  it("苏州市卫生健康委员会 = 市卫健委 of a Suzhou article = 市衛健委 of another, not a Wuxi one", () => {
    const g = build(
      one("a", "苏州市卫生健康委员会发布通告。", undefined, agency("苏州市卫生健康委员会")),
      one("b", "市卫健委召开会议。", "320500", agency("市卫健委")),
      one("c", "市衛健委召開會議。", "320500", agency("市衛健委")),
      one("d", "市卫健委召开会议。", "320200", agency("市卫健委")),
    );
    const suzhou = nodeAt(g, "a", "苏州市卫生健康委员会");
    expect(nodeAt(g, "b", "市卫健委")).toBe(suzhou);
    expect(nodeAt(g, "c", "市衛健委")).toBe(suzhou);
    expect(nodeAt(g, "d", "市卫健委")).not.toBe(suzhou);
    expect(nodeAt(g, "d", "市卫健委")).toBe("agency:市卫健委@无锡市");
  });

  it("县教育和体育局 = 县教育体育局 = 县教体局 in one county; another county's stays apart", () => {
    const g = build(
      one("a", "县教育和体育局召开会议。", "510722", agency("县教育和体育局")),
      one("b", "縣教體局部署開學。", "510722", agency("縣教體局")),
      one("c", "县教育体育局召开会议。", "510723", agency("县教育体育局")),
    );
    expect(nodeAt(g, "b", "縣教體局")).toBe(nodeAt(g, "a", "县教育和体育局"));
    expect(nodeAt(g, "c", "县教育体育局")).not.toBe(nodeAt(g, "a", "县教育和体育局"));
    expect(nodeAt(g, "a", "县教育和体育局")).toBe("agency:县教育和体育局@三台县");
  });

  it("in a county's article 市卫健委 is its parent city's (三台 -> 绵阳)", () => {
    const g = build(one("a", "绵阳市卫健委召开会议。", undefined, agency("绵阳市卫健委")), one("b", "市卫健委来我县督导。", "510722", agency("市卫健委")));
    expect(nodeAt(g, "b", "市卫健委")).toBe(nodeAt(g, "a", "绵阳市卫健委"));
  });

  it("in a county-level city's article 市教育局 is its own (浏阳), not the parent city's (长沙)", () => {
    const g = build(
      one("a", "长沙市教育局召开会议。浏阳市教育局参加。", "430100", agency("长沙市教育局"), agency("浏阳市教育局")),
      one("b", "市教育局召开会议。", "430181", agency("市教育局")),
    );
    expect(nodeAt(g, "b", "市教育局")).toBe(nodeAt(g, "a", "浏阳市教育局"));
    expect(nodeAt(g, "b", "市教育局")).not.toBe(nodeAt(g, "a", "长沙市教育局"));
  });

  it("in a province's article 市教育局 is the city last named before it", () => {
    const g = build(
      one("a", "绵阳市教育局、成都市教育局参加。", undefined, agency("绵阳市教育局"), agency("成都市教育局")),
      one("b", "省教育厅赴成都市调研,市教育局汇报工作。", "510000", agency("省教育厅"), agency("市教育局")),
    );
    expect(nodeAt(g, "b", "市教育局")).toBe(nodeAt(g, "a", "成都市教育局"));
  });

  it("a body named without any jurisdiction word (市场监管局) is the article's own: one per county", () => {
    const g = build(
      one("a", "市场监管局开展检查。", "510722", agency("市场监管局")),
      one("b", "市場監督管理局開展檢查。", "510722", agency("市場監督管理局")),
      one("c", "市场监管局开展检查。", "510723", agency("市场监管局")),
    );
    expect(nodeAt(g, "b", "市場監督管理局")).toBe(nodeAt(g, "a", "市场监管局"));
    expect(nodeAt(g, "c", "市场监管局")).not.toBe(nodeAt(g, "a", "市场监管局"));
  });
});

describe("institutions", () => {
  const hospital = (label: string) => ({ id: label, type: "hospital" as const, label });

  it("县人民医院 of two counties are two; 三台县人民医院 joins the one of a 三台 article", () => {
    const g = build(
      one("a", "县人民医院派出医疗队。", "510722", hospital("县人民医院")),
      one("b", "縣人民醫院派出醫療隊。", "510723", hospital("縣人民醫院")),
      one("c", "三台县人民医院召开会议。", "510700", hospital("三台县人民医院")),
    );
    expect(nodeAt(g, "a", "县人民医院")).not.toBe(nodeAt(g, "b", "縣人民醫院"));
    expect(nodeAt(g, "c", "三台县人民医院")).toBe(nodeAt(g, "a", "县人民医院"));
    expect(nodeAt(g, "a", "县人民医院")).toBe("hospital:县人民医院@三台县");
  });

  it("a generic institution (人民医院) of unknown jurisdiction joins nothing", () => {
    const g = build(one("a", "人民医院派出医疗队。", undefined, hospital("人民医院")), one("b", "人民医院派出医疗队。", undefined, hospital("人民医院")));
    expect(nodeAt(g, "a", "人民医院")).not.toBe(nodeAt(g, "b", "人民医院"));
  });
});

describe("national bodies", () => {
  it("one node across articles of any jurisdiction or none, and both scripts, saying why", () => {
    const g = build(
      one("a", "国家卫健委召开发布会。", GANSU, agency("国家卫健委")),
      one("b", "國家衛生健康委員會發布通知。", SHAANXI, agency("國家衛生健康委員會")),
      one("c", "国家卫生健康委员会印发方案。", undefined, agency("国家卫生健康委员会")),
      one("d", "國家衞健委派出專家組。", "810000", agency("國家衞健委")),
    );
    const n = nodeAt(g, "a", "国家卫健委");
    for (const [doc, form] of [["b", "國家衛生健康委員會"], ["c", "国家卫生健康委员会"], ["d", "國家衞健委"]]) expect(nodeAt(g, doc, form), form).toBe(n);
    expect(identityOf(g, n).map((r) => r.why)).toEqual(["national-body", "national-body", "national-body"]);
    expect(g.filterNodes((_, a) => a.type === "agency")).toHaveLength(1);
  });

  it("党中央 = 中共中央, 教育部 across provinces, and a province's 教育厅 is not 教育部", () => {
    const g = build(
      one("a", "党中央、国务院高度重视。教育部部署。省教育厅落实。", GANSU, agency("党中央"), agency("国务院"), agency("教育部"), agency("省教育厅")),
      one("b", "中共中央、國務院印發意見。教育部通知。", SHAANXI, agency("中共中央"), agency("國務院"), agency("教育部")),
    );
    expect(nodeAt(g, "b", "中共中央")).toBe(nodeAt(g, "a", "党中央"));
    expect(nodeAt(g, "b", "國務院")).toBe(nodeAt(g, "a", "国务院"));
    expect(nodeAt(g, "b", "教育部")).toBe(nodeAt(g, "a", "教育部"));
    expect(nodeAt(g, "a", "省教育厅")).not.toBe(nodeAt(g, "a", "教育部"));
    expect(g.filterNodes((_, a) => a.type === "agency")).toHaveLength(4);
  });
});

describe("keys and output", () => {
  it("a relative label's key carries its jurisdiction (agency:省委@甘肃省); a named one's is its label", () => {
    const g = build(one("a", "省委召开会议。", GANSU, agency("省委")), one("b", "陕西省委召开会议。", undefined, agency("陕西省委")));
    expect(g.nodes().sort()).toEqual(["agency:省委@甘肃省", "agency:陕西省委"]);
  });

  it("a graph with joins, jurisdictions and candidates still passes the contract's schema", () => {
    const g = buildGraph(
      [
        article(one("a", "省委召开会议。国家卫健委部署。", GANSU, agency("省委"), agency("国家卫健委"))),
        article(one("b", "中共甘肅省委召開會議。國家衛健委通知。", undefined, agency("中共甘肅省委"), agency("國家衛健委"))),
      ],
      { builtWith: "test" },
    );
    const parsed = serializedGraphSchema.safeParse(JSON.parse(serializeGraph(g)));
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    expect(identityOf(g, "agency:省委@甘肃省")).toEqual([{ doc: "b", why: "same-body" }]);
  });

  it("the same input gives byte-identical output, layout included", () => {
    const specs: ArticleSpec[] = [
      one("a", "省委召开会议。国家卫健委部署。", GANSU, agency("省委"), agency("国家卫健委")),
      one("b", "中共甘肅省委召開會議。國家衛健委通知。", undefined, agency("中共甘肅省委"), agency("國家衛健委")),
      one("c", "省委召开会议。", SHAANXI, agency("省委")),
    ];
    const once = () => serializeGraph(buildGraph(specs.map(article), { builtWith: "test" }));
    const first = once();
    expect(once()).toBe(first);
    expect(first).toContain("agency:省委@陕西省");
  });
});
