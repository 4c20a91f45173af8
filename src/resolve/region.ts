// An article's jurisdiction (province, prefecture-level city, county or
// district), strongest evidence first: the front matter's `region:`; the
// page's own metadata (the publishing body, the site's name); the host of its
// government-site address (jyt.hunan.gov.cn, www.qingxu.gov.cn); the author
// body of the headline and first sentence; the divisions the text names.
// The level comes from how the article speaks of itself (我县, 市教育局召开),
// so a county's news that names its province is still the county's. Pure.
import type { SourceDoc, SourceRegion } from "../graph/contract";
import {
  atLevel,
  chain,
  division,
  divisionsByInitials,
  divisionsRomanised,
  isCountyLevelCity,
  isWithin,
  namedDivisions,
  regionOf,
  type Division,
  type NamedDivision,
} from "../gazetteer/index";

/** The level an article speaks from; "city" also fits a county-level city (浏阳市). */
type AuthorLevel = "province" | "city" | "county";

const SELF: [RegExp, AuthorLevel][] = [
  [/我(?:县|区|旗)|本(?:县|区)/u, "county"],
  [/我市|本市/u, "city"],
  [/我省|本省|我区党委/u, "province"],
];
/** A headline whose subject is a body relative to its own jurisdiction: 省教育厅召开, 市委常委会. */
const HEADLINE_BODY: [RegExp, AuthorLevel][] = [
  [/^(?:中共)?(?:县|区)(?!域|级)[\u4e00-\u9fff]{0,10}?(?:委|政府|局|院|办|中心|组|队)/u, "county"],
  [/^(?:中共)?市(?!场|民|级)[\u4e00-\u9fff]{0,10}?(?:委|政府|局|院|办|中心|组|队)/u, "city"],
  [/^(?:中共)?省(?!级)[\u4e00-\u9fff]{0,10}?(?:委|政府|厅|局|院|办|中心|组|队)/u, "province"],
];
/** A news agency's dateline after a place (新华社北京3月5日电): where a story was filed, not whose it is. */
const DATELINE_AFTER = /^[\d〇一二三四五六七八九十]{1,3}月[\d〇一二三四五六七八九十]{1,3}日(?:电|讯)/u;
/** The host of the central government's portal: its articles are national, of no one jurisdiction. */
const NATIONAL_HOSTS = /^(?:www\.)?gov\.cn$/;

/** Words before a place that make it a destination, not the author's home (驰援武汉, 赴湖北). */
const DESTINATION = /(?:驰援|支援|援助|援|赴|奔赴|前往|抵达|来自|到)$/u;

const LEVEL_OF: Record<AuthorLevel, number> = { province: 1, city: 2, county: 3 };

function fits(d: Division, level: AuthorLevel): boolean {
  if (level === "city") return d.level === 2 || isCountyLevelCity(d);
  return d.level === LEVEL_OF[level];
}

/** The division at the author's level along d's chain, if d reaches that deep. */
function cutTo(d: Division, level: AuthorLevel): Division | undefined {
  if (fits(d, level)) return d;
  if (level === "city" && d.level === 3) return atLevel(d.code, 2);
  return d.level > LEVEL_OF[level] ? atLevel(d.code, LEVEL_OF[level] as 1 | 2 | 3) : undefined;
}

/** The first line (the headline) and the first sentence after it. */
function opening(text: string): string {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  const head = lines[0] ?? "";
  const first = (lines[1] ?? "").split(/[。!?;]/u)[0];
  return `${head}\n${first}`;
}

/** The most specific division a string names, each name read inside the one before (太原市人民政府 -> 太原市). */
function mostSpecific(named: NamedDivision[], consistentWith?: (d: Division) => boolean): Division | undefined {
  let outer: Division | undefined;
  for (const n of named) {
    const inside = n.divisions.filter((d) => (!outer || isWithin(d.code, outer.code)) && (!consistentWith || consistentWith(d)));
    if (inside.length === 1) outer = inside[0];
    else if (!outer) return undefined;
  }
  return outer;
}

/** Divisions a government site's host names: jyt.shanxi.gov.cn, www.qingxu.gov.cn, edu.sc.gov.cn (with the text's help). */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

function fromHost(url: string, consistent: (d: Division) => boolean): Division | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  if (/(?:^|\.)gov\.hk$/.test(host)) return division("810000");
  if (/(?:^|\.)gov\.mo$/.test(host)) return division("820000");
  const m = /^(.*)\.gov\.cn$/.exec(host);
  if (!m) return undefined;
  // Nearest to gov.cn first: the site's jurisdiction, then its department's subdomain.
  for (const label of m[1].split(".").reverse()) {
    const spelled = divisionsRomanised(label);
    const pick = spelled.length === 1 ? spelled[0] : unique(spelled.filter(consistent));
    if (pick) return pick;
    const abbreviated = unique(divisionsByInitials(label).filter(consistent));
    if (abbreviated) return abbreviated;
  }
  return undefined;
}

