// National bodies that no suffix rule finds (党中央, 国务院联防联控机制) are
// found by name, in both scripts; a kind of body (各地教育部门) is not a body.
import { describe, expect, it } from "vitest";
import { entities, run } from "./helpers";

describe("national bodies found by name", () => {
  it.each([
    ["坚决落实党中央、国务院决策部署。", ["agency:党中央", "agency:国务院"]],
    ["堅決落實黨中央、國務院決策部署。", ["agency:黨中央", "agency:國務院"]],
    ["按照国务院联防联控机制统一部署。", ["agency:国务院联防联控机制"]],
    ["按照國務院聯防聯控機制統一部署。", ["agency:國務院聯防聯控機制"]],
    ["传达国务院应对新型冠状病毒感染的肺炎疫情联防联控机制有关会议精神。", ["agency:国务院应对新型冠状病毒感染的肺炎疫情联防联控机制"]],
  ])("%s", (text, expected) => {
    expect(entities(run(text))).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ["各区县教育部门分管负责同志参加。"],
    ["各區縣教育部門分管負責同志參加。"],
    ["全省水利部门已对病险水库开展排查。"],
  ])("not a ministry: %s", (text) => {
    expect(entities(run(text)).filter((e) => /教育部|水利部/.test(e))).toEqual([]);
  });

  it("keeps a longer body found by its suffix whole (国务院办公厅 is not 国务院)", () => {
    expect(entities(run("国务院办公厅印发《关于做好防控工作的通知》。"))).toContain("agency:国务院办公厅");
    expect(entities(run("国务院办公厅印发《关于做好防控工作的通知》。"))).not.toContain("agency:国务院");
  });
});
