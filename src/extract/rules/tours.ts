// Tours: going to bodies (visited) and the tour they make up (a meeting node).
import { LIST_S, TOUR_ALT } from "../patterns";
import { type SentenceReader } from "../sentence";
import { R, R0, unitsIn } from "../units";
import type { Entity } from "../entities";
import { GO_VERBS, TOUR_VERBS } from "../lexicon/events";

/** 先后到A、B和C调研: visits to each body, and the tour they make up. */
export function visits(s: SentenceReader) {
  if (!/到|赴|深入|走进|走访|前往|参观|来/.test(s.p)) return;
  // 来 alone is a going only right before the body gone to (来我校考察), not in 以来, 未来, 带来.
  const go = `${GO_VERBS.join("|")}|(?<![以未原后本带出起从近年月日天周期时])来(?={A})`;
  const tour = [...TOUR_VERBS].sort((x, y) => y.length - x.length).join("|");
  const re = R`(?<go>${go})了?(?<list>(?:[^,;。!?:]){1,80}?)(?:等(?:地|处|单位|学校|场所|防控一线|人流密集场所|一线)?)?(?:(?<tour>(?:实地)?(?:${tour}))|(?=[,;。!?:]|$))`;
  for (const m of s.p.matchAll(re)) {
    const listAt = m.index! + m.groups!.go.length + (m[0][m.groups!.go.length] === "了" ? 1 : 0);
    const items = unitsIn(s.enc, m.groups!.list, listAt).filter((u) => u.kind === "A");
    // 到县里开展开学工作督查: the tour is named by its own words (see tours()); only the bodies gone to are read here.
    const namedLater = /开展|进行/.test(m.groups!.list);
    if (namedLater) {
      const cut = m.groups!.list.search(/开展|进行/);
      items.splice(0, items.length, ...items.filter((u) => s.enc.indexOf(u.start) < listAt + cut));
    }
    const tourVerb = namedLater ? undefined : m.groups!.tour;
    const nextClauseTour = !tourVerb && R0`^,(?:实地|逐一|分别)?(?:${TOUR_ALT})`.test(s.p.slice(m.index! + m[0].length));
    if (!items.length && !tourVerb && !nextClauseTour) continue;
    if (namedLater && !items.length) continue;
    const subject = s.ledSubject && s.ledSubject.at <= m.index! ? { units: [s.ledSubject.who], explicit: true } : s.subjectAt(m.index!);
    // With the tour named later, only a subject written in this clause went there (not the one who read out a roster).
    if (namedLater && !subject.explicit) continue;
    const people = subject.units.filter((u) => u.kind === "P");
    const bodies = subject.units.filter((u) => u.kind === "A" || u.kind === "G");
    if (!people.length && !bodies.length) continue;
    const date = s.dateOf(m.index!);
    // A team goes where its leader goes: the visits are the leader's.
    const leaders = bodies.map((u) => (u.kind === "G" && u.data.entity ? s.r.leader(u.data.entity) : undefined)).filter((e): e is Entity => Boolean(e));
    const subjFrom = s.enc.indexOf(subject.units[0].start);
    const from = subjFrom >= 0 && subjFrom < m.index! ? subjFrom : m.index!;
    for (const item of items) {
      const to = s.enc.indexOf(item.start) + 1;
      for (const p of people) s.r.link(s.entityOf(p), "visited", s.entityOf(item), s.evidence(from, to), { date });
      for (const leader of leaders) s.r.link(leader, "visited", s.entityOf(item), s.evidence(from, to), { date });
    }
    if (namedLater) continue;
    let verb = tourVerb;
    let tourAt = m.index! + m[0].length - (tourVerb?.length ?? 0);
    if (!verb) {
      // 带队深入A、B和C,检查…: the tour verb opens the next clause.
      const next = R0`^,(?:实地|逐一|分别)?(?<tour>${TOUR_ALT})`.exec(s.p.slice(m.index! + m[0].length));
      if (next) {
        verb = next.groups!.tour;
        tourAt = m.index! + m[0].length + next[0].length - verb.length;
      } else if (items.length && people.length && /^(先后)?(到访|走访|视察|考察|参观)$/.test(m.groups!.go)) {
        // 到访A: the visit is the tour, named by its verb.
        verb = m.groups!.go.replace(/^先后/, "");
        tourAt = m.index! + m.groups!.go.length - verb.length;
      }
    }
    if (!verb) continue;
    const range = { start: s.enc.offsets[tourAt], end: s.enc.offsets[tourAt + verb.length - 1] + 1 };
    // 王慧、刘建军分别带队赴A、B检查: one tour each.
    const separately = people.length > 1 && /分别/.test(s.p.slice(from, m.index!));
    // 察看, 看望, 走访: part of a tour under way, unless none is.
    const weak = (!tourVerb && verb === m.groups!.go.replace(/^先后/, "")) || /^(实地)?(察看|查看|看望|慰问|走访|了解)$/.test(verb);
    if (separately) for (const p of people) s.tourFor([p], [], verb, range, date, s.enc.indexOf(p.start), tourAt + verb.length, weak);
    else s.tourFor(people, bodies, verb, range, date, from, tourAt + verb.length, weak);
  }
}