const unique = <T>(xs: readonly T[]): T | undefined => (xs.length === 1 ? xs[0] : undefined);

function authorLevel(openingText: string, fullText: string): AuthorLevel | undefined {
  for (const [re, level] of SELF) if (re.test(openingText)) return level;
  const headline = openingText.split("\n")[0];
  for (const [re, level] of HEADLINE_BODY) if (re.test(headline)) return level;
  // First person anywhere: the most local wins (a county's news quotes its province).
  for (const [re, level] of SELF) if (re.test(fullText)) return level;
  return undefined;
}

/**
 * The article's jurisdiction, or undefined when nothing tells it. `simplified`
 * is the article's text in Simplified (the extractor's matching view).
 */
export function detectRegion(doc: SourceDoc, simplified: string, simplify: (s: string) => string): SourceRegion | undefined {
  if (doc.region) return doc.region;
  if (doc.url && NATIONAL_HOSTS.test(hostOf(doc.url) ?? "")) return undefined;
  const named = namedDivisions(simplified).filter((n) => !DATELINE_AFTER.test(simplified.slice(n.end, n.end + 8)));
  // Every division the text names, with its ancestors: what a host's letters may stand for.
  const mentioned = new Set<string>();
  for (const n of named) if (n.divisions.length === 1) for (const d of chain(n.divisions[0].code)) mentioned.add(d.code);
  const consistent = (d: Division) => mentioned.has(d.code) || [...mentioned].some((c) => isWithin(c, d.code));

  const open = opening(simplified);
  const level = authorLevel(open, simplified);
  const finish = (d: Division | undefined, by: SourceRegion["by"]): SourceRegion | undefined => {
    if (!d) return undefined;
    const at = refine(d, level, named);
    const r = regionOf(at.code);
    return r && { ...r, by };
  };

  for (const field of [doc.publisher, doc.site]) {
    if (!field) continue;
    const d = mostSpecific(namedDivisions(simplify(field)));
    if (d) return finish(d, "page");
  }
  if (doc.url) {
    const d = fromHost(doc.url, consistent);
    if (d) return finish(d, "url");
  }
  const openingNamed = named.filter((n) => n.start < open.length && !DESTINATION.test(simplified.slice(Math.max(0, n.start - 2), n.start)));
  const author = openingNamed.length ? mostSpecific(openingNamed.slice(0, 1)) : undefined;
  if (author) return finish(author, "text");
  const common = mostNamed(named, simplified);
  // Named in passing only: the article lies in that division's city and province, not in the county itself.
  return common ? finish(level ? common : (cutTo(common, "city") ?? common), "text") : undefined;
}

/** The division the text names most often as a home, not as a destination (驰援湖北); the first such on ties. */
function mostNamed(named: NamedDivision[], text: string): Division | undefined {
  const count = new Map<string, { d: Division; n: number; first: number }>();
  for (const n of named) {
    if (n.divisions.length !== 1 || DESTINATION.test(text.slice(Math.max(0, n.start - 2), n.start))) continue;
    const d = n.divisions[0];
    const c = count.get(d.code) ?? { d, n: 0, first: n.start };
    // Inside a body's name (三台县人民医院) it says whose body; standing alone it may be any place.
    c.n += /[\u4e00-\u9fff]/u.test(text[n.end] ?? "") ? 2 : 1;
    count.set(d.code, c);
  }
  let best: { d: Division; n: number; first: number } | undefined;
  for (const c of count.values()) if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  return best?.d;
}

/** The evidence's division brought to the level the article speaks from. */
function refine(d: Division, level: AuthorLevel | undefined, named: NamedDivision[]): Division {
  if (!level) return d;
  const cut = cutTo(d, level);
  if (cut) return cut;
  // The evidence is wider than the author (a province's host, 我县): the text's own divisions inside it.
  const counts = new Map<string, { d: Division; n: number }>();
  for (const n of named) {
    if (n.divisions.length !== 1) continue;
    const inside = n.divisions[0];
    if (!isWithin(inside.code, d.code)) continue;
    const at = cutTo(inside, level);
    if (!at) continue;
    const c = counts.get(at.code) ?? { d: at, n: 0 };
    c.n++;
    counts.set(at.code, c);
  }
  let best: { d: Division; n: number } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.d ?? d;
}
