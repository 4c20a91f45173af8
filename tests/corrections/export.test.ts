// Corrected facts stay marked in an exported graph: the JSON export, read back
// by a plain JSON parser (an independent reader) and by the explorer's reader.
import { describe, expect, it } from "vitest";
import { correctGraph, parseCorrections, serializeCorrections } from "../../src/corrections/index";
import { writeJson } from "../../src/export/json";
import { readGraphFile } from "../../src/export/read";
import { anchorTo, graphOf } from "./helpers";

const ARTICLES = { a: "1月21日，省教育厅厅长张明主持召开疫情防控工作会议。出现发热怎么办局印发通知。" };

describe("corrected facts in exports", () => {
  it("carry `corrected` on nodes and edges, and the file's entries with their outcome, in the JSON export", () => {
    const g = graphOf(ARTICLES, "simplified");
    const zhang = anchorTo(g, "a", "张明", "simplified");
    const meeting = anchorTo(g, "a", "疫情防控工作会议", "simplified");
    const entries = [
      { id: "c1", op: "retype", node: anchorTo(g, "a", "出现发热怎么办局", "simplified"), type: "notice" },
      { id: "c2", op: "add-edge", edge: { source: zhang, relation: "attended", target: meeting }, evidence: anchorTo(g, "a", "张明主持召开疫情防控工作会议", "simplified") },
    ];
    correctGraph(g, parseCorrections(serializeCorrections(entries), "corrections.json"));
    const data = JSON.parse(writeJson(g)) as { nodes: { attributes: Record<string, unknown> }[]; edges: { attributes: Record<string, unknown> }[]; attributes: Record<string, unknown> };
    const retyped = data.nodes.find((n) => n.attributes.label === "出现发热怎么办局")!;
    expect([retyped.attributes.type, retyped.attributes.corrected]).toEqual(["notice", ["c1"]]);
    expect(data.edges.filter((e) => e.attributes.corrected).map((e) => [e.attributes.relation, e.attributes.corrected])).toEqual([["attended", ["c2"]]]);
    expect(data.attributes.corrections).toEqual([
      { entry: entries[0], status: "applied", was: "agency" },
      { entry: entries[1], status: "applied" },
    ]);
    const read = readGraphFile(writeJson(g), { fileName: "export.json" });
    expect(read.ok && read.graph.findNode((_n, a) => a.label === "出现发热怎么办局")).toBeTruthy();
    if (read.ok) expect(read.graph.getNodeAttribute(read.graph.findNode((_n, a) => a.label === "出现发热怎么办局")!, "corrected")).toEqual(["c1"]);
  });
});
