// The identity keys of one extracted entity: strings that two mentions of
// the same real entity share and two different ones do not. `exact` keys join
// on sight; `loose` keys join only where exactly one node holds them (an
// unprefixed 南山中学实验学校 finds the one school of that name in its province).
// Entities with no key stay in their own article. Pure.
import type { Jurisdiction, NodeType } from "../graph/contract";
import { atLevel, divisionOfName, divisionsNamed, isWithin, regionOf, type Division } from "../gazetteer/index";
import { MEETING_NOUNS } from "../extract/lexicon/events";
import type { ArticleContext } from "./context";
import { GENERIC_INSTITUTION, GENERIC_MEETING_MODIFIER, GENERIC_TEAM, TOUR_WORDS } from "./lexicon/generic";
import { parseBodyName, type BodyName } from "./names";

/** Why mentions of several articles are one node; the explorer words each. */
export const IDENTITY_REASONS = [
  "national-body",
  "same-body",
  "same-place",
  "same-team",
  "same-notice",
  "same-meeting",
  "same-name",
  "person-shared-body",
  "person-post-history",
  "person-same-jurisdiction",
] as const;
export type IdentityReason = (typeof IDENTITY_REASONS)[number];

export interface EntityIdentity {
  exact: string[];
  loose: string[];
  /** The jurisdiction the entity's name resolved to, stored on its node. */
  region?: Jurisdiction;
  /** The label is relative (省委, 县人民医院): the jurisdiction must be shown beside it. */
  relative?: boolean;
  why: IdentityReason;
}

const BODY_TYPES = new Set<NodeType>(["agency", "hospital", "university", "school"]);
export const isBody = (t: NodeType) => BODY_TYPES.has(t);

const uniq = (xs: string[]) => [...new Set(xs)];
const region = (d: Division | undefined) => (d ? regionOf(d.code) : undefined);

/** The division a parsed name is scoped to: the one it names, or what its relative word means here. */
function scopeOf(b: BodyName, ctx: ArticleContext, offset: number): Division | undefined {
  if (b.named) return b.named;
  if (b.relative) return ctx.resolve(b.relative, offset);
  return undefined;
}

function isGenericBody(type: NodeType, rest: string): boolean {
  // An agency without a jurisdiction in its name is a department any jurisdiction has (教育局).
  return type === "agency" || GENERIC_INSTITUTION.test(rest);
}

/** Organisations: national bodies, bodies of a jurisdiction, institutions by name. */
export function bodyIdentity(type: NodeType, forms: string[], ctx: ArticleContext, offset: number): EntityIdentity {
  const exact: string[] = [];
  const loose: string[] = [];
  let scoped: Division | undefined;
  let named: Division | undefined;
  let national = false;
  const province = ctx.province?.code;
  for (const form of forms) {
    const b = parseBodyName(form, province);
    if (b.national) {
      exact.push(`agency|cn|${b.national}`);
      national = true;
      continue;
    }
    if (!b.rest) continue;
    const scope = scopeOf(b, ctx, offset);
    if (b.named || b.relative) {
      if (!scope) continue; // 省委 in an article of unknown province: this article's own
      // One body has one jurisdiction: a form naming another (an alias the extractor joined wrongly) says nothing of it.
      if (named && scope.code !== named.code) continue;
      named = scope;
      exact.push(`${type}|${scope.code}|${b.rest}`);
      scoped = scope;
      if (!isGenericBody(type, b.rest)) loose.push(`${type}|~${atLevel(scope.code, 1)!.code}|${b.rest}`);
      continue;
    }
    if (isGenericBody(type, b.rest)) {
      if (!ctx.region) continue;
      exact.push(`${type}|${ctx.region.code}|${b.rest}`);
      if (!named) scoped ??= ctx.region;
    } else {
      // Universities' names are national; other institutions' names are unique within a province at best.
      loose.push(`${type}|~${type === "university" || !province ? "cn" : province}|${b.rest}`);
    }
  }
  const relative = scoped !== undefined && parseBodyName(forms[0] ?? "", province).relative !== undefined;
  return { exact: uniq(exact), loose: uniq(loose), ...(scoped ? { region: region(scoped) } : {}), ...(relative ? { relative } : {}), why: national ? "national-body" : "same-body" };
}

