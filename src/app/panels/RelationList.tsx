// A node's relations grouped by kind and direction, each written as a
// sentence whose other end is a link, with its date, its evidence and an
// "inferred" mark where the text does not say it outright.
import { useState } from "react";
import type { EdgeAttributes, Relation } from "../../graph/contract";
import { RELATIONS } from "../../graph/contract";
import { RELATION_COLORS } from "../../graph/style";
import type { KnowledgeGraph } from "../../graph/build";
import { RELATION_NAMES } from "../i18n/strings";
import { useT } from "../i18n/use-t";
import { useExplorer, useExplorerStore } from "../store/context";
import { useScriptConverter } from "../text/use-script-converter";
import { relationGroupTitle, relationSentence, type SentencePart } from "../text/sentences";
import { Evidence } from "./Evidence";
import { NodeLink } from "./NodeLink";

const FIRST_SHOWN = 25;

interface Item {
  edge: string;
  other: string;
  attrs: EdgeAttributes;
}

interface Group {
  relation: Relation;
  direction: "out" | "in";
  items: Item[];
}

export function groupRelations(graph: KnowledgeGraph, node: string): Group[] {
  const groups = new Map<string, Group>();
  const add = (direction: "out" | "in", edge: string, attrs: EdgeAttributes, other: string) => {
    const key = `${attrs.relation}|${direction}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { relation: attrs.relation, direction, items: [] }));
    g.items.push({ edge, other, attrs });
  };
  graph.forEachOutEdge(node, (edge, attrs, _s, target) => add("out", edge, attrs, target));
  graph.forEachInEdge(node, (edge, attrs, source) => add("in", edge, attrs, source));
  const order = (g: Group) => RELATIONS.indexOf(g.relation) * 2 + (g.direction === "out" ? 0 : 1);
  const sorted = [...groups.values()].sort((a, b) => order(a) - order(b));
  for (const g of sorted)
    g.items.sort((a, b) => (a.attrs.date ?? "9999").localeCompare(b.attrs.date ?? "9999") || (a.other < b.other ? -1 : a.other > b.other ? 1 : 0));
  return sorted;
}

export function Sentence({ parts, source, target }: { parts: SentencePart[]; source: string; target: string }) {
  return (
    <>
      {parts.map((p, i) => ("text" in p ? <span key={i}>{p.text}</span> : <NodeLink key={i} node={p.node === "source" ? source : target} swatch={false} />))}
    </>
  );
}

export function InferredMark({ inferred }: { inferred?: boolean }) {
  const { t } = useT();
  if (!inferred) return null;
  return (
    <span className="inferred" title={t("inferredHint")}>
      {t("inferred")}
    </span>
  );
}

function GroupList({ group, node, graph }: { group: Group; node: string; graph: KnowledgeGraph }) {
  const { lang, t } = useT();
  const store = useExplorerStore();
  const convert = useScriptConverter(useExplorer((s) => s.view.script));
  const [all, setAll] = useState(false);
  const items = all ? group.items : group.items.slice(0, FIRST_SHOWN);
  const perspective = group.direction === "out" ? "source" : "target";
  return (
    <section className="relation-group">
      <h4>
        <span className="swatch line" style={{ background: RELATION_COLORS[group.relation] }} aria-hidden="true" />
        {relationGroupTitle(group.relation, group.direction, lang)} <span className="muted">({group.items.length})</span>
        <button
          type="button"
          className="link-button expand-by"
          aria-label={t("expandByLabel", { relation: RELATION_NAMES[lang][group.relation] })}
          title={t("expandByLabel", { relation: RELATION_NAMES[lang][group.relation] })}
          onClick={() => store.getState().expandBy(node, group.relation)}
        >
          {t("expandBy")}
        </button>
      </h4>
      <ul>
        {items.map(({ edge, other, attrs }) => {
          const target = group.direction === "out" ? other : node;
          const parts = relationSentence({ relation: attrs.relation, title: attrs.title, date: attrs.date, targetLabel: graph.getNodeAttribute(target, "label") }, perspective, lang);
          // The post is article text: it follows the script switch like the names.
          const shown = parts.map((p) => ("text" in p ? { text: convert(p.text) } : p));
          return (
          <li key={edge} className="relation">
            <p className="sentence">
              <Sentence parts={shown} source={group.direction === "out" ? node : other} target={target} />{" "}
              <InferredMark inferred={attrs.inferred} />
            </p>
            <Evidence spans={attrs.evidence} />
          </li>
          );
        })}
      </ul>
      {!all && group.items.length > FIRST_SHOWN && (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          {t("showMore", { n: group.items.length })}
        </button>
      )}
    </section>
  );
}

export function RelationList({ graph, node }: { graph: KnowledgeGraph; node: string }) {
  const { t } = useT();
  const groups = groupRelations(graph, node);
  if (!groups.length) return <p className="muted">{t("noRelations")}</p>;
  return (
    <div className="relations">
      {groups.map((g) => (
        <GroupList key={`${g.relation}|${g.direction}|${node}`} group={g} node={node} graph={graph} />
      ))}
    </div>
  );
}