/** P检查…, 开展…督查: a tour with no list of bodies. */
export function tours(s: SentenceReader) {
  if (!/调研|检查|督导|督查|考察|视察|巡查|指导/.test(s.p)) return;
  const strong = "调研指导|督导检查|检查指导|实地检查|实地督导|实地调研|调研|检查|督导|督查|考察|视察|巡查";
  for (const m of s.p.matchAll(R`(?<subj>${LIST_S})(?<gap>{GAP}{0,16}?)(?<verb>${strong})`)) {
    const subj = unitsIn(s.enc, m.groups!.subj, m.index!);
    const verbAt = m.index! + m[0].length - m.groups!.verb.length;
    // 一同督查 goes along on someone else's tour; 通报了督查中… only talks about one.
    if (/陪同|的|一同|一起|共同|随同|了|在|对|向|和|与|通报|听取|汇报|传达|部署|要求|开展|研究|表示|介绍/.test(m.groups!.gap)) continue;
    const after = s.p.slice(verbAt + m.groups!.verb.length, verbAt + m.groups!.verb.length + 2);
    if (/^(组|员|工作组|室)/.test(after)) continue;
    const people = subj.filter((u) => u.kind === "P");
    if (!people.length) continue;
    const lead = s.entityOf(people[0]);
    if (lead && s.context.tourOf.has(lead)) continue;
    const range = { start: s.enc.offsets[verbAt], end: s.enc.offsets[verbAt + m.groups!.verb.length - 1] + 1 };
    s.tourFor(people, [], m.groups!.verb, range, s.dateOf(verbAt), m.index!, verbAt + m.groups!.verb.length);
  }
  // P在A、B陪同下,视察…: P's tour, the others go along.
  for (const m of s.p.matchAll(R`在(?<acc>${LIST_S})(?:的)?陪同下[,]?(?:先后|实地|深入)?(?<verb>${strong})`)) {
    const subject = s.subjectAt(m.index!);
    const people = subject.units.filter((u) => u.kind === "P");
    if (!people.length) continue;
    const verbAt = m.index! + m[0].length - m.groups!.verb.length;
    const range = { start: s.enc.offsets[verbAt], end: s.enc.offsets[verbAt + m.groups!.verb.length - 1] + 1 };
    const from = s.enc.indexOf(subject.units[0].start);
    s.tourFor(people, [], m.groups!.verb, range, s.dateOf(verbAt), from >= 0 ? from : m.index!, verbAt + m.groups!.verb.length);
    const tour = s.meetingBefore(verbAt + m.groups!.verb.length);
    for (const u of unitsIn(s.enc, m.groups!.acc, m.index! + 1)) s.attendTo(u, tour, m.index!, m.index! + m[0].length);
  }
  // 开展秋季学期开学工作督查: the tour named by its own words.
  for (const m of s.p.matchAll(R`(?:开展|进行|组织开展|组织)(?<name>{GAP}{0,16}?(?:督查|检查|调研|督导|巡查|视察|考察))`)) {
    const subject = s.subjectAt(m.index!);
    if (!subject.units.length) continue;
    const nameAt = m.index! + m[0].length - m.groups!.name.length;
    const range = { start: s.enc.offsets[nameAt], end: s.enc.offsets[nameAt + m.groups!.name.length - 1] + 1 };
    const people = subject.units.filter((u) => u.kind === "P");
    const bodies = subject.units.filter((u) => u.kind !== "P");
    const from = s.enc.indexOf(subject.units[0].start);
    s.tourFor(people, bodies, s.r.viewText(range.start, range.end), range, s.dateOf(m.index!), from >= 0 ? from : m.index!, m.index! + m[0].length);
  }
}
