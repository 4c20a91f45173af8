// Places from the GB/T 2260 gazetteer: a county whose name is one character
// and 县 (礼县) is found on its own, in both scripts; the same two characters
// inside ordinary words (提高县级, 管理县域) are no place.
import { describe, expect, it } from "vitest";
import { entities, run } from "./helpers";

describe("places from the gazetteer", () => {
  it.each([
    ["3月2日,工作组赴礼县督导春季开学工作。", "place:礼县"],
    ["3月2日,工作組赴禮縣督導春季開學工作。", "place:禮縣"],
    ["医疗队分别驰援沛县、萧县。", "place:沛县"],
    ["醫療隊分別馳援沛縣、蕭縣。", "place:蕭縣"],
  ])("%s", (text, expected) => {
    expect(entities(run(text))).toContain(expected);
  });

  it.each([["要提高县级医院救治能力。"], ["要提高縣級醫院救治能力。"], ["加强管理县域内学校。"], ["加強管理縣域內學校。"]])("no place in %s", (text) => {
    expect(entities(run(text)).filter((e) => e.startsWith("place:"))).toEqual([]);
  });

  it("reads prefecture-level cities the hand list lacked (锡林郭勒) by their short name", () => {
    expect(entities(run("工作组赴锡林郭勒开展督导。"))).toContain("place:锡林郭勒");
  });
});
