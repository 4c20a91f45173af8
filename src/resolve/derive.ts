// Identity keys for a node that carries none (a graph built by an older
// version, or made by another tool): the keys its entity would have had,
// from its forms, its date, the jurisdiction stored on it or on the article
// that first mentions it, and the organiser or issuer its edges name. Pure.
import type { NodeType } from "../graph/contract";
import { regionOf } from "../gazetteer/index";
import { simplify } from "../extract/script";
import { ArticleContext } from "./context";
import { bodyIdentity, isBody, meetingIdentity, noticeIdentity, placeIdentity, teamIdentity } from "./keys";

export interface NodeFacts {
  type: NodeType;
  forms: string[];
  date?: string;
  /** The node's own jurisdiction, else its first article's. */
  regionCode?: string;
  organiser?: string;
  issuer?: string;
}

export function deriveKeys(n: NodeFacts): string[] {
  const region = n.regionCode ? regionOf(n.regionCode) : undefined;
  const ctx = new ArticleContext(region && { ...region, by: "text" }, "");
  const forms = [...new Set(n.forms.map(simplify))];
  const id =
    n.type === "place"
      ? placeIdentity(forms, ctx)
      : isBody(n.type)
        ? bodyIdentity(n.type, forms, ctx, 0)
        : n.type === "group"
          ? teamIdentity(forms, ctx, 0)
          : n.type === "notice"
            ? noticeIdentity(forms[0] ?? "", n.issuer)
            : n.type === "meeting"
              ? meetingIdentity(forms[0] ?? "", n.date, n.organiser, ctx, 0)
              : undefined;
  return id ? [...id.exact, ...id.loose] : [];
}
