// Teams and leading groups: leads, member_of, dispatched, aided.
import { LIST_P, LIST_A } from "../patterns";
import { type SentenceReader, type U } from "../sentence";
import { R, unitsIn } from "../units";
import { LEADER_HEADS, MEMBER_POSTS } from "../lexicon/posts";

/** Role words of a team, from the post lexicon: 组长|队长|…, and its deputies and members. */
const LEADS = LEADER_HEADS.join("|");
const DEPUTIES = MEMBER_POSTS.filter((p) => p.startsWith("副")).join("|");
const MEMBERS = MEMBER_POSTS.join("|");
const IS_LEAD = new RegExp(`^(?:${LEADS})$`);
const ANY_ROLE = new RegExp(`${LEADS}|带队|率队|率领|带领|名单|队员|成员|担任|兼任|牵头`);

export function leadsAndTeams(s: SentenceReader) {
  // Most sentences hold none of these words: skip the rules at once.
  if (!ANY_ROLE.test(s.p)) return;
  // 以P为组长、…为副组长、P兼任办公室主任的A
  const readAbove = new Set<number>();
  for (const m of s.p.matchAll(R`以(?<lead>{P})为组长(?<rest>[^;。]*?)的(?<body>{A}|{G})`)) {
    readAbove.add(m.index! + 1);
    const body = s.entityOf(unitsIn(s.enc, m.groups!.body, m.index! + m[0].length - 1)[0]);
    const date = s.dateOf(m.index!);
    const lead = unitsIn(s.enc, m.groups!.lead, m.index! + 1)[0];
    s.r.link(s.entityOf(lead), "leads", body, s.evidence(m.index!, m.index! + m[0].length), { date });
    const restAt = m.index! + 1 + m.groups!.lead.length + 3;
    for (const mm of m.groups!.rest.matchAll(R`(?<p>{P})(?:为副组长|为成员|兼任办公室主任|任办公室主任|为办公室主任)`)) {
      const who = unitsIn(s.enc, mm.groups!.p, restAt + mm.index!)[0];
      s.r.link(s.entityOf(who), "member_of", body, s.evidence(restAt + mm.index!, m.index! + m[0].length), { date });
    }
  }
  // 成立…领导小组,由P、P任组长,P任副组长: the body is the team or leading group named before.
  for (const m of s.p.matchAll(R`(?:由)?(?<who>${LIST_P})(?:任|担任|为|兼任)(?<role>${LEADS}|${MEMBERS})`)) {
    // 以X为组长、…Y兼任办公室主任的领导小组 is read above, with the body named after it.
    // 督察组以P为组长 (no 的 after it): the team named before, as below.
    if (readAbove.has(m.index!) || s.p[m.index! + m[0].length] === "的") continue;
    const found = s.lastUnitBefore(m.index!, (u) => u.kind === "G" || (u.kind === "A" && /领导小组|领导组|指挥部|工作专班|委员会/.test(u.data.entity?.forms[0] ?? "")));
    const fallback = /办公室主任/.test(m.groups!.role) ? s.r.leadingGroupBefore(s.enc.offsets[m.index!]) : undefined;
    const body = found ?? (fallback ? ({ kind: "A", start: s.enc.offsets[m.index!], end: s.enc.offsets[m.index!], data: { entity: fallback } } as U) : undefined);
    if (!body) continue;
    const relation = IS_LEAD.test(m.groups!.role) ? "leads" : "member_of";
    const whoAt = m.index! + m[0].indexOf(m.groups!.who);
    for (const u of unitsIn(s.enc, m.groups!.who, whoAt)) {
      const who = s.entityOf(u);
      s.r.link(who, relation, body.data.entity, s.evidence(s.enc.indexOf(body.start), m.index! + m[0].length), { date: s.dateOf(m.index!) });
      if (relation === "leads" && body.data.entity && who) s.r.setLeader(body.data.entity, who);
    }
  }
  // 第一督查组在副厅长苏婉清带领下: the team's leader.
  for (const m of s.p.matchAll(R`(?<g>{G})(?:{GAP}{0,4}?)在(?<who>${LIST_P})(?:的)?(?:带领|率领|带队)下`)) {
    const g = s.entityOf(s.enc.unitAt(m.index!)!);
    const whoAt = m.index! + m[0].indexOf(m.groups!.who);
    for (const u of unitsIn(s.enc, m.groups!.who, whoAt)) {
      const who = s.entityOf(u);
      s.r.link(who, "leads", g, s.evidence(m.index!, m.index! + m[0].length), { date: s.dateOf(m.index!) });
      if (g && who) s.r.setLeader(g, who);
    }
  }
  // 派出由P任组长的G, 由P带队的G.
  for (const m of s.p.matchAll(R`由(?<who>${LIST_P})(?:(?:任|担任)(?<role>${LEADS})|带队|率队)的(?<g>{G})`)) {
    const g = s.entityOf(s.enc.unitAt(m.index! + m[0].length - 1)!);
    for (const u of unitsIn(s.enc, m.groups!.who, m.index! + 1)) {
      const who = s.entityOf(u);
      s.r.link(who, "leads", g, s.evidence(m.index!, m.index! + m[0].length), { date: s.dateOf(m.index!) });
      if (g && who) s.r.setLeader(g, who);
    }
  }
  // 专家组成员、P等专家: members named after the team.
  for (const m of s.p.matchAll(R`(?<g>{G})(?:成员|组员|队员)[、:]?(?<who>${LIST_P})`)) {
    const g = s.entityOf(s.enc.unitAt(m.index!)!);
    const whoAt = m.index! + m[0].length - m.groups!.who.length;
    for (const u of unitsIn(s.enc, m.groups!.who, whoAt)) s.r.link(s.entityOf(u), "member_of", g, s.evidence(m.index!, m.index! + m[0].length), { date: s.dateOf(m.index!) });
  }
  // 队长由副院长P担任, 副队长由P担任.
  for (const m of s.p.matchAll(R`(?<role>${DEPUTIES}|${LEADS})由(?<who>${LIST_P})(?:担任|兼任|出任)`)) {
    const body = s.lastUnitBefore(m.index!, (u) => u.kind === "G") ?? (s.r.currentGroup() ? ({ data: { entity: s.r.currentGroup() } } as U) : undefined);
    if (!body?.data.entity) continue;
    const relation = m.groups!.role.startsWith("副") ? "member_of" : "leads";
    const whoAt = m.index! + m.groups!.role.length + 1;
    for (const u of unitsIn(s.enc, m.groups!.who, whoAt)) {
      const who = s.entityOf(u);
      s.r.link(who, relation, body.data.entity, s.evidence(m.index!, m.index! + m[0].length), { date: s.dateOf(m.index!) });
      if (relation === "leads" && who) s.r.setLeader(body.data.entity, who);
    }
  }
  // G由…P带队 / P带队 / P率G
  for (const m of s.p.matchAll(R`(?<g>{G})?由{GAP}{0,12}?(?<p>{P}){GAP}{0,4}?(?:带队|率队|牵头|任组长|任队长)`)) {
    const gUnit = m.groups!.g ? unitsIn(s.enc, m.groups!.g, m.index!)[0] : s.lastUnitBefore(m.index!, (u) => u.kind === "G");
    if (!gUnit) continue;
    const g = s.entityOf(gUnit);
    const pu = unitsIn(s.enc, m[0], m.index!).find((u) => u.kind === "P")!;
    const p = s.entityOf(pu);
    const date = s.dateOf(m.index!);
    s.r.link(p, "leads", g, s.evidence(m.index!, m.index! + m[0].length), { date });
    if (g && p) s.r.setLeader(g, p);
    s.ledSubject = { at: m.index! + m[0].length, who: pu };
    const tour = g && s.groupTour(g);
    if (tour) s.r.link(p, "chaired", tour, s.evidence(m.index!, m.index! + m[0].length), { date: tour.date });
  }
  for (const m of s.p.matchAll(R`(?<p>{P})(?:率|率领|带领)(?<g>{G})`)) {
    const units = unitsIn(s.enc, m[0], m.index!);
    const g = s.entityOf(units[units.length - 1]);
    const p = s.entityOf(units[0]);
    s.r.link(p, "leads", g, s.evidence(m.index!, m.index! + m[0].length), { date: s.dateOf(m.index!) });
    if (g && p) s.r.setLeader(g, p);
  }
  // G的队员名单:…P、P
  for (const m of s.p.matchAll(R`(?<g>{G})的?(?:队员|成员|人员)?名单[:](?<list>[^。;]*)`)) {
    const g = s.entityOf(unitsIn(s.enc, m.groups!.g, m.index!)[0]);
    const listAt = m.index! + m[0].length - m.groups!.list.length;
    for (const u of unitsIn(s.enc, m.groups!.list, listAt)) {
      if (u.kind !== "P") continue;
      const at = s.enc.indexOf(u.start);
      s.r.link(s.entityOf(u), "member_of", g, s.evidence(m.index!, at + 1), { date: s.dateOf(m.index!) });
    }
  }
}

