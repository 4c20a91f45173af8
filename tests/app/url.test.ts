import { describe, expect, it } from "vitest";
import { INITIAL_VIEW, type ViewState } from "../../src/app/store/view-state";
import { decodeView, encodeView, onlyQueryChanged, sameButQuery } from "../../src/app/url";

const full: ViewState = {
  node: "official:鄭邦山",
  depth: 2,
  from: "2020-01-21",
  to: "2020-01-27",
  hiddenTypes: ["place"],
  hiddenRelations: ["mentions", "holds_post"].sort() as ViewState["hiddenRelations"],
  undated: "hide",
  hideIsolated: true,
  q: "zbs 鄭",
  pathFrom: "official:鄭邦山",
  pathTo: "meeting:2020-01-25:疫情研判會",
  doc: "henan-education-2020",
  script: "hans",
  lang: "en",
};

describe("URL codec", () => {
  it("writes nothing for the initial view", () => {
    expect(encodeView(INITIAL_VIEW)).toBe("");
  });

  it("restores every part of a view it wrote", () => {
    const view = { ...full, hiddenRelations: ["holds_post", "mentions"] as ViewState["hiddenRelations"] };
    expect(decodeView(encodeView(view))).toEqual(view);
  });

  it("reads the issue's example link", () => {
    const v = decodeView("?node=official:鄭邦山&depth=1&from=2020-01-21&to=2020-01-27&types=official,meeting,agency&q=鄭");
    expect(v.node).toBe("official:鄭邦山");
    expect(v.depth).toBe(1);
    expect([v.from, v.to]).toEqual(["2020-01-21", "2020-01-27"]);
    expect(v.hiddenTypes).toEqual(["hospital", "university", "school", "group", "notice", "place"]);
    expect(v.q).toBe("鄭");
  });

  it("lists the types shown, keeps : and , readable, and leaves other parameters alone", () => {
    const s = encodeView({ ...INITIAL_VIEW, node: "official:鄭邦山", hiddenTypes: ["place", "notice"] }, "?graph=fixtures/gold.json&node=old");
    expect(s.startsWith("?graph=fixtures%2Fgold.json&node=official:")).toBe(true);
    expect(s).toContain("types=official,agency,hospital,university,school,group,meeting");
    expect(new URLSearchParams(s).get("node")).toBe("official:鄭邦山");
  });

  it("survives the browser's percent-encoding of the address", () => {
    const s = encodeView(full);
    expect(decodeView(new URL(`http://x/${s}`).search)).toEqual(decodeView(s));
  });

  it("drops values it cannot trust", () => {
    const v = decodeView("?depth=7&from=yesterday&to=2020-13&script=klingon&lang=fr&types=official,wizard");
    expect(v.depth).toBe(0);
    expect(v.from).toBeNull();
    expect(v.to).toBeNull();
    expect(v.script).toBe("source");
    expect(v.lang).toBeNull();
    expect(v.hiddenTypes).not.toContain("official");
    expect(v.hiddenTypes).toContain("agency");
  });

  it("turns a window given inside out into one day and keeps a node key with commas whole", () => {
    const v = decodeView("?from=2020-02-01&to=2020-01-25&node=notice:關於,的通知");
    expect([v.from, v.to]).toEqual(["2020-01-25", "2020-01-25"]);
    expect(v.node).toBe("notice:關於,的通知");
  });

  it("tells a change of search text alone from a step worth a history entry", () => {
    expect(onlyQueryChanged({ ...INITIAL_VIEW, q: "a" }, { ...INITIAL_VIEW, q: "ab" })).toBe(true);
    expect(onlyQueryChanged({ ...INITIAL_VIEW, q: "a" }, { ...INITIAL_VIEW, q: "ab", node: "x" })).toBe(false);
  });

  it("tells views that differ in the search text at most (node links leave it out)", () => {
    expect(sameButQuery(full, { ...full, q: "" })).toBe(true);
    expect(sameButQuery(full, { ...full })).toBe(true);
    expect(sameButQuery(full, { ...full, hiddenTypes: [] })).toBe(false);
    expect(sameButQuery(full, { ...full, doc: "other" })).toBe(false);
  });
});
