// Meeting names: a meeting noun (会议, 调度会, 发布会, 仪式 …) with the words
// before it up to the verb that holds it (召开|省政府常务会议).
import { MEETING_NOUNS, REFERRED_MEETING_AFTER, REFERRED_MEETING_BEFORE } from "../lexicon/events";
import { leftEdge, WordIndex } from "../scan";

export interface MeetingMention {
  start: number;
  end: number;
  text: string;
  noun: string;
  /** Only referred to (传达…会议精神): not a gathering the text reports. */
  referred: boolean;
}

const nouns = new WordIndex(MEETING_NOUNS);

/** Words that, right after a meeting noun, show it is not one (会议室, 大会堂). */
const NOT_AFTER = /^(室|厅|堂|中心|纪要|材料|通知|精神要求|期间|之后|结束后|前|主任|副主任|秘书长|党组|委员|办公厅|组成人员)/;

export function findMeetings(view: string, from: number, to: number, blocked: (i: number) => boolean): MeetingMention[] {
  // Noun matches, overlapping ones joined (研判会 + 会议 = 研判会议).
  const spans: [number, number][] = [];
  for (let i = from; i < to; i++) {
    if (blocked(i)) continue;
    const noun = nouns.at(view, i, to);
    if (!noun) continue;
    const last = spans[spans.length - 1];
    if (last && i < last[1]) last[1] = Math.max(last[1], i + noun.length);
    else spans.push([i, i + noun.length]);
  }
  const out: MeetingMention[] = [];
  for (const [nounStart, end] of spans) {
    if (NOT_AFTER.test(view.slice(end, end + 4))) continue;
    // 厅党组(扩大)会议: a qualifier in brackets before the noun is part of the name.
    const qualifier = /[\u4e00-\u9fff]\([\u4e00-\u9fff]{1,4}\)$/.exec(view.slice(Math.max(from, nounStart - 7), nounStart));
    const scanFrom = qualifier ? nounStart - qualifier[0].length + 1 : nounStart;
    const start = leftEdge(view, scanFrom, { minCore: 0, floor: from, maxLength: 30, blocked, soft: true });
    let s = start < 0 ? scanFrom : start;
    // 举行2024年“便民办税春风行动”新闻发布会: a quoted campaign name inside the meeting's, back to the verb.
    const close = view[s - 1];
    if (s - 1 > from && (close === "”" || close === "」")) {
      const open = view.lastIndexOf(close === "”" ? "“" : "「", s - 2);
      if (open >= from && s - open <= 24) {
        const wider = leftEdge(view, open, { minCore: 0, floor: from, maxLength: 10, blocked, soft: true });
        const at = wider < 0 ? open : wider;
        if (/(召开|举行|举办|召集|组织)$/.test(view.slice(Math.max(from, at - 4), at))) s = at;
      }
    }
    // 主持召开2025年度国家自然科学基金申报动员会, 召开全省防溺水和汛期安全工作视频会议: after the verb
    // that holds it, the name runs from the verb to its noun, over words that elsewhere end a name (申报, 和).
    const held = /(?:主持召开|组织召开|召开|举行|举办|召集)了?([\u4e00-\u9fff\d]{1,24})$/.exec(view.slice(Math.max(from, s - 26), s));
    const previousEnd = out.length ? out[out.length - 1].end : from;
    if (held && s - held[1].length >= previousEnd && !/^[的了过]/.test(held[1])) {
      let k = s - held[1].length;
      while (k < s && !blocked(k)) k++;
      if (k === s && !nouns.at(view, s - held[1].length, s)) s -= held[1].length;
    }
    const after = view.slice(end, end + 4);
    const before = view.slice(Math.max(from, s - 4), s);
    const referred =
      REFERRED_MEETING_AFTER.some((w) => after.startsWith(w)) || REFERRED_MEETING_BEFORE.some((w) => before.endsWith(w));
    out.push({ start: s, end, text: view.slice(s, end), noun: view.slice(nounStart, end), referred });
  }
  return out;
}