export function dispatch(s: SentenceReader) {
  // Most sentences hold none of these words: skip the rules at once.
  if (!/选派|派出|抽调|组建|派遣|委派|组派|来自/.test(s.p)) return;
  const verbs = "选派|派出|抽调|组建|组成|派遣|委派|组派";
  for (const m of s.p.matchAll(R`(?<subj>${LIST_A})(?<gap>{GAP}{0,6}?)(?<verb>${verbs})(?<rest>(?:[^;。\ue000-\uedff]|{P}){0,40}?)(?<obj>{G})`)) {
    const g = s.entityOf(s.enc.unitAt(m.index! + m[0].length - 1)!);
    const date = s.dateOf(m.index!);
    for (const u of unitsIn(s.enc, m.groups!.subj, m.index!)) {
      const e = s.entityOf(u);
      if (e && (e.type === "agency" || e.type === "hospital")) {
        s.r.link(e, "dispatched", g, s.evidence(s.enc.indexOf(u.start), m.index! + m[0].length), { date });
        if (g) s.r.setDispatcher(g, e);
      }
    }
  }
  for (const m of s.p.matchAll(R`(?:^|[,;])(?<verb>${verbs})(?<rest>[^;。\ue000-\uedff]{0,30}?)(?<obj>{G})`)) {
    const g = s.entityOf(s.enc.unitAt(m.index! + m[0].length - 1)!);
    for (const u of s.subjectAt(m.index! + 1).units) {
      const e = s.entityOf(u);
      if (e && (e.type === "agency" || e.type === "hospital")) s.r.link(e, "dispatched", g, s.evidence(m.index! + 1, m.index! + m[0].length), { date: s.dateOf(m.index! + 1) });
    }
  }
  // 队员来自A、B
  for (const m of s.p.matchAll(R`(?<g>{G})?{GAP}{0,10}?(?:队员|成员|医护人员|医务人员)(?:分别)?来自(?<list>${LIST_A})`)) {
    const g = m.groups!.g ? s.entityOf(s.enc.unitAt(m.index!)!) : s.lastGroupHere(m.index!) ?? s.r.currentGroup();
    const at = m.index! + m[0].length - m.groups!.list.length;
    for (const u of unitsIn(s.enc, m.groups!.list, at)) s.r.link(s.entityOf(u), "dispatched", g, s.evidence(m.index!, s.enc.indexOf(u.start) + 1), { date: s.dateOf(m.index!) });
  }
}

export function aid(s: SentenceReader) {
  // Most sentences hold none of these words: skip the rules at once.
  if (!/驰援|支援|奔赴|赶赴|出征|援助/.test(s.p)) return;
  for (const m of s.p.matchAll(R`(?:(?<g>{G})[^;。]{0,16}?)?(?:驰援|支援|奔赴|赶赴|出征|援助)(?<place>{L})`)) {
    const placeAt = m.index! + m[0].length - 1;
    const g = m.groups!.g ? s.entityOf(s.enc.unitAt(m.index!)!) : s.r.currentGroup() ?? s.lastGroupHere(placeAt);
    // The day of the going, which may be later than the team's forming (次日…出征).
    s.r.link(g, "aided", s.entityOf(s.enc.unitAt(placeAt)!), s.evidence(m.index!, placeAt + 1), { date: s.dateOf(placeAt) });
  }
}
