// Colours by node type and relation. The palette is Okabe–Ito plus Tol's
// indigo and grey: distinguishable with the common colour-vision deficiencies.
// Type is always also shown in words, never by colour alone.
import type { NodeType, Relation } from "./contract";

export const TYPE_COLORS: Record<NodeType, string> = {
  official: "#E69F00",
  agency: "#0072B2",
  hospital: "#D55E00",
  university: "#009E73",
  school: "#56B4E9",
  group: "#CC79A7",
  notice: "#B8A700",
  meeting: "#332288",
  place: "#888888",
};

export const RELATION_COLORS: Record<Relation, string> = {
  holds_post: "#9AA5B1",
  chaired: "#332288",
  attended: "#7B6FC4",
  organized: "#0072B2",
  issued: "#B8A700",
  visited: "#009E73",
  dispatched: "#D55E00",
  aided: "#CC79A7",
  leads: "#E69F00",
  member_of: "#F2C46D",
  mentions: "#BBBBBB",
};

/** Node size from degree: readable at both ends of the range. */
export function sizeFromDegree(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return 4;
  return Math.round((4 + 14 * Math.sqrt(degree / maxDegree)) * 100) / 100;
}
