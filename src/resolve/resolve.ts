// One article's entities onto the nodes of the graph built so far: each
// entity joins the node of the same real entity, or becomes a new node. The
// graph is read and written through GraphAccess (merge.ts supplies it), so the
// build and an article pasted into the explorer resolve the same way.
// Order within an article: places and bodies first, then what is known by
// them: teams, people (by their bodies), notices (by their issuer) and
// meetings (by their organiser). Pure.
import type { ExtractedEntity, Extraction } from "../extract/types";
import { simplify } from "../extract/script";
import type { Jurisdiction, NodeType, SourceRegion } from "../graph/contract";
import { atLevel } from "../gazetteer/index";
import { ArticleContext } from "./context";
import {
  bodyIdentity,
  isBody,
  meetingIdentity,
  noticeIdentity,
  placeIdentity,
  teamIdentity,
  type EntityIdentity,
  type IdentityReason,
} from "./keys";
import { fitsBare, LEADERSHIP_TITLE, samePerson, type PersonProfile, type PostScope } from "./people";
import { detectRegion } from "./region";
import { reassignShortForms } from "./short-forms";

/** What the resolver needs of the graph. */
export interface GraphAccess {
  hasNode(key: string): boolean;
  type(node: string): NodeType;
  /** The node's stored identity keys (`identityKeys`). */
  keys(node: string): readonly string[];
  region(node: string): Jurisdiction | undefined;
  /** Targets of the node's holds_post, leads and member_of edges. */
  postsOf(node: string): string[];
  titles(node: string): readonly string[];
  /** Ids of the articles that mention the node, in the order they first did. */
  docsOf(node: string): readonly string[];
  /** The jurisdictions (codes) of the articles that mention the node, each once, in the order first seen. */
  homesOf(node: string): readonly string[];
  docDate(doc: string): string | undefined;
  /** A new node for this entity; returns its key. */
  create(e: ExtractedEntity, identity: EntityIdentity | undefined): string;
  /** Record that this article's entity joined the node, and why; the node gains the entity's identity keys. */
  join(node: string, e: ExtractedEntity, why: IdentityReason, keys?: readonly string[]): void;
  /** Two nodes of one name kept apart, for a person to decide. */
  candidate(a: string, b: string, why: string): void;
}

/** Identity keys and names -> nodes: rebuilt from the graph (stored keys) or grown as articles are added. */
export class IdentityIndex {
  private readonly byKey = new Map<string, UniqueList>();
  private readonly people = new Map<string, UniqueList>();

  add(node: string, type: NodeType, keys: readonly string[], names: readonly string[]): void {
    for (const k of keys) push(this.byKey, k, node);
    if (type === "official") for (const n of names) push(this.people, simplify(n), node);
  }
  nodes(key: string): readonly string[] {
    return this.byKey.get(key)?.list ?? [];
  }
  named(name: string): readonly string[] {
    return this.people.get(name)?.list ?? [];
  }
}

/** Nodes in the order added, each once; the set makes adding constant-time however many share a key (generic team names). */
interface UniqueList {
  list: string[];
  set: Set<string>;
}

function push(map: Map<string, UniqueList>, key: string, value: string) {
  const entry = map.get(key);
  if (!entry) map.set(key, { list: [value], set: new Set([value]) });
  else if (!entry.set.has(value)) {
    entry.list.push(value);
    entry.set.add(value);
  }
}

/** The one node the keys lead to, or undefined when none or several: stops at the second, not after listing all. */
function onlyNode(index: IdentityIndex, keys: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const k of keys) {
    for (const n of index.nodes(k)) {
      if (found === undefined) found = n;
      else if (n !== found) return undefined;
    }
  }
  return found;
}

/** Teams of one name are one team only within one campaign: articles this many days apart at most. */
const TEAM_DAYS = 31;
/** At most this many same-name pairs recorded per new person, so common names stay linear. */
const MAX_CANDIDATES = 5;

const dayNumber = (iso: string | undefined) => (iso ? Date.parse(`${iso}T00:00:00Z`) / 86_400_000 : undefined);

