// Which relation words selected as evidence most likely state, from the verb
// in them (Simplified; the words are compared in their Simplified view). A
// suggestion for the person adding a relation, who can choose another.
import { simplify } from "../extract/script";
import type { Relation } from "../graph/contract";

/** Longer verbs first where one contains another (主持召开 before 召开). */
const RELATION_VERBS: [string, Relation][] = [
  ["主持召开", "chaired"],
  ["主持", "chaired"],
  ["组织召开", "organized"],
  ["召开", "organized"],
  ["举办", "organized"],
  ["举行", "organized"],
  ["出席", "attended"],
  ["参加", "attended"],
  ["列席", "attended"],
  ["参与", "attended"],
  ["印发", "issued"],
  ["下发", "issued"],
  ["发布", "issued"],
  ["调研", "visited"],
  ["考察", "visited"],
  ["视察", "visited"],
  ["督导", "visited"],
  ["检查", "visited"],
  ["选派", "dispatched"],
  ["派出", "dispatched"],
  ["驰援", "aided"],
  ["支援", "aided"],
  ["援助", "aided"],
  ["带队", "leads"],
  ["率领", "leads"],
  ["任组长", "leads"],
  ["成员", "member_of"],
];

/** The relation the first verb in the words states, if any. */
export function suggestRelation(words: string): Relation | undefined {
  const s = simplify(words);
  let best: { at: number; relation: Relation } | undefined;
  for (const [verb, relation] of RELATION_VERBS) {
    const at = s.indexOf(verb);
    if (at >= 0 && (!best || at < best.at)) best = { at, relation };
  }
  return best?.relation;
}
