// Graph files the end-to-end tests open: the gold graph (7 hand-checked
// articles), and small hand-made files for the error and markup cases.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractDocument } from "../../src/extract/index";
import { prepareArticle } from "../../src/extract/prepare";
import { buildGraph, serializeGraph } from "../../src/graph/build";
import type { Extraction } from "../../src/extract/types";
import { goldExtractions } from "../fixtures/gold-graph";

/** Article text and a label that carry markup and script: the page must show them as text. */
export const HOSTILE_LABEL = "<img src=x onerror=window.__xss=1>局";
const hostileText = `1月22日,${HOSTILE_LABEL}印發通知。<script>window.__xss=2</script>王小明廳長出席。`;

function hostileExtraction(): Extraction {
  const labelAt = hostileText.indexOf(HOSTILE_LABEL);
  const nameAt = hostileText.indexOf("王小明");
  return {
    doc: { id: "hostile", title: "<b>標題</b><img src=x onerror=window.__xss=3>", chars: hostileText.length, sha256: "", text: hostileText },
    entities: [
      { id: "a", type: "agency", label: HOSTILE_LABEL, matchKey: HOSTILE_LABEL, aliases: [], mentions: [{ start: labelAt, end: labelAt + HOSTILE_LABEL.length }] },
      { id: "o", type: "official", label: "王小明", matchKey: "王小明", aliases: [], titles: ["廳長"], mentions: [{ start: nameAt, end: nameAt + 3 }] },
    ],
    relations: [{ source: "o", target: "a", relation: "holds_post", title: "廳長", inferred: true, evidence: [{ start: labelAt, end: hostileText.length }] }],
  };
}

/** The held-out identity corpus (two provinces and Hong Kong), built as the CLI builds it. */
async function identityExtractions(): Promise<Extraction[]> {
  const dir = join(import.meta.dirname, "../fixtures/identity/b/articles");
  const out: Extraction[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const prepared = await prepareArticle(new Uint8Array(readFileSync(join(dir, file))), { id: file.replace(/\.txt$/, ""), format: "text" });
    if (!prepared.ok) throw new Error(`${file}: ${prepared.reason}`);
    out.push(extractDocument(prepared.article.doc, { year: prepared.article.year }));
  }
  return out;
}

export async function writeFixtures(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const gold = serializeGraph(buildGraph(goldExtractions(), { builtWith: "gold fixture" }));
  writeFileSync(join(dir, "gold.json"), gold);
  // As a graph imported from elsewhere might come: without the build-time search keys.
  const bare = JSON.parse(gold);
  for (const n of bare.nodes) delete n.attributes.search;
  writeFileSync(join(dir, "gold-without-search-keys.json"), JSON.stringify(bare));
  writeFileSync(join(dir, "hostile.json"), serializeGraph(buildGraph([hostileExtraction()], { builtWith: "hostile fixture" })));
  writeFileSync(join(dir, "malformed.json"), '{"options": {"type": "directed"}, "nodes": [');
  writeFileSync(
    join(dir, "off-contract.json"),
    JSON.stringify({
      attributes: { sources: [], builtWith: "x" },
      nodes: [{ key: "official:甲", attributes: { label: "甲", type: "wizard", aliases: [], mentions: [], x: 0, y: 0, size: 1, color: "#000" } }],
      edges: [],
    }),
  );
  writeFileSync(join(dir, "identity-b.json"), serializeGraph(buildGraph(await identityExtractions(), { builtWith: "identity fixture" })));
  writeFileSync(join(dir, "empty.json"), JSON.stringify({ attributes: { sources: [], builtWith: "x" }, nodes: [], edges: [] }));
}
