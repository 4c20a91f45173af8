// Whether a person named in one article is the person of that name already in
// the graph. The same name is not enough: the articles must tie them, by a
// body both hold posts at, by one jurisdiction where the posts follow (a 厅长
// of a province later its 副省长), or, for a name written bare, by the one
// person of that name in the article's jurisdiction. Pure.
import { isWithin, province } from "../gazetteer/index";
import type { IdentityReason } from "./keys";

export interface PostScope {
  /** The jurisdiction's code. */
  code: string;
  /** A post at the jurisdiction's own government or party committee (副省长, 县委书记), not at one of its departments. */
  leadership: boolean;
}

/** What ties a person to the world: bodies, jurisdictions of posts, and the articles' jurisdictions. */
export interface PersonProfile {
  bodies: Set<string>;
  scopes: PostScope[];
  homes: readonly string[];
}

/** The reason two profiles of one name are one person, or undefined when nothing ties them. */
export function samePerson(a: PersonProfile, b: PersonProfile): IdentityReason | undefined {
  for (const body of a.bodies) if (b.bodies.has(body)) return "person-shared-body";
  for (const x of a.scopes)
    for (const y of b.scopes) if (x.code === y.code && (x.leadership || y.leadership)) return "person-post-history";
  return undefined;
}

/** For a person with no post in one of the two articles: do the jurisdictions agree (one inside the other, one province)? */
export function fitsBare(a: PersonProfile, b: PersonProfile): boolean {
  const bare = a.scopes.length === 0 && a.bodies.size === 0 ? a : b.scopes.length === 0 && b.bodies.size === 0 ? b : undefined;
  if (!bare) return false;
  const other = bare === a ? b : a;
  const theirs = [...other.scopes.map((s) => s.code), ...other.homes];
  return bare.homes.some((h) => theirs.some((t) => onOneChain(h, t)));
}

function onOneChain(x: string, y: string): boolean {
  if (province(x)?.code !== province(y)?.code) return false;
  return isWithin(x, y) || isWithin(y, x);
}

/** Posts that lead a jurisdiction itself rather than one of its departments. */
export const LEADERSHIP_TITLE = /(?:省|市|县|区|州|旗)(?:长|委书记|委副书记|委常委)|^(?:副)?(?:省|市|县|区|州)长|书记$/u;
