// The person rules on their own: what ties two profiles of one name.
import { describe, expect, it } from "vitest";
import { simplify } from "../../src/extract/script";
import { fitsBare, LEADERSHIP_TITLE, samePerson, type PersonProfile } from "../../src/resolve/people";

const profile = (bodies: string[], scopes: [code: string, leadership: boolean][], homes: string[]): PersonProfile => ({
  bodies: new Set(bodies),
  scopes: scopes.map(([code, leadership]) => ({ code, leadership })),
  homes,
});

describe("samePerson", () => {
  it("a body both hold posts at ties them", () => {
    expect(samePerson(profile(["agency:省教育厅@甘肃省"], [], []), profile(["agency:省教育厅@甘肃省"], [], []))).toBe("person-shared-body");
  });

  it("posts in one jurisdiction tie them when one leads it (厅长 then 副省长)", () => {
    expect(samePerson(profile([], [["620000", false]], []), profile([], [["620000", true]], []))).toBe("person-post-history");
  });

  it("departmental posts of one province alone tie nobody (two departments' homonyms)", () => {
    expect(samePerson(profile(["agency:省教育厅@甘肃省"], [["620000", false]], ["620000"]), profile(["agency:省卫健委@甘肃省"], [["620000", false]], ["620000"]))).toBeUndefined();
  });

  it("leading two different jurisdictions ties nobody", () => {
    expect(samePerson(profile([], [["620000", true]], []), profile([], [["610000", true]], []))).toBeUndefined();
    expect(samePerson(profile([], [["620000", true]], []), profile([], [["620100", true]], []))).toBeUndefined();
  });
});

describe("fitsBare", () => {
  it("a bare name fits a person whose posts or articles lie on its jurisdiction's chain", () => {
    expect(fitsBare(profile([], [], ["620100"]), profile([], [["620000", false]], []))).toBe(true);
    expect(fitsBare(profile([], [["620000", false]], []), profile([], [], ["620000"]))).toBe(true);
    expect(fitsBare(profile([], [], ["620000"]), profile([], [], ["620000"]))).toBe(true);
  });

  it("does not fit another province, a sibling city, or an article of unknown jurisdiction", () => {
    expect(fitsBare(profile([], [], ["610000"]), profile([], [["620000", false]], []))).toBe(false);
    expect(fitsBare(profile([], [], ["620100"]), profile([], [], ["620200"]))).toBe(false);
    expect(fitsBare(profile([], [], []), profile([], [["620000", false]], []))).toBe(false);
  });

  it("is only for a name written bare: two people with posts never fit this way", () => {
    expect(fitsBare(profile(["a"], [], ["620000"]), profile(["b"], [], ["620000"]))).toBe(false);
  });
});

describe("LEADERSHIP_TITLE", () => {
  it("posts that lead a jurisdiction, in either script", () => {
    for (const t of ["副省长", "省長", "市委书记", "縣委副書記", "县长", "区长", "市委常委", "副市長", "书记"]) expect(LEADERSHIP_TITLE.test(simplify(t)), t).toBe(true);
  });

  it("posts at a department do not (厅长, 局长, 主任)", () => {
    for (const t of ["厅长", "副廳長", "局长", "主任", "处长"]) expect(LEADERSHIP_TITLE.test(simplify(t)), t).toBe(false);
  });
});
