import { describe, expect, it } from "vitest";
import { applyCorrections, CORRECTED_ATTRIBUTE, nodeAtSpan, type Correction } from "../../src/corrections/index";
import { serializeGraph } from "../../src/graph/build";
import { anchorTo, graphOf, SCRIPTS, written } from "./helpers";

const ARTICLES = {
  a: "1月21日，省教育厅厅长张明主持召开疫情防控工作会议。出现发热怎么办局印发通知。",
  b: "1月22日，市卫健委主任张明到市人民医院调研。",
};

const nodeOf = (g: ReturnType<typeof graphOf>, anchor: ReturnType<typeof anchorTo>) => nodeAtSpan(g, anchor)!;

describe.each(SCRIPTS)("applying corrections (%s)", (script) => {
  const w = (s: string) => written(s, script);

  it("merge joins two nodes, their names, mentions and relations, and marks the result", () => {
    const g = graphOf(ARTICLES, script);
    const inA = anchorTo(g, "a", "张明", script);
    const inB = anchorTo(g, "b", "张明", script);
    expect(nodeOf(g, inA)).not.toBe(nodeOf(g, inB));
    expect((g.getAttribute("candidates") as unknown[]).length).toBe(1);
    const { outcomes } = applyCorrections(g, [{ id: "c1", op: "merge", node: inB, into: inA }]);
    expect(outcomes).toEqual([{ id: "c1", op: "merge", status: "applied" }]);
    const one = nodeOf(g, inA);
    expect(nodeOf(g, inB)).toBe(one);
    expect(g.getNodeAttribute(one, CORRECTED_ATTRIBUTE)).toEqual(["c1"]);
    expect(new Set(g.getNodeAttribute(one, "mentions").map((m) => m.doc))).toEqual(new Set(["a", "b"]));
    expect(g.outEdges(one).map((e) => g.getEdgeAttribute(e, "relation")).sort()).toEqual(["chaired", "chaired", "holds_post", "holds_post", "visited"]);
    // The candidate pair was the two of them: decided.
    expect(g.getAttribute("candidates")).toEqual([]);
  });

  it("distinct removes a candidate pair and nothing else", () => {
    const g = graphOf(ARTICLES, script);
    const order = g.order;
    applyCorrections(g, [{ id: "c1", op: "distinct", a: anchorTo(g, "a", "张明", script), b: anchorTo(g, "b", "张明", script) }]);
    expect(g.getAttribute("candidates")).toEqual([]);
    expect(g.order).toBe(order);
  });

  it("split moves one article's mentions and relations to a new node", () => {
    const g = graphOf(ARTICLES, script);
    const inA = anchorTo(g, "a", "张明", script);
    const inB = anchorTo(g, "b", "张明", script);
    applyCorrections(g, [{ id: "c1", op: "merge", node: inB, into: inA }]);
    const { outcomes, addedNodes } = applyCorrections(g, [{ id: "c2", op: "split", node: inB }]);
    expect(outcomes[0].status).toBe("applied");
    expect(addedNodes).toHaveLength(1);
    const left = nodeOf(g, inA);
    const moved = nodeOf(g, inB);
    expect(moved).toBe(addedNodes[0]);
    expect(g.getNodeAttribute(moved, "mentions").every((m) => m.doc === "b")).toBe(true);
    expect(g.getNodeAttribute(left, "mentions").every((m) => m.doc === "a")).toBe(true);
    expect(g.outEdges(moved).map((e) => g.getEdgeAttribute(e, "relation")).sort()).toEqual(["chaired", "holds_post", "visited"]);
    expect(g.getNodeAttribute(moved, "label")).toBe(w("张明"));
  });

  it("split of a node written in one article only is stale, and changes nothing", () => {
    const g = graphOf(ARTICLES, script);
    const before = serializeGraph(g);
    const { outcomes } = applyCorrections(g, [{ id: "c1", op: "split", node: anchorTo(g, "a", "张明", script) }]);
    expect(outcomes[0]).toMatchObject({ status: "stale", reason: expect.stringContaining("nothing to split") });
    expect(serializeGraph(g)).toBe(before);
  });

  it("rename, retype and a node's date change those facts and say what they were", () => {
    const g = graphOf(ARTICLES, script);
    const meeting = anchorTo(g, "a", "疫情防控工作会议", script);
    const agency = anchorTo(g, "a", "省教育厅", script);
    const { outcomes } = applyCorrections(g, [
      { id: "c1", op: "rename", node: agency, label: w("河南省教育厅") },
      { id: "c2", op: "retype", node: meeting, type: "notice" },
      { id: "c3", op: "set-node-date", node: meeting, date: "2020-01-20" },
    ]);
    expect(outcomes.map((o) => [o.status, o.was])).toEqual([
      ["applied", w("省教育厅")],
      ["applied", "meeting"],
      ["applied", "2020-01-21"],
    ]);
    const a = g.getNodeAttributes(nodeOf(g, agency));
    expect([a.label, a.aliases.includes(w("省教育厅"))]).toEqual([w("河南省教育厅"), true]);
    const m = g.getNodeAttributes(nodeOf(g, meeting));
    expect([m.type, m.date, m[CORRECTED_ATTRIBUTE]]).toEqual(["notice", "2020-01-20", ["c2", "c3"]]);
  });

  it("delete-node removes a node that is not an entity, with its relations; the others stay", () => {
    const g = graphOf(ARTICLES, script);
    const bogus = anchorTo(g, "a", "出现发热怎么办局", script);
    const node = nodeOf(g, bogus);
    const size = g.size - g.degree(node);
    applyCorrections(g, [{ id: "c1", op: "delete-node", node: bogus }]);
    expect(g.hasNode(node)).toBe(false);
    expect(g.size).toBe(size);
    expect(nodeOf(g, anchorTo(g, "a", "张明", script))).toBeDefined();
  });

  it("delete-edge removes that relation only; add-edge adds one with the selected words as evidence; the edge's date is fixed", () => {
    const g = graphOf(ARTICLES, script);
    const zhang = anchorTo(g, "b", "张明", script);
    const hospital = anchorTo(g, "b", "市人民医院", script);
    const agency = anchorTo(g, "b", "市卫健委", script);
    const visited = { source: zhang, relation: "visited" as const, target: hospital, date: "2020-01-22" };
    const evidence = anchorTo(g, "b", "市卫健委主任张明", script);
    const { outcomes } = applyCorrections(g, [
      { id: "c1", op: "delete-edge", edge: { source: zhang, relation: "holds_post", target: agency } },
      { id: "c2", op: "add-edge", edge: { source: agency, relation: "dispatched", target: zhang, date: "2020-01-22" }, evidence },
      { id: "c3", op: "set-edge-date", edge: visited, date: "2020-01-23" },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["applied", "applied", "applied"]);
    const z = nodeOf(g, zhang);
    const rel = (e: string) => `${g.getEdgeAttribute(e, "relation")}@${g.getEdgeAttribute(e, "date") ?? "-"}`;
    expect(g.outEdges(z).map(rel).sort()).toEqual(["chaired@2020-01-22", "visited@2020-01-23"]);
    const added = g.inEdges(z)[0];
    expect(rel(added)).toBe("dispatched@2020-01-22");
    expect(g.getEdgeAttribute(added, "evidence")).toEqual([{ doc: "b", start: evidence.start, end: evidence.end }]);
    expect(g.getEdgeAttribute(added, CORRECTED_ATTRIBUTE)).toEqual(["c2"]);
    // Deleting it again finds nothing: stale, with the reason.
    const again = applyCorrections(g, [{ id: "c4", op: "delete-edge", edge: { source: zhang, relation: "holds_post", target: agency } }]);
    expect(again.outcomes[0]).toMatchObject({ status: "stale", reason: expect.stringContaining("no relation holds_post") });
  });

  it("survives edits elsewhere in the article, and is stale when its words are gone", () => {
    const g = graphOf(ARTICLES, script);
    const entries: Correction[] = [
      { id: "c1", op: "merge", node: anchorTo(g, "b", "张明", script), into: anchorTo(g, "a", "张明", script) },
      { id: "c2", op: "delete-node", node: anchorTo(g, "a", "出现发热怎么办局", script) },
    ];
    const edited = graphOf({ a: `据悉，本周召开多次会议。${ARTICLES.a}`, b: ARTICLES.b.replace("张明", "李华") }, script);
    const { outcomes } = applyCorrections(edited, entries);
    expect(outcomes[0]).toMatchObject({ status: "stale", reason: expect.stringContaining(`「${w("张明")}」 are no longer in it`) });
    expect(outcomes[1].status).toBe("applied");
    expect(edited.nodes().some((n) => edited.getNodeAttribute(n, "label") === w("出现发热怎么办局"))).toBe(false);
  });

  it("gives the same graph for the same articles and corrections", () => {
    const run = () => {
      const g = graphOf(ARTICLES, script);
      applyCorrections(g, [
        { id: "c1", op: "merge", node: anchorTo(g, "b", "张明", script), into: anchorTo(g, "a", "张明", script) },
        { id: "c2", op: "split", node: anchorTo(g, "b", "张明", script) },
      ]);
      return serializeGraph(g);
    };
    expect(run()).toBe(run());
  });
});
