import { describe, expect, it } from "vitest";
import { emptyRenderState } from "../../../src/app/sigma/reducers";
import { createRenderSync, type RenderChange } from "../../../src/app/sigma/render-state";
import { createExplorerStore } from "../../../src/app/store/store";
import { storyJson } from "../story-graph";

const ZHENG = "official:鄭邦山";
const SHAN = "official:单雄信";

function setUp(lightHoverOrder?: number) {
  const store = createExplorerStore();
  expect(store.getState().loadGraphText(storyJson()).ok).toBe(true);
  const graph = store.getState().loaded!.graph;
  const sync = createRenderSync(graph, emptyRenderState(), lightHoverOrder);
  expect(sync.update(store.getState())).toEqual({ full: true });
  const next = () => sync.update(store.getState());
  return { store, graph, sync, next };
}

const listed = (c: RenderChange) => (c && !c.full ? { nodes: [...c.nodes].sort(), edges: [...c.edges].sort() } : c);

describe("render sync", () => {
  it("asks for nothing when nothing the map shows changed", () => {
    const { store, next } = setUp();
    store.getState().setQuery("鄭");
    expect(next()).toBeNull();
  });

  it("redraws only the nodes a selection moves between, with the neighbours it labels", () => {
    const { store, graph, sync, next } = setUp();
    const around = (n: string) => graph.neighbors(n);
    store.getState().select(ZHENG);
    expect(listed(next())).toEqual({ nodes: [ZHENG, ...around(ZHENG)].sort(), edges: [] });
    expect([...(sync.state.selectedNeighbours ?? [])].sort()).toEqual(around(ZHENG).sort());
    store.getState().select(SHAN);
    expect(listed(next())).toEqual({ nodes: [...new Set([SHAN, ZHENG, ...around(ZHENG), ...around(SHAN)])].sort(), edges: [] });
    store.getState().select(null);
    expect(listed(next())).toEqual({ nodes: [SHAN, ...around(SHAN)].sort(), edges: [] });
    expect(sync.state.selectedNeighbours).toBeNull();
  });

  it("redraws only the nodes that joined or left the hand-picked set", () => {
    const { store, sync, next } = setUp();
    store.getState().togglePicked(ZHENG);
    expect(listed(next())).toEqual({ nodes: [ZHENG], edges: [] });
    store.getState().togglePicked(SHAN);
    expect(listed(next())).toEqual({ nodes: [SHAN], edges: [] });
    expect([...sync.state.picked!]).toEqual([ZHENG, SHAN]);
    store.getState().togglePicked(ZHENG);
    expect(listed(next())).toEqual({ nodes: [ZHENG], edges: [] });
  });

  it("redraws everything for a filter, or a hover that fades the rest", () => {
    const { store, next } = setUp();
    store.getState().hover(ZHENG);
    expect(next()).toEqual({ full: true });
    store.getState().toggleType("official");
    expect(next()).toEqual({ full: true });
  });

  it("in a light hover, redraws the old and new neighbourhoods and nothing else", () => {
    const { store, graph, sync, next } = setUp(1);
    expect(sync.state.lightHover).toBe(true);
    store.getState().hover(ZHENG);
    const first = listed(next());
    expect(first).toEqual({ nodes: [ZHENG, ...graph.neighbors(ZHENG)].sort(), edges: graph.edges(ZHENG).sort() });
    store.getState().hover(SHAN);
    const second = listed(next())!;
    expect(second).toEqual({
      nodes: [...new Set([ZHENG, ...graph.neighbors(ZHENG), SHAN, ...graph.neighbors(SHAN)])].sort(),
      edges: [...new Set([...graph.edges(ZHENG), ...graph.edges(SHAN)])].sort(),
    });
    store.getState().hover(null);
    expect(listed(next())).toEqual({ nodes: [SHAN, ...graph.neighbors(SHAN)].sort(), edges: graph.edges(SHAN).sort() });
  });
});