/** Places: one entity per division, in either script and in its short form (三臺 = 三台县). */
export function placeIdentity(forms: string[], ctx: ArticleContext): EntityIdentity {
  for (const form of forms) {
    const d = divisionOfName(form) ?? pickNamed(form, ctx);
    if (d) return { exact: [`place|${d.code}`], loose: [], region: region(d), why: "same-place" };
  }
  return { exact: forms.length ? [`place|${forms[0]}`] : [], loose: [], why: "same-place" };
}

function pickNamed(form: string, ctx: ArticleContext): Division | undefined {
  const ds = divisionsNamed(form);
  if (ds.length === 1) return ds[0];
  const inside = ctx.province ? ds.filter((d) => isWithin(d.code, ctx.province!.code)) : [];
  return inside.length === 1 ? inside[0] : undefined;
}

/** Teams: only a team named in particular (省第二督导组, 湖南省第一批支援湖北医疗队), never a bare 督导组. */
export function teamIdentity(forms: string[], ctx: ArticleContext, offset: number): EntityIdentity {
  const exact: string[] = [];
  let scoped: Division | undefined;
  for (const form of forms) {
    const b = parseBodyName(form, ctx.province?.code);
    if (!b.rest || GENERIC_TEAM.test(b.rest)) continue;
    const scope = scopeOf(b, ctx, offset) ?? (b.named || b.relative ? undefined : ctx.province);
    if (!scope) continue;
    exact.push(`group|${scope.code}|${b.rest}`);
    scoped ??= scope;
  }
  const relative = scoped !== undefined && parseBodyName(forms[0] ?? "", ctx.province?.code).relative !== undefined;
  return { exact: uniq(exact), loose: [], ...(scoped ? { region: region(scoped) } : {}), ...(relative ? { relative } : {}), why: "same-team" };
}

/** Notices: one title from one issuer; a title whose issuer the article does not give joins only a notice of that title alone. */
export function noticeIdentity(title: string, issuer: string | undefined): EntityIdentity {
  const t = title.replace(/^[《「“"]|[》」”"]$/gu, "");
  return { exact: issuer ? [`notice|${issuer}|${t}`] : [], loose: [`notice|~|${t}`], why: "same-notice" };
}

const RELATIVE_MEETING = /^(全省|全市|全县|全区|省|市|县|区)/u;

export function isGenericMeeting(name: string): boolean {
  let s = name.replace(RELATIVE_MEETING, "");
  for (let m = GENERIC_MEETING_MODIFIER.exec(s); m && m[0].length < s.length; m = GENERIC_MEETING_MODIFIER.exec(s)) s = s.slice(m[0].length);
  return MEETING_NOUNS.includes(s) || TOUR_WORDS.includes(s) || s === "会";
}

/**
 * Meetings: one gathering on one date. A generic name (专题会议, 调研) is the
 * same gathering only when the same body organised it; a particular name is
 * read in its jurisdiction (全省…视频会议 of one province, not another's).
 */
export function meetingIdentity(name: string, date: string | undefined, organiser: string | undefined, ctx: ArticleContext, offset: number): EntityIdentity {
  if (!date) return { exact: [], loose: [], why: "same-meeting" };
  if (isGenericMeeting(name)) return { exact: organiser ? [`meeting|${date}|${organiser}|${name}`] : [], loose: [], why: "same-meeting" };
  const rel = RELATIVE_MEETING.exec(name)?.[1];
  let scope: Division | undefined;
  if (rel) scope = ctx.resolve(rel.slice(-1) as "省" | "市" | "县" | "区", offset);
  else scope = parseBodyName(name, ctx.province?.code).named;
  if (scope) return { exact: [`meeting|${date}|${scope.code}|${name}`], loose: [], why: "same-meeting" };
  if (rel) return { exact: organiser ? [`meeting|${date}|${organiser}|${name}`] : [], loose: [], why: "same-meeting" };
  return { exact: organiser ? [`meeting|${date}|${organiser}|${name}`] : [], loose: [`meeting|${date}|~${ctx.province?.code ?? "cn"}|${name}`], why: "same-meeting" };
}
