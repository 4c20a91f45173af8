// Which relation words selected as evidence most likely state, from the verb
// in them. A suggestion for the person adding a relation, who can choose
// another. Each verb is listed as written in both scripts: no converter is
// loaded for it.
import type { Relation } from "../graph/contract";

/** Longer verbs first where one contains another (主持召开 before 召开); Simplified, then Traditional where it differs. */
const RELATION_VERBS: [string[], Relation][] = [
  [["主持召开", "主持召開"], "chaired"],
  [["主持"], "chaired"],
  [["组织召开", "組織召開"], "organized"],
  [["召开", "召開"], "organized"],
  [["举办", "舉辦"], "organized"],
  [["举行", "舉行"], "organized"],
  [["出席"], "attended"],
  [["参加", "參加"], "attended"],
  [["列席"], "attended"],
  [["参与", "參與"], "attended"],
  [["印发", "印發"], "issued"],
  [["下发", "下發"], "issued"],
  [["发布", "發布", "發佈"], "issued"],
  [["调研", "調研"], "visited"],
  [["考察"], "visited"],
  [["视察", "視察"], "visited"],
  [["督导", "督導"], "visited"],
  [["检查", "檢查"], "visited"],
  [["选派", "選派"], "dispatched"],
  [["派出"], "dispatched"],
  [["驰援", "馳援"], "aided"],
  [["支援"], "aided"],
  [["援助"], "aided"],
  [["带队", "帶隊"], "leads"],
  [["率领", "率領"], "leads"],
  [["任组长", "任組長"], "leads"],
  [["成员", "成員"], "member_of"],
];

/** The relation the first verb in the words states, if any. */
export function suggestRelation(words: string): Relation | undefined {
  let best: { at: number; relation: Relation } | undefined;
  for (const [forms, relation] of RELATION_VERBS) {
    for (const verb of forms) {
      const at = words.indexOf(verb);
      if (at >= 0 && (!best || at < best.at)) best = { at, relation };
    }
  }
  return best?.relation;
}
