import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { labelInScript, mapLabels, nodeName, shorten } from "../../../src/app/text/labels";

const attrs = {
  label: "河南省教育廳",
  aliases: ["省教育廳"],
  search: { hans: ["河南省教育厅", "省教育厅"], hant: ["河南省教育廳", "省教育廳"], pinyin: [], initials: [] },
};

describe("labels", () => {
  it("gives the label or an alias as written, in Simplified or in Traditional", () => {
    expect(labelInScript(attrs, "source")).toBe("河南省教育廳");
    expect(labelInScript(attrs, "source", 1)).toBe("省教育廳");
    expect(labelInScript(attrs, "hans")).toBe("河南省教育厅");
    expect(labelInScript(attrs, "hans", 1)).toBe("省教育厅");
    expect(labelInScript({ label: "郑邦山" }, "hant")).toBe("郑邦山");
  });

  it("shortens long names for the map only", () => {
    expect(shorten("關於做好學校新型冠狀病毒感染的肺炎疫情防控工作的緊急通知", 8)).toBe("關於做好學校新…");
    expect(shorten("鄭邦山", 8)).toBe("鄭邦山");
    const graph = new Graph();
    graph.addNode("a", { ...attrs, type: "agency" });
    expect(mapLabels(graph, "hans", 5).get("a")).toBe("河南省教…");
  });

  it("names a generic meeting by its date and the full name of its organiser, in the chosen script", () => {
    const graph = new Graph({ multi: true });
    const region = { code: "410000", names: ["河南省"] };
    graph.addNode("m", { label: "會議", type: "meeting", date: "2020-01-25", search: { hans: ["会议"], hant: ["會議"] } });
    graph.addNode("org", { label: "省教育廳", type: "agency", region, search: { hans: ["省教育厅"], hant: ["省教育廳"] } });
    graph.addNode("chair", { label: "鄭邦山", type: "official", search: { hans: ["郑邦山"], hant: ["鄭邦山"] } });
    graph.addEdge("chair", "m", { relation: "chaired" });
    graph.addEdge("org", "m", { relation: "organized" });
    expect(nodeName(graph, "m", "hans")).toBe("会议 · 2020-01-25 · 河南省教育厅");
    expect(nodeName(graph, "m", "hant")).toBe("會議 · 2020-01-25 · 河南省教育廳");
    // The map shortens the label itself, never the date or the organiser.
    expect(mapLabels(graph, "source", 1).get("m")).toBe("… · 2020-01-25 · 河南省教育廳");
    // Without an organiser, who chaired it.
    graph.dropEdge(graph.edges("org", "m")[0]);
    expect(nodeName(graph, "m", "hans")).toBe("会议 · 2020-01-25 · 郑邦山");
    // A relative body keeps the jurisdiction after its label, as in every list.
    expect(nodeName(graph, "org", "hans")).toBe("省教育厅 · 河南省");
  });

  it("leaves a meeting that names itself as it is", () => {
    const graph = new Graph({ multi: true });
    graph.addNode("m", { label: "疫情研判會", type: "meeting", date: "2020-01-25" });
    graph.addNode("o", { label: "河南省教育廳", type: "agency" });
    graph.addEdge("o", "m", { relation: "organized" });
    expect(nodeName(graph, "m", "source")).toBe("疫情研判會");
  });
});
