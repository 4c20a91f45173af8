// Small graphs built by the real extractor from short articles, in either
// script, and anchors to words in them, for the corrections tests.
import * as OpenCC from "opencc-js";
import { extractDocument } from "../../src/extract/index";
import { buildGraph, type KnowledgeGraph } from "../../src/graph/build";
import { makeAnchor, type Anchor } from "../../src/corrections/index";

const HENAN = { code: "410000", names: ["河南省"], by: "front-matter" as const };
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

export type Script = "simplified" | "traditional";
export const SCRIPTS: Script[] = ["simplified", "traditional"];
export const written = (s: string, script: Script) => (script === "traditional" ? toTraditional(s) : s);

/** Articles by id (Simplified text, written in `script`), extracted and built without layout. */
export function graphOf(articles: Record<string, string>, script: Script): KnowledgeGraph {
  const xs = Object.entries(articles).map(([id, text]) => {
    const t = written(text, script);
    return extractDocument({ id, title: id, chars: t.length, sha256: `sha-${t.length}`, text: t, region: HENAN }, { year: 2020 });
  });
  return buildGraph(xs, { builtWith: "test", layout: false });
}

/** An anchor to the `nth` occurrence of `words` (Simplified, written in the graph's script) in article `doc`. */
export function anchorTo(graph: KnowledgeGraph, doc: string, words: string, script: Script, nth = 0): Anchor {
  const source = graph.getAttribute("sources").find((s) => s.id === doc)!;
  const w = written(words, script);
  let at = source.text.indexOf(w);
  for (let i = 0; i < nth; i++) at = source.text.indexOf(w, at + 1);
  if (at < 0) throw new Error(`「${w}」 is not in ${doc}`);
  return makeAnchor(source, at, at + w.length);
}

/** The node's label holding the words, as the test would say it. */
export function labelsOf(graph: KnowledgeGraph): string[] {
  return graph.nodes().map((n) => graph.getNodeAttribute(n, "label")).sort();
}
