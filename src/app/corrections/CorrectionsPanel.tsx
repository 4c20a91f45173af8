// The details panel's corrections of the selected node: each operation of
// the corrections file from a small form, applied at once (undo is in the
// corrections list). Also says which entries made or changed this node.
import { useId, useState } from "react";
import { NODE_TYPES, RELATIONS, type NodeType, type Relation } from "../../graph/contract";
import { drafts, recordsOf, CORRECTED_ATTRIBUTE, type Draft } from "../../corrections/index";
import { RELATION_NAMES, TYPE_NAMES } from "../i18n/strings";
import { useLang } from "../i18n/use-t";
import { useExplorer, useExplorerStore } from "../store/context";
import type { LoadedGraph } from "../store/loaded-graph";
import { suggestRelation } from "../../corrections/relation-words";
import { useArticleSelection } from "./article-selection";
import { useCT } from "./strings";
import "./corrections.css";

const MERGE_CHOICES = 50;

/** Nodes of the same type most like this one by the characters of their names: the likely duplicates first. */
function mergeChoices(loaded: LoadedGraph, node: string): string[] {
  const { graph } = loaded;
  const a = graph.getNodeAttributes(node);
  const chars = new Set([a.label, ...a.aliases].join(""));
  const scored: [string, number][] = [];
  graph.forEachNode((other, b) => {
    if (other === node || b.type !== a.type) return;
    let shared = 0;
    for (const c of new Set([b.label, ...b.aliases].join(""))) if (chars.has(c)) shared++;
    if (shared) scored.push([other, b.label === a.label ? Infinity : shared]);
  });
  scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return scored.slice(0, MERGE_CHOICES).map(([n]) => n);
}