export interface ResolvedArticle {
  region?: SourceRegion;
  /** Local entity id -> node key. */
  nodeOf: Map<string, string>;
  /** The article's relations, a short form's moved to the body it means here (short-forms.ts). */
  relations: Extraction["relations"];
}

const ORDER: NodeType[] = ["place", "agency", "hospital", "university", "school", "group", "official", "notice", "meeting"];

export function resolveArticle(graph: GraphAccess, index: IdentityIndex, extraction: Extraction): ResolvedArticle {
  const simplified = simplify(extraction.doc.text);
  const region = detectRegion(extraction.doc, simplified, simplify);
  const ctx = new ArticleContext(region, simplified);
  const x = reassignShortForms(extraction, ctx);
  const nodeOf = new Map<string, string>();
  const taken = new Set<string>();
  const entities = [...x.entities].sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type));
  const forms = (e: ExtractedEntity) => [...new Set([e.label, ...e.aliases].map(simplify))];
  const first = (e: ExtractedEntity) => e.mentions[0]?.start ?? 0;

  // The article's relations by end and kind, so looking them up per entity does not scan them all.
  const from = new Map<string, Extraction["relations"]>();
  const to = new Map<string, Extraction["relations"]>();
  for (const r of x.relations) {
    const f = `${r.source}|${r.relation}`;
    const t = `${r.target}|${r.relation}`;
    (from.get(f) ?? from.set(f, []).get(f)!).push(r);
    (to.get(t) ?? to.set(t, []).get(t)!).push(r);
  }
  const relationsFrom = (local: string, relation: string) => from.get(`${local}|${relation}`) ?? [];
  const relationsTo = (local: string, relation: string) => to.get(`${local}|${relation}`) ?? [];

  const place = (e: ExtractedEntity, id: EntityIdentity, shareable: boolean, accept?: (node: string) => boolean) => {
    const ok = (n: string) => (shareable || !taken.has(n)) && (!accept || accept(n));
    let node: string | undefined;
    for (const k of id.exact) {
      node = index.nodes(k).find(ok);
      if (node !== undefined) break;
    }
    if (node === undefined) {
      const loose = onlyNode(index, id.loose);
      if (loose !== undefined && ok(loose)) node = loose;
    }
    if (node === undefined) {
      node = graph.create(e, id);
      index.add(node, e.type, [...id.exact, ...id.loose], []);
    } else {
      graph.join(node, e, id.why, [...id.exact, ...id.loose]);
      index.add(node, e.type, [...id.exact, ...id.loose], []);
    }
    nodeOf.set(e.id, node);
    taken.add(node);
  };

  for (const e of entities) {
    const offset = first(e);
    switch (e.type) {
      case "place":
        place(e, placeIdentity(forms(e), ctx), true);
        break;
      case "agency":
      case "hospital":
      case "university":
      case "school":
        place(e, bodyIdentity(e.type, forms(e), ctx, offset), true);
        break;
      case "group": {
        const date = dayNumber(x.doc.date);
        const sameCampaign = (node: string) =>
          graph.docsOf(node).some((d) => {
            const other = dayNumber(graph.docDate(d));
            return date === undefined || other === undefined ? false : Math.abs(other - date) <= TEAM_DAYS;
          });
        place(e, teamIdentity(forms(e), ctx, offset), false, sameCampaign);
        break;
      }
      case "official":
        person(e);
        break;
      case "notice": {
        const issuer = relationsTo(e.id, "issued").map((r) => nodeOf.get(r.source)).find((n) => n !== undefined) ?? ownerBefore(e);
        const id = noticeIdentity(simplify(e.label), issuer);
        // A notice of known issuer may join one of its title whose issuer no article gave, never another issuer's.
        place(e, id, false, (node) => issuer === undefined || graph.keys(node).every((k) => !k.startsWith("notice|") || k.startsWith("notice|~|") || k === id.exact[0]));
        break;
      }
      case "meeting": {
        const organiser = relationsTo(e.id, "organized").map((r) => nodeOf.get(r.source)).find((n) => n !== undefined);
        place(e, meetingIdentity(simplify(e.label), e.date, organiser, ctx, offset), false);
        break;
      }
    }
  }
  return { ...(region ? { region } : {}), nodeOf, relations: x.relations };

  /** The body written right before a document's title (教育部《…》, 省教育厅印发的《…》): its owner. */
  function ownerBefore(notice: ExtractedEntity): string | undefined {
    for (const m of notice.mentions) {
      const before = x.doc.text.slice(Math.max(0, m.start - 4), m.start);
      const gap = /(?:印发的|下发的|发布的|制定的|的)?$/u.exec(simplify(before))![0].length;
      for (const b of x.entities) {
        if (!isBody(b.type)) continue;
        if (b.mentions.some((bm) => bm.end === m.start - gap || bm.end === m.start - gap - 1)) {
          const node = nodeOf.get(b.id);
          if (node) return node;
        }
      }
    }
    return undefined;
  }

  function profileOfEntity(e: ExtractedEntity): PersonProfile {
    const bodies = new Set<string>();
    const scopes: PostScope[] = [];
    for (const rel of ["holds_post", "leads", "member_of"]) {
      for (const r of relationsFrom(e.id, rel)) {
        const node = nodeOf.get(r.target);
        if (!node || !isBody(graph.type(node))) continue;
        bodies.add(node);
        const s = scopeOfBody(node);
        if (s) scopes.push(s);
      }
    }
    for (const t of e.titles ?? []) {
      const s = simplify(t);
      if (!LEADERSHIP_TITLE.test(s)) continue;
      const word = /[省市县区州]/u.exec(s)?.[0] as "省" | "市" | "县" | "区" | "州" | undefined;
      const d = word ? ctx.resolve(word, first(e)) : undefined;
      if (d) scopes.push({ code: d.code, leadership: true });
    }
    return { bodies, scopes, homes: ctx.region ? [ctx.region.code] : [] };
  }

  function profileOfNode(node: string): PersonProfile {
    const bodies = new Set<string>();
    const scopes: PostScope[] = [];
    for (const b of graph.postsOf(node)) {
      if (!isBody(graph.type(b))) continue;
      bodies.add(b);
      const s = scopeOfBody(b);
      if (s) scopes.push(s);
    }
    // Each jurisdiction once: the rules ask whether one fits, not how many articles are there.
    const homes = graph.homesOf(node);
    for (const t of graph.titles(node)) {
      const s = simplify(t);
      if (!LEADERSHIP_TITLE.test(s)) continue;
      const level = /省/u.test(s) ? 1 : /市|州/u.test(s) ? 2 : /县|区|旗/u.test(s) ? 3 : undefined;
      for (const h of homes) {
        const d = level ? atLevel(h, level as 1 | 2 | 3) : undefined;
        if (d) scopes.push({ code: d.code, leadership: true });
      }
    }
    return { bodies, scopes, homes };
  }

  function scopeOfBody(node: string): PostScope | undefined {
    const r = graph.region(node);
    if (!r) return undefined;
    const leadership = graph.keys(node).some((k) => /\|(?:政府|委|人大常委会|政协)$/u.test(k));
    return { code: r.code, leadership };
  }

  function person(e: ExtractedEntity) {
    const name = simplify(e.label);
    const others = index.named(name).filter((n) => !taken.has(n));
    const mine = profileOfEntity(e);
    let match: { node: string; why: IdentityReason } | undefined;
    for (const n of others) {
      const why = samePerson(mine, profileOfNode(n));
      if (why) {
        match = { node: n, why };
        break;
      }
    }
    if (!match) {
      const fitting = others.filter((n) => fitsBare(mine, profileOfNode(n)));
      if (fitting.length === 1) match = { node: fitting[0], why: "person-same-jurisdiction" };
    }
    let node: string;
    if (match) {
      node = match.node;
      graph.join(node, e, match.why);
    } else {
      node = graph.create(e, undefined);
      for (const other of others.slice(0, MAX_CANDIDATES)) graph.candidate(other, node, others.length > 1 && fitsBareAny(mine, others) ? "several-fit" : "no-tie");
    }
    index.add(node, "official", [], [name]);
    nodeOf.set(e.id, node);
    taken.add(node);
  }

  function fitsBareAny(mine: PersonProfile, others: readonly string[]): boolean {
    return others.filter((n) => fitsBare(mine, profileOfNode(n))).length > 1;
  }
}
