// Articles added to a graph that carries no identity keys (built by an older
// version or another tool): deriveKeys gives its nodes the keys they would have
// had, so the new article joins the same nodes a fresh build would give.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { buildGraph, type KnowledgeGraph } from "../../src/graph/build";
import { GRAPH_OPTIONS } from "../../src/graph/contract";
import { mergeExtractions } from "../../src/graph/merge";
import { deriveKeys } from "../../src/resolve/derive";
import { article, GANSU, nodeAt, SHAANXI, type ArticleSpec } from "./hand-made";

const agency = (label: string) => ({ id: label, type: "agency" as const, label });

/** The graph of `specs` as another tool would hand it over: the same nodes and edges, no identityKeys. */
function importedWithoutKeys(...specs: ArticleSpec[]): KnowledgeGraph {
  const data = buildGraph(specs.map(article), { builtWith: "test", layout: false }).export();
  for (const n of data.nodes) delete (n.attributes as Record<string, unknown>).identityKeys;
  const graph: KnowledgeGraph = new Graph({ ...GRAPH_OPTIONS });
  graph.import(data);
  return graph;
}

describe("deriveKeys", () => {
  it("gives a relative body the key of its stored jurisdiction, in either script, and none without one", () => {
    const gansu = deriveKeys({ type: "agency", forms: ["省委"], regionCode: GANSU });
    expect(gansu).toHaveLength(1);
    expect(deriveKeys({ type: "agency", forms: ["中共甘肅省委"] })).toEqual(gansu);
    expect(deriveKeys({ type: "agency", forms: ["省委"], regionCode: SHAANXI })).not.toEqual(gansu);
    expect(deriveKeys({ type: "agency", forms: ["省委"] })).toEqual([]);
  });

  it("keys a generic meeting by its organiser and a notice by its issuer", () => {
    const meeting = (organiser: string) => deriveKeys({ type: "meeting", forms: ["专题会议"], date: "2020-02-10", organiser });
    expect(meeting("agency:省委@甘肃省")).toEqual(meeting("agency:省委@甘肃省"));
    expect(meeting("agency:省委@甘肃省")).not.toEqual(meeting("agency:省委@陕西省"));
    const notice = (issuer: string) => deriveKeys({ type: "notice", forms: ["《关于做好开学工作的通知》"], issuer });
    expect(notice("agency:省教育厅@甘肃省")).toEqual(notice("agency:省教育厅@甘肃省"));
    expect(notice("agency:省教育厅@甘肃省")).not.toEqual(notice("agency:省教育厅@陕西省"));
  });

  it("gives a person no key: people are joined by their ties, not by keys", () => {
    expect(deriveKeys({ type: "official", forms: ["王伟"], regionCode: GANSU })).toEqual([]);
  });
});

describe("adding an article to a graph without identity keys", () => {
  it("joins the node of the same body by the node's or its article's jurisdiction, and not another province's", () => {
    const graph = importedWithoutKeys(
      { id: "gs", region: GANSU, text: "省委召开会议。", entities: [agency("省委")] },
      { id: "sx", region: SHAANXI, text: "省委召开会议。", entities: [agency("省委")] },
    );
    const before = graph.order;
    mergeExtractions(graph, [article({ id: "new", text: "中共甘肅省委召開會議。", entities: [agency("中共甘肅省委")] })]);
    expect(graph.order).toBe(before);
    expect(nodeAt(graph, "new", "中共甘肅省委")).toBe(nodeAt(graph, "gs", "省委"));
    expect(nodeAt(graph, "new", "中共甘肅省委")).not.toBe(nodeAt(graph, "sx", "省委"));
  });

  it("gives the same nodes as building all the articles at once", () => {
    const specs: ArticleSpec[] = [
      { id: "a", region: GANSU, text: "省委召开会议。国家卫健委部署。", entities: [agency("省委"), agency("国家卫健委")] },
      { id: "b", region: SHAANXI, text: "省委召开会议。", entities: [agency("省委")] },
    ];
    const added: ArticleSpec = { id: "c", text: "中共陕西省委召开会议。國家衛健委通知。", entities: [agency("中共陕西省委"), agency("國家衛健委")] };
    const graph = importedWithoutKeys(...specs);
    mergeExtractions(graph, [article(added)]);
    const fresh = buildGraph([...specs, added].map(article), { builtWith: "test", layout: false });
    expect(graph.nodes().sort()).toEqual(fresh.nodes().sort());
    expect(nodeAt(graph, "c", "國家衛健委")).toBe(nodeAt(fresh, "c", "國家衛健委"));
  });
});
