// The pieces rules are written with: lists of subjects, clause openers,
// verbs of speaking and being there, a body's unnamed representative.
import { SPEAK_VERBS, TOUR_VERBS } from "./lexicon/events";

export const REPRESENTATIVE = /^(?:等[\d一二三四五六七八九十百]*[个家]?(?:部门|单位|地区)?的?)?(?:有关|相关)?(?:司局|处室|部门|科室|单位|处|科)?(?:主要|分管)?(?:负责同志|负责人|领导)/;
export const LIST_SEP = "(?:、|,|和|与|同|及|以及|,以及|、以及|(?:近日|日前|今日)?(?:会同|联合))?";
export const LIST = (k: string) => `{${k}}(?:${LIST_SEP}{${k}})*`;
export const LIST_S = LIST("S");
export const TOUR_ALT = [...TOUR_VERBS].sort((x, y) => y.length - x.length).join("|");
/** Being there: 到场为队员送行, 在场. */
export const PRESENT = /到场|在场|送行|出席|列席|现场/;
export const SPEAKING = new RegExp(`(?:${[...SPEAK_VERBS].sort((x, y) => y.length - x.length).join("|")})`);
export const LIST_P = LIST("P");
export const LIST_A = LIST("A");
export const CLAUSE_OPENERS = /^(?:随后|随即|当天|当日|同日|会上|会后|仪式上|上午|下午|晚上|中午|同时|此外|另外|其中|并|还|又|也|即日起|今日|今天|今早|首先|最后|接着|紧接着|期间)+,?/;
