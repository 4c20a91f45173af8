// Cases a review of src/resolve (on 49a7d89) found wrong, each fixed since:
// the tests failed before the fix.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../src/extract/prepare";
import { simplify } from "../../src/extract/script";
import { regionOf } from "../../src/gazetteer/index";
import type { SourceDoc } from "../../src/graph/contract";
import { ArticleContext } from "../../src/resolve/context";
import { parseBodyName } from "../../src/resolve/names";
import { detectRegion } from "../../src/resolve/region";
import { build, nodeAt } from "./hand-made";

const agency = (label: string) => ({ id: label, type: "agency" as const, label });

describe("resolution: cases a review found wrong, now right", () => {
  it("notices: a mention without issuer first does not let two issuers' notices of one title join", () => {
    const T = "《关于做好开学工作的通知》";
    const issued = (id: string, region: string) => ({
      id,
      region,
      text: `省教育厅印发${T}。`,
      entities: [agency("省教育厅"), { id: "n", type: "notice" as const, label: T }],
      relations: [["省教育厅", "issued", "n"] as ["省教育厅", "issued", "n"]],
    });
    const g = build({ id: "b", region: "620000", text: `学校落实${T}。`, entities: [{ id: "n", type: "notice", label: T }] }, issued("a", "620000"), issued("c", "610000"));
    expect(nodeAt(g, "c", T)).not.toBe(nodeAt(g, "a", T));
  });

  it("municipalities: 市 in an article of 北京市 (or of one of its districts) is 北京市", () => {
    const ctx = (code: string) => new ArticleContext({ ...regionOf(code)!, by: "text" }, "市委召开会议。");
    expect(ctx("110000").resolve("市", 2)?.code).toBe("110000");
    expect(ctx("110105").resolve("市", 2)?.code).toBe("110000");
    const g = build({ id: "a", region: "110000", text: "市委召开会议。", entities: [agency("市委")] }, { id: "b", text: "北京市委召开会议。", entities: [agency("北京市委")] });
    expect(nodeAt(g, "b", "北京市委")).toBe(nodeAt(g, "a", "市委"));
  });

  it("朝阳区教育局 outside 北京 and 吉林 is not read as 朝阳市 (辽宁) + 区教育局", () => {
    expect(parseBodyName("朝阳区教育局").named?.code).not.toBe("211300");
    expect(parseBodyName("朝阳区教育局", "440000").named?.code).not.toBe("211300");
    // Two articles of unknown jurisdiction: Beijing's and Changchun's bureau may not be one node in Liaoning.
    const g = build({ id: "a", text: "朝阳区教育局召开会议。", entities: [agency("朝阳区教育局")] }, { id: "b", text: "朝阳区教育局部署开学。", entities: [agency("朝阳区教育局")] });
    expect((g.getNodeAttribute(nodeAt(g, "a", "朝阳区教育局"), "region") as { code?: string } | undefined)?.code).not.toBe("211300");
  });

  it("a destination in the headline (驰援湖北) is not the article's home", () => {
    const text = "驰援湖北医疗队出征\n2月1日,山西省第二批医疗队从太原出发。山西省卫健委主任出席。";
    const doc: SourceDoc = { id: "a", title: "t", chars: text.length, sha256: "", text };
    expect(detectRegion(doc, simplify(text), simplify)?.code).toBe("140000");
  });

  it("中华人民共和国教育部 and 国家教育部 are the national 教育部", () => {
    expect(parseBodyName("中华人民共和国教育部").national).toBe("教育部");
    const g = build(
      { id: "a", region: "620000", text: "中华人民共和国教育部印发通知。", entities: [agency("中华人民共和国教育部")] },
      { id: "b", region: "610000", text: "教育部印发通知。", entities: [agency("教育部")] },
    );
    expect(nodeAt(g, "b", "教育部")).toBe(nodeAt(g, "a", "中华人民共和国教育部"));
  });

  it("Hong Kong: 特區政府 = 香港特別行政區政府 and 醫管局 = 醫院管理局 across articles", () => {
    const hk = (id: string, label: string) => ({ id, region: "810000", text: `${label}公布。`, entities: [agency(label)] });
    const g = build(hk("a", "香港特別行政區政府"), hk("b", "特區政府"), hk("c", "醫院管理局"), hk("d", "醫管局"));
    expect(nodeAt(g, "b", "特區政府")).toBe(nodeAt(g, "a", "香港特別行政區政府"));
    expect(nodeAt(g, "d", "醫管局")).toBe(nodeAt(g, "c", "醫院管理局"));
  });
  it("a page's SiteName / ContentSource meta tags reach the source's site / publisher", async () => {
    const html =
      '<html><head><meta name="SiteName" content="山西省教育厅"><meta name="ContentSource" content="山西省教育厅">' +
      "<title>省教育厅召开会议</title></head><body><p>省教育厅召开会议。</p></body></html>";
    const r = await prepareArticle(new TextEncoder().encode(html), { id: "x", format: "html" });
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.doc.site ?? r.article.doc.publisher).toBe("山西省教育厅");
  });

  it("a news agency's dateline (新华社北京…电) is not the article's home; the central government's portal is national", () => {
    const text = "国务院办公厅印发意见\n新华社北京5月20日电 近日,国务院办公厅印发《关于加强学校安全工作的意见》。";
    const doc: SourceDoc = { id: "x", title: "", chars: text.length, sha256: "", text };
    expect(detectRegion(doc, simplify(text), simplify)).toBeUndefined();
    const onPortal: SourceDoc = { ...doc, url: "https://www.gov.cn/zhengce/2021-05/20/content_1.htm", text: "北京市教育委员会印发通知。" };
    expect(detectRegion(onPortal, simplify(onPortal.text), simplify)).toBeUndefined();
  });

  it("each saved page of the fixtures is read in its jurisdiction", async () => {
    const expected: Record<string, string | undefined> = {
      "changsha-br": "430100",
      "gov-cn-opinion": undefined,
      "gushi-county": "411525",
      "henan-jyt": "410000",
      "hk-press": "810000",
      "jiangsu-notice": "320000",
    };
    for (const [id, code] of Object.entries(expected)) {
      const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, `../fixtures/pages/${id}.html`)));
      const r = await prepareArticle(bytes, { id, format: "html" });
      if (!r.ok) throw new Error(r.reason);
      const doc = r.article.doc;
      expect(detectRegion(doc, simplify(doc.text), simplify)?.code, id).toBe(code);
    }
  });
});
