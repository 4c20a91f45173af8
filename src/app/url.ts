// The view in the URL and back:
//   ?node=official:鄭邦山&depth=1&from=2020-01-21&to=2020-01-27&undated=hide&isolated=hide&types=official,meeting&q=…
// `types` and `rels` list what is shown and are left out when everything is;
// `path` appears once per picked end. Parameters this codec does not own
// (such as `graph`, the file to load) are kept as they are.
import { NODE_TYPES, RELATIONS, type NodeType, type Relation } from "../graph/contract";
import type { Lang } from "./i18n/strings";
import { INITIAL_VIEW, type Depth, type Script, type ViewState } from "./store/view-state";

const OWN = ["node", "depth", "from", "to", "undated", "isolated", "types", "rels", "q", "path", "doc", "script", "lang"] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Readable and safe in a query string: `:` and `,` need no escaping there. */
const enc = (v: string) => encodeURIComponent(v).replace(/%3A/gi, ":").replace(/%2C/gi, ",");

function shownList<T extends string>(order: readonly T[], hidden: readonly T[]): string | null {
  if (hidden.length === 0) return null;
  const h = new Set(hidden);
  return order.filter((x) => !h.has(x)).join(",");
}

function hiddenFromList<T extends string>(order: readonly T[], value: string | null): T[] {
  if (value === null) return [];
  const shown = new Set(value.split(",").map((s) => s.trim()));
  return order.filter((x) => !shown.has(x));
}

export function encodeView(view: ViewState, base = ""): string {
  const pairs: [string, string][] = [];
  const keep = new URLSearchParams(base);
  for (const [k, v] of keep) if (!(OWN as readonly string[]).includes(k)) pairs.push([k, v]);
  if (view.node) pairs.push(["node", view.node]);
  if (view.depth) pairs.push(["depth", String(view.depth)]);
  if (view.from) pairs.push(["from", view.from]);
  if (view.to) pairs.push(["to", view.to]);
  if (view.undated === "hide") pairs.push(["undated", "hide"]);
  if (view.hideIsolated) pairs.push(["isolated", "hide"]);
  const types = shownList(NODE_TYPES, view.hiddenTypes);
  if (types !== null) pairs.push(["types", types]);
  const rels = shownList(RELATIONS, view.hiddenRelations);
  if (rels !== null) pairs.push(["rels", rels]);
  if (view.q) pairs.push(["q", view.q]);
  if (view.pathFrom) pairs.push(["path", view.pathFrom]);
  if (view.pathFrom && view.pathTo) pairs.push(["path", view.pathTo]);
  if (view.doc) pairs.push(["doc", view.doc]);
  if (view.script !== "source") pairs.push(["script", view.script]);
  if (view.lang) pairs.push(["lang", view.lang]);
  return pairs.length ? "?" + pairs.map(([k, v]) => `${k}=${enc(v)}`).join("&") : "";
}

export function decodeView(search: string): ViewState {
  const p = new URLSearchParams(search);
  const date = (k: string) => {
    const v = p.get(k);
    return v && ISO_DATE.test(v) ? v : null;
  };
  const depth = Number(p.get("depth"));
  const paths = p.getAll("path").filter(Boolean);
  const script = p.get("script");
  const lang = p.get("lang");
  const from = date("from");
  const to = date("to");
  return {
    ...INITIAL_VIEW,
    node: p.get("node") || null,
    depth: ([0, 1, 2, 3].includes(depth) ? depth : 0) as Depth,
    from: from && to && from > to ? to : from,
    to,
    undated: p.get("undated") === "hide" ? "hide" : "keep",
    hideIsolated: p.get("isolated") === "hide",
    hiddenTypes: hiddenFromList<NodeType>(NODE_TYPES, p.get("types")),
    hiddenRelations: hiddenFromList<Relation>(RELATIONS, p.get("rels")),
    q: p.get("q") ?? "",
    pathFrom: paths[0] ?? null,
    pathTo: paths[1] && paths[1] !== paths[0] ? paths[1] : null,
    doc: p.get("doc") || null,
    script: (["source", "hans", "hant"].includes(script ?? "") ? script : "source") as Script,
    lang: (lang === "zh" || lang === "en" ? lang : null) as Lang | null,
  };
}

/** The two views differ in nothing but the search text (if at all). */
export function sameButQuery(a: ViewState, b: ViewState): boolean {
  return a === b || encodeView({ ...a, q: "" }) === encodeView({ ...b, q: "" });
}

/** Only the search text changed: worth replacing the history entry, not adding one. */
export function onlyQueryChanged(a: ViewState, b: ViewState): boolean {
  return a.q !== b.q && sameButQuery(a, b);
}