export function CorrectionsPanel({ node }: { node: string }) {
  const store = useExplorerStore();
  const ct = useCT();
  const lang = useLang();
  const id = useId();
  const loaded = useExplorer((s) => s.loaded)!;
  const doc = useExplorer((s) => s.view.doc);
  const message = useExplorer((s) => s.correctionsMessage);
  const { graph } = loaded;
  const a = graph.getNodeAttributes(node);
  const forms = [a.label, ...a.aliases];
  const docs = [...new Set(a.mentions.map((m) => m.doc))].filter((d) => loaded.sourceById.has(d));
  const edges = graph.edges(node);
  const merges = mergeChoices(loaded, node);
  const others = [...new Set(doc ? loaded.mentionsIn(doc).map((m) => m.node) : [])].filter((n) => n !== node && graph.hasNode(n));
  const candidates = ((graph.getAttribute("candidates") as { a: string; b: string }[] | undefined) ?? [])
    .filter((c) => (c.a === node || c.b === node) && graph.hasNode(c.a === node ? c.b : c.a))
    .map((c) => (c.a === node ? c.b : c.a));

  const [form, setForm] = useState(forms[1] ?? forms[0]);
  const [type, setType] = useState<NodeType>(a.type);
  const [date, setDate] = useState(a.date ?? "");
  const [splitDoc, setSplitDoc] = useState(doc && docs.includes(doc) ? doc : docs[0]);
  const [mergeFrom, setMergeFrom] = useState(merges[0] ?? "");
  const [edge, setEdge] = useState(edges[0] ?? "");
  const [edgeDate, setEdgeDate] = useState("");
  // Chosen by the person, or (null) suggested from the words selected in the article.
  const [chosenRelation, setRelation] = useState<Relation | null>(null);
  const [chosenOutgoing, setOutgoing] = useState<boolean | null>(null);
  const [chosenOther, setOther] = useState<string | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const words = useArticleSelection(doc);
  const wordsText = words ? (loaded.sourceById.get(words.doc)?.text.slice(words.start, words.end) ?? "") : "";
  const inWords = (n: string) => (words ? loaded.mentionsIn(words.doc).filter((m) => m.node === n && m.start >= words.start && m.end <= words.end) : []);
  // The other end: the last name in the words that is not this node (the object usually closes the clause).
  const otherInWords = words
    ? loaded
        .mentionsIn(words.doc)
        .filter((m) => m.node !== node && others.includes(m.node) && m.start >= words.start && m.end <= words.end)
        .reduce<{ node: string; start: number } | undefined>((last, m) => (!last || m.start > last.start ? m : last), undefined)?.node
    : undefined;
  const other = chosenOther !== null && others.includes(chosenOther) ? chosenOther : (otherInWords ?? others[0]);
  const relation = chosenRelation ?? suggestRelation(wordsText) ?? "holds_post";
  // Whichever end is written first in the words is the subject, unless the person says otherwise.
  const outgoing = chosenOutgoing ?? (otherInWords && inWords(node).length ? inWords(node)[0].start <= inWords(otherInWords)[0].start : true);

  const label = (n: string) => graph.getNodeAttribute(n, "label");
  const edgeText = (e: string) => {
    const ea = graph.getEdgeAttributes(e);
    const mark = Array.isArray(ea[CORRECTED_ATTRIBUTE]) ? ` ✎ ${(ea[CORRECTED_ATTRIBUTE] as string[]).join(", ")}` : "";
    return `${label(graph.source(e))} —${RELATION_NAMES[lang][ea.relation]}→ ${label(graph.target(e))}${ea.date ? ` ${ea.date}` : ""}${mark}`;
  };
  const correct = (make: () => Draft) => {
    setHint(null);
    try {
      store.getState().correct(make());
    } catch (err) {
      setHint(err instanceof Error ? err.message : String(err));
    }
  };

  const corrected = Array.isArray(a[CORRECTED_ATTRIBUTE]) ? (a[CORRECTED_ATTRIBUTE] as string[]) : [];
  const records = recordsOf(graph);
  const recordOf = (cid: string) => records.find((r) => (r.entry as { id?: string }).id === cid);
  const chosenEdge = edges.includes(edge) ? edge : edges[0];

  return (
    <section className="corrections-panel" aria-label={ct("correct")}>
      {corrected.length > 0 && (
        <p className="corrected-note">
          ✎ {ct("correctedBy")}:{" "}
          {corrected.map((cid) => {
            const r = recordOf(cid);
            const op = (r?.entry as { op?: string } | undefined)?.op ?? "";
            return (
              <span key={cid} className="corrected-entry">
                {cid} ({op}
                {r?.was ? `, ${ct("wasValue", { was: r.was })}` : ""}){" "}
              </span>
            );
          })}
        </p>
      )}
      <h3>{ct("correct")}</h3>
      <div className="correction-row">
        <label htmlFor={`${id}-form`}>{ct("label")}</label>
        <select id={`${id}-form`} value={form} onChange={(e) => setForm(e.target.value)}>
          {forms.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
        <button type="button" disabled={form === a.label} onClick={() => correct(() => drafts.rename(graph, node, form, doc))}>
          {ct("useAsLabel")}
        </button>
        <button
          type="button"
          disabled={!wordsText.trim() || wordsText === a.label}
          onMouseDown={(e) => e.preventDefault() /* keep the selection in the article */}
          onClick={() => correct(() => drafts.rename(graph, node, wordsText.trim(), doc))}
        >
          {ct("useSelectedAsLabel")}
        </button>
      </div>
      <div className="correction-row">
        <label htmlFor={`${id}-type`}>{ct("type")}</label>
        <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as NodeType)}>
          {NODE_TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_NAMES[lang][t]}
            </option>
          ))}
        </select>
        <button type="button" disabled={type === a.type} onClick={() => correct(() => drafts.retype(graph, node, type, doc))}>
          {ct("changeType")}
        </button>
      </div>
      <div className="correction-row">
        <label htmlFor={`${id}-date`}>{ct("date")}</label>
        <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        <button type="button" disabled={!date || date === a.date} onClick={() => correct(() => drafts.setNodeDate(graph, node, date, doc))}>
          {ct("setDate")}
        </button>
      </div>
      <div className="correction-row">
        <button type="button" onClick={() => correct(() => drafts.deleteNode(graph, node, doc))}>
          {ct("deleteNode")}
        </button>
      </div>
      {docs.length > 1 && (
        <div className="correction-row">
          <label htmlFor={`${id}-split`}>{ct("splitDoc")}</label>
          <select id={`${id}-split`} value={splitDoc} onChange={(e) => setSplitDoc(e.target.value)}>
            {docs.map((d) => (
              <option key={d} value={d}>
                {loaded.sourceById.get(d)!.title || d}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => correct(() => drafts.split(graph, node, splitDoc))}>
            {ct("split")}
          </button>
        </div>
      )}
      {merges.length > 0 && (
        <div className="correction-row">
          <label htmlFor={`${id}-merge`}>{ct("mergeWith")}</label>
          <select id={`${id}-merge`} value={mergeFrom} onChange={(e) => setMergeFrom(e.target.value)}>
            {merges.map((n) => (
              <option key={n} value={n}>
                {label(n)} ({n})
              </option>
            ))}
          </select>
          <button type="button" disabled={!graph.hasNode(mergeFrom)} onClick={() => correct(() => drafts.merge(graph, mergeFrom, node, doc))}>
            {ct("merge")}
          </button>
        </div>
      )}
      {candidates.map((c) => (
        <div className="correction-row candidate-decision" key={c}>
          <span>{label(c)} ({c})</span>
          <button type="button" onClick={() => correct(() => drafts.merge(graph, c, node, doc))}>
            {ct("samePerson")}
          </button>
          <button type="button" onClick={() => correct(() => drafts.distinct(graph, node, c))}>
            {ct("differentPerson")}
          </button>
        </div>
      ))}
      {edges.length > 0 && (
        <div className="correction-row">
          <label htmlFor={`${id}-edge`}>{ct("relation")}</label>
          <select id={`${id}-edge`} value={chosenEdge} onChange={(e) => setEdge(e.target.value)}>
            {edges.map((e) => (
              <option key={e} value={e}>
                {edgeText(e)}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => correct(() => drafts.deleteEdge(graph, chosenEdge))}>
            {ct("deleteRelation")}
          </button>
          <input type="date" aria-label={ct("setRelationDate")} value={edgeDate} onChange={(e) => setEdgeDate(e.target.value)} />
          <button type="button" disabled={!edgeDate} onClick={() => correct(() => drafts.setEdgeDate(graph, chosenEdge, edgeDate))}>
            {ct("setRelationDate")}
          </button>
        </div>
      )}
      {others.length > 0 && (
        <div className="correction-row add-relation">
          <label htmlFor={`${id}-rel`}>{ct("addRelation")}</label>
          <select id={`${id}-rel`} value={relation} onChange={(e) => setRelation(e.target.value as Relation)}>
            {RELATIONS.map((r) => (
              <option key={r} value={r}>
                {RELATION_NAMES[lang][r]}
              </option>
            ))}
          </select>
          <select aria-label={ct("direction")} value={outgoing ? "out" : "in"} onChange={(e) => setOutgoing(e.target.value === "out")}>
            <option value="out">{ct("outgoing")}</option>
            <option value="in">{ct("incoming")}</option>
          </select>
          <select aria-label={ct("other")} value={other} onChange={(e) => setOther(e.target.value)}>
            {others.map((n) => (
              <option key={n} value={n}>
                {label(n)}
              </option>
            ))}
          </select>
          <button
            type="button"
            onMouseDown={(e) => e.preventDefault() /* keep the selection in the article */}
            onClick={() => {
              if (!words) return setHint(ct("selectWords"));
              const target = other;
              const date = graph.getNodeAttribute(outgoing ? target : node, "date");
              correct(() => (outgoing ? drafts.addEdge(graph, node, relation, target, words, date) : drafts.addEdge(graph, target, relation, node, words, date)));
            }}
          >
            {ct("addWithWords")}
          </button>
        </div>
      )}
      {(hint || (message && !message.ok)) && (
        <p className="problem" role="alert">
          {hint ?? message!.lines.join("\n")}
        </p>
      )}
    </section>
  );
}
