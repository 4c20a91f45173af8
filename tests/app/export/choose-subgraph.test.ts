import { describe, expect, it } from "vitest";
import { exportSelection, viewFilter } from "../../../src/app/export/choose-subgraph";
import { createExplorerStore } from "../../../src/app/store/store";
import { INITIAL_VIEW, type ViewState } from "../../../src/app/store/view-state";
import { SelectionError } from "../../../src/export/subgraph";
import { storyJson } from "../story-graph";

const ZHENG = "official:鄭邦山";
const AGENCY = "agency:河南省教育廳";
const MEETING = "meeting:2020-01-25:疫情研判會";
const CHEN = "official:陳垠亭";
const NOTICE = "notice:關於做好防控工作的通知";

function source(view: Partial<ViewState> = {}, picked: string[] = []) {
  const store = createExplorerStore({ view: { ...INITIAL_VIEW, ...view } });
  expect(store.getState().loadGraphText(storyJson()).ok).toBe(true);
  const s = store.getState();
  return { graph: s.loaded!.graph, computed: s.computed!, view: s.view, picked };
}

const sorted = (set: Set<string>) => [...set].sort();

describe("exportSelection", () => {
  it("takes the current view as the map shows it: focus and filters applied", () => {
    const src = source({ node: ZHENG, depth: 1, hiddenTypes: ["meeting"] });
    const s = exportSelection(src, "view", 1);
    expect(sorted(s.nodes)).toEqual([AGENCY, ZHENG].sort());
    expect(s.nodes).toBe(src.computed.nodes);
    expect(s.edges).toBe(src.computed.edges);
  });

  it("takes the neighbourhood of the selected node at the depth asked, inside the filters but not the focus", () => {
    const src = source({ node: ZHENG, depth: 1 });
    expect(sorted(exportSelection(src, "neighbourhood", 1).nodes)).toEqual([AGENCY, MEETING, ZHENG].sort());
    expect(sorted(exportSelection(src, "neighbourhood", 2).nodes)).toEqual([AGENCY, CHEN, MEETING, NOTICE, ZHENG].sort());
    const filtered = source({ node: ZHENG, hiddenTypes: ["meeting"] });
    expect(sorted(exportSelection(filtered, "neighbourhood", 2).nodes)).toEqual([AGENCY, NOTICE, ZHENG].sort());
  });

  it("takes the path shown, hop for hop", () => {
    const src = source({ pathFrom: CHEN, pathTo: AGENCY });
    const s = exportSelection(src, "path", 1);
    expect([...s.nodes]).toEqual(src.computed.path!.nodes);
    expect([...s.edges]).toEqual(src.computed.path!.edges);
  });

  it("takes the hand-picked nodes and only the edges among them", () => {
    const src = source({}, [ZHENG, AGENCY, CHEN]);
    const s = exportSelection(src, "picked", 1);
    expect(sorted(s.nodes)).toEqual([AGENCY, CHEN, ZHENG].sort());
    for (const e of s.edges) expect([src.graph.source(e), src.graph.target(e)].every((n) => s.nodes.has(n))).toBe(true);
    expect([...s.edges].map((e) => src.graph.getEdgeAttribute(e, "relation"))).toEqual(["holds_post"]);
  });

  it("says why a choice cannot be made now", () => {
    const src = source();
    expect(() => exportSelection(src, "neighbourhood", 1)).toThrow(new SelectionError("no node is selected"));
    expect(() => exportSelection(src, "path", 1)).toThrow("no path is shown");
    expect(() => exportSelection(src, "picked", 1)).toThrow("no node is hand-picked");
    // A picked node the legend now hides is named, not silently dropped.
    const hidden = source({ hiddenTypes: ["official"] }, [ZHENG, AGENCY]);
    expect(() => exportSelection(hidden, "picked", 1)).toThrow(`left out by the type or date filter: ${ZHENG}`);
  });

  it("turns hidden types and relations and the time window into the exporters' filter", () => {
    const f = viewFilter({ ...INITIAL_VIEW, hiddenTypes: ["place"], hiddenRelations: ["mentions"], from: "2020-01-22", to: null });
    expect(f.types?.has("place")).toBe(false);
    expect(f.types?.has("official")).toBe(true);
    expect(f.relations?.has("mentions")).toBe(false);
    expect([f.from, f.to]).toEqual(["2020-01-22", undefined]);
    expect(viewFilter(INITIAL_VIEW)).toEqual({ types: undefined, relations: undefined, from: undefined, to: undefined });
  });
});
