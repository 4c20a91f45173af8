import { describe, expect, it } from "vitest";
import { createExplorerStore } from "../../../src/app/store/store";
import { INITIAL_VIEW } from "../../../src/app/store/view-state";
import { buildGraph } from "../../../src/graph/build";
import { mergeExtractions } from "../../../src/graph/merge";
import { storyExtractions, storyJson } from "../story-graph";

const ZHENG = "official:鄭邦山";
const SHAN = "official:单雄信";
const MEETING = "meeting:2020-01-25:疫情研判會";

function loadedStore(view = INITIAL_VIEW) {
  const store = createExplorerStore({ view });
  const result = store.getState().loadGraphText(storyJson(), "story.json");
  expect(result.ok).toBe(true);
  return store;
}

describe("explorer store", () => {
  it("starts loading, then is ready with the view sets and a search index", () => {
    const store = createExplorerStore();
    expect(store.getState().status.kind).toBe("loading");
    store.getState().loadGraphText(storyJson());
    const s = store.getState();
    expect(s.status.kind).toBe("ready");
    expect(s.computed?.nodes.size).toBe(s.loaded?.graph.order);
    expect(s.searchIndex).not.toBeNull();
  });

  it("keeps a view from the URL, dropping nodes the graph does not have", () => {
    const store = loadedStore({ ...INITIAL_VIEW, node: ZHENG, depth: 1, pathFrom: "official:nobody" });
    const s = store.getState();
    expect(s.view.node).toBe(ZHENG);
    expect(s.view.pathFrom).toBeNull();
    expect(s.computed?.focused).toBe(true);
    expect(s.cameraRequest?.node).toBe(ZHENG);
  });

  it("shows the article of a selected node, and asks the camera to move only when told", () => {
    const store = loadedStore();
    store.getState().select(SHAN);
    expect(store.getState().view.doc).toBe("b");
    const seq = store.getState().cameraRequest?.seq;
    store.getState().select(ZHENG, { moveCamera: true });
    expect(store.getState().view.doc).toBe("a");
    expect(store.getState().cameraRequest).toEqual({ node: ZHENG, seq: seq! + 1 });
  });

  it("ignores a selection of a node the graph does not have", () => {
    const store = loadedStore();
    store.getState().select(ZHENG);
    store.getState().select("official:nobody");
    expect(store.getState().view.node).toBe(ZHENG);
  });

  it("recomputes the view sets when a filter changes, not when the hover does", () => {
    const store = loadedStore();
    const before = store.getState().computed;
    store.getState().hover(ZHENG);
    expect(store.getState().computed).toBe(before);
    store.getState().toggleType("meeting");
    const after = store.getState().computed!;
    expect(after).not.toBe(before);
    expect(after.nodes.has(MEETING)).toBe(false);
    expect(after.counts.types.meeting).toBe(0);
  });

  it("refuses an invalid graph and keeps the one on screen", () => {
    const store = loadedStore();
    const graph = store.getState().loaded!.graph;
    const result = store.getState().loadGraph({ nodes: "no" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.kind).toBe("schema");
    expect(store.getState().loaded!.graph).toBe(graph);
    expect(store.getState().status.kind).toBe("ready");
  });

  it("replaces the graph with a valid one", () => {
    const store = loadedStore();
    const old = store.getState().loaded!.graph;
    expect(store.getState().loadGraph(JSON.parse(storyJson())).ok).toBe(true);
    expect(store.getState().loaded!.graph).not.toBe(old);
  });

  it("reports a problem when the first graph cannot be read", () => {
    const store = createExplorerStore();
    store.getState().loadGraphText("{", "graph.json");
    const status = store.getState().status;
    expect(status.kind).toBe("error");
    if (status.kind === "error") {
      expect(status.problem.kind).toBe("json");
      expect(status.problem.url).toBe("graph.json");
    }
  });

  it("computes missing search keys for an imported graph, then builds the index", async () => {
    const data = JSON.parse(storyJson());
    for (const n of data.nodes) delete n.attributes.search;
    const store = createExplorerStore();
    store.getState().loadGraph(data);
    expect(store.getState().status.kind).toBe("ready");
    expect(store.getState().searchIndex).toBeNull();
    await new Promise<void>((resolve) => {
      const stop = store.subscribe((s) => s.searchIndex && (stop(), resolve()));
    });
    expect(store.getState().loaded!.graph.getNodeAttribute(ZHENG, "search")).toMatchObject({ initials: ["zbs"] });
  });

  it("frames the focused neighbourhood when focus is turned on, and the whole graph when it is turned off", () => {
    const store = loadedStore();
    store.getState().select(MEETING);
    store.getState().setDepth(1);
    const request = store.getState().cameraRequest!;
    expect([...request.nodes!].sort()).toEqual([...store.getState().computed!.nodes].sort());
    expect(request.nodes).toHaveLength(3);
    store.getState().setDepth(0);
    expect(store.getState().cameraRequest).toMatchObject({ node: null, seq: request.seq + 1 });
    expect(store.getState().cameraRequest!.nodes).toBeUndefined();
  });

  it("frames a path once both ends are picked", () => {
    const store = loadedStore();
    store.getState().select("official:陳垠亭");
    store.getState().pathFrom("official:陳垠亭");
    store.getState().select(ZHENG);
    store.getState().pathTo(ZHENG);
    expect(store.getState().cameraRequest!.nodes).toEqual(["official:陳垠亭", MEETING, ZHENG]);
  });

  it("keeps two explorers apart", () => {
    const a = loadedStore();
    const b = loadedStore();
    a.getState().select(ZHENG);
    a.getState().toggleType("place");
    expect(b.getState().view.node).toBeNull();
    expect(b.getState().view.hiddenTypes).toEqual([]);
  });

  it("asks the article pane for a range, and clears the request on a new selection", () => {
    const store = loadedStore();
    store.getState().showDoc("a", { start: 3, end: 9 });
    expect(store.getState().sourceRequest).toMatchObject({ doc: "a", start: 3, end: 9 });
    store.getState().showDoc("nope", { start: 0, end: 1 });
    expect(store.getState().view.doc).toBe("a");
    store.getState().select(ZHENG);
    expect(store.getState().sourceRequest).toBeNull();
  });

  it("keeps a hand-picked set: toggled on and off, only nodes the graph has, cleared at once", () => {
    const store = loadedStore();
    store.getState().togglePicked(ZHENG);
    store.getState().togglePicked(MEETING);
    store.getState().togglePicked("official:nobody");
    expect(store.getState().picked).toEqual([ZHENG, MEETING]);
    store.getState().togglePicked(ZHENG);
    expect(store.getState().picked).toEqual([MEETING]);
    expect(store.getState().view.node).toBeNull(); // picking is not selecting
    store.getState().clearPicked();
    expect(store.getState().picked).toEqual([]);
  });

  it("replaces the graph with an opened one: picks it lacks dropped, a running layout stopped", () => {
    const store = loadedStore();
    store.getState().togglePicked(ZHENG);
    store.getState().togglePicked(SHAN);
    let stopped = 0;
    store.getState().setStopLayout(() => stopped++);
    const onlyFirst = buildGraph(storyExtractions().slice(0, 1), { builtWith: "test" });
    store.getState().replaceGraph(onlyFirst);
    const s = store.getState();
    expect(s.loaded!.graph).toBe(onlyFirst);
    expect(s.picked).toEqual([ZHENG]);
    expect(stopped).toBe(1);
    expect(s.status.kind).toBe("ready");
  });

  it("re-derives everything from the same graph after articles are merged into it, keeping the view", () => {
    const first = storyExtractions().slice(0, 1);
    const store = createExplorerStore();
    store.getState().replaceGraph(buildGraph(first, { builtWith: "test" }));
    store.getState().toggleType("place");
    store.getState().select(ZHENG);
    const graph = store.getState().loaded!.graph;
    const before = store.getState().loaded!;
    mergeExtractions(graph, storyExtractions().slice(1));
    store.getState().graphChanged({ doc: "b" });
    const s = store.getState();
    expect(s.loaded!.graph).toBe(graph);
    expect(s.loaded).not.toBe(before);
    expect(s.loaded!.sources.map((d) => d.id)).toEqual(["a", "b"]);
    expect(s.view.doc).toBe("b");
    expect(s.view.node).toBe(ZHENG);
    expect(s.view.hiddenTypes).toEqual(["place"]);
    expect(s.computed!.nodes.has(SHAN)).toBe(true);
    expect(s.computed!.nodes.has("place:武汉")).toBe(false);
    expect(s.searchIndex!.nodes).toContain(SHAN);
  });
});
