// Search keys per node, computed once at build time so the explorer can match
// across scripts (郑邦山 finds 鄭邦山) and by pinyin (zheng bangshan, zbs)
// without shipping a script converter or a pinyin dictionary on first load.
// Stored as the extra node attribute `search` (the contract welcomes extras):
//   { hans: [...], hant: [...], pinyin: [...], initials: [...] }
// each list parallel to the node's forms [label, ...aliases, qualified name?]
// (jurisdiction.ts: 省委 of 甘肃省 is also found as 甘肃省委).
import type Graph from "graphology";
import * as OpenCC from "opencc-js";
import { pinyin } from "pinyin-pro";
import { searchForms } from "./jurisdiction";
import { hasSearchKeys, type SearchKeys } from "./search-attrs";

export type { SearchKeys };

type Convert = (text: string) => string;
let converters: { toHans: Convert; toHant: Convert } | null = null;

function getConverters() {
  // "hk" reads Hong Kong and Taiwan variants as well as standard Traditional.
  converters ??= {
    toHans: OpenCC.Converter({ from: "hk", to: "cn" }),
    toHant: OpenCC.Converter({ from: "cn", to: "t" }),
  };
  return converters;
}

// Pinyin keys keep letters and digits only: a reader types no punctuation.
const latin = (s: string) => s.normalize("NFKC").toLowerCase().replace(/ü/g, "v").replace(/[^\p{L}\p{N}]+/gu, "");

export function keysOfForms(forms: string[], opts: { personName?: boolean } = {}): SearchKeys {
  const { toHans, toHant } = getConverters();
  const keys: SearchKeys = { hans: [], hant: [], pinyin: [], initials: [] };
  for (const form of forms) {
    const hans = toHans(form);
    keys.hans.push(hans);
    keys.hant.push(toHant(hans));
    // A person's name reads its first character as a surname (单 shan, not dan).
    const common = { toneType: "none", type: "array", nonZh: "consecutive", surname: opts.personName ? "head" : "off" } as const;
    keys.pinyin.push(latin(pinyin(hans, common).join("")));
    keys.initials.push(latin(pinyin(hans, { ...common, pattern: "first" }).join("")));
  }
  return keys;
}

/** Adds `search` to every node of the graph that lacks it. */
export function attachSearchKeys(graph: Graph): void {
  graph.forEachNode((node, attrs) => {
    if (hasSearchKeys(attrs)) return;
    const forms = searchForms(attrs as { label: string; aliases?: string[]; type: string; region?: unknown });
    graph.setNodeAttribute(node, "search", keysOfForms(forms, { personName: attrs.type === "official" }));
  });
}
