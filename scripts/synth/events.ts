// Sentence templates for the events of the genre, one function per
// construction. Each writes one clause (no closing punctuation) and plants
// the entities and relations the clause states.
import type { ArticleContext } from "./context";
import { meetingRef, orgPrefix, orgRef, placeRef, writeList, writeOfficial, writeOrg, writePhrase } from "./context";
import {
  AID_VERBS,
  BODY_MEETINGS,
  INSPECTED,
  MEETING_PURPOSES,
  NOTICE_KINDS,
  NOTICE_LEADS,
  NOTICE_OTHER,
  NOTICE_PURPOSES,
  NUMERALS,
  REQUIREMENTS,
  TEAM_KINDS,
  TOPIC_MEETING_SUFFIXES,
  TOPICS,
  TOURS,
} from "./lexicon";
import type { EntityRef, TextWriter } from "./writer";
import type { Official, Org } from "./world";

export type EventWriter = (w: TextWriter, ctx: ArticleContext) => void;

const castMember = (ctx: ArticleContext): Official => ctx.rng.zipf(ctx.cast, 1.1);

function twoOfficials(ctx: ArticleContext): [Official, Official] {
  const a = castMember(ctx);
  for (let i = 0; i < 20; i++) {
    const b = castMember(ctx);
    if (b.key !== a.key) return [a, b];
  }
  return [a, ctx.cast.find((o) => o.key !== a.key)!];
}

const topic = (ctx: ArticleContext): string => (ctx.rng.chance(0.7) ? ctx.topic : ctx.rng.pick(TOPICS));

function purpose(w: TextWriter, ctx: ArticleContext): void {
  w.put(",");
  writePhrase(w, ctx, ctx.rng.pick(MEETING_PURPOSES));
}

function requirement(w: TextWriter, ctx: ArticleContext): void {
  const [a, b] = ctx.rng.sample(REQUIREMENTS, 2);
  w.put(`,${ctx.rng.pick(["要求", "强调", "指出"])}${a}、${b}`);
}

/** A meeting name: named after a body (省政府常务会议), a topic, or bare. */
function meetingName(ctx: ArticleContext, body: Org | undefined): { name: string; body?: Org } {
  const r = ctx.rng.float();
  if (body && body.type === "agency" && r < 0.4) return { name: `${orgPrefix(ctx, body)}${ctx.rng.pick(BODY_MEETINGS)}`, body };
  if (r < 0.9) return { name: `${topic(ctx)}${ctx.rng.pick(TOPIC_MEETING_SUFFIXES)}` };
  return { name: "会议" };
}

function writeMeeting(w: TextWriter, ctx: ArticleContext, name: string, body?: Org): EntityRef {
  const m = meetingRef(ctx, name);
  const start = w.pos;
  w.name(m, name);
  if (body) w.relate(orgRef(body), "organized", m, start, { date: ctx.date });
  return m;
}

/** X主持召开…会议 / X召集… , with attendees: 出席, 参加, 一同出席. */
export const chairMeeting: EventWriter = (w, ctx) => {
  const chair = castMember(ctx);
  const start = w.pos;
  const who = writeOfficial(w, ctx, chair);
  w.put(ctx.rng.pick(["主持召开", "主持召开", "召集", "召开"]));
  const { name, body } = meetingName(ctx, chair.post.org);
  const m = writeMeeting(w, ctx, name, body);
  w.relate(who, "chaired", m, start, { date: ctx.date });
  purpose(w, ctx);
  const r = ctx.rng.float();
  const others = [castMember(ctx), castMember(ctx)].filter((o, i, all) => o.key !== chair.key && all.findIndex((x) => x.key === o.key) === i);
  if (r < 0.35 && others.length > 0) {
    w.put(",");
    const from = w.pos;
    const refs: EntityRef[] = [];
    others.forEach((o, i) => {
      if (i > 0) w.put("、");
      refs.push(writeOfficial(w, ctx, o));
    });
    w.put(ctx.rng.pick(["出席", "参加", "一同出席", "出席会议"]));
    for (const ref of refs) w.relate(ref, "attended", m, from, { date: ctx.date });
  } else if (r < 0.55) {
    w.put(",");
    const from = w.pos;
    const agency = writeOrg(w, ctx, ctx.rng.pick([ctx.province.education, ctx.province.health, ...ctx.province.cities.map((c) => c.education)]));
    w.put(`${ctx.rng.pick(["主要负责同志", "有关负责同志", "负责同志"])}参加会议`);
    w.relate(agency, "attended", m, from, { date: ctx.date });
  }
};

/** X厅长、Y副厅长分别召开…: two meetings with one name. */
export const chairSeparately: EventWriter = (w, ctx) => {
  const [a, b] = twoOfficials(ctx);
  const name = `${topic(ctx)}${ctx.rng.pick(["研判会议", "专题会议", "调度会"])}`;
  const starts: number[] = [];
  const refs = [a, b].map((o, i) => {
    if (i > 0) w.put("、");
    starts.push(w.pos);
    return writeOfficial(w, ctx, o, "after");
  });
  w.put("分别召开");
  const m1 = meetingRef(ctx, name);
  const m2 = meetingRef(ctx, name);
  w.alsoNames(m2, w.name(m1, name));
  w.relate(refs[0], "chaired", m1, starts[0], { date: ctx.date });
  w.relate(refs[1], "chaired", m2, starts[1], { date: ctx.date });
  purpose(w, ctx);
};

/** A document title: 关于做好…工作的通知, 工作提醒卡, 致…的一封信; sometimes headed by its issuer's name. */
function noticeTitle(ctx: ArticleContext, issuer?: Org): string {
  const t = topic(ctx);
  const scope = ctx.rng.pick(["", "", "学校", "全省教育系统", "全市中小学", "高等学校", "幼儿园", "寒假期间", "各级各类学校", "医疗机构"]);
  const core = ctx.rng.chance(0.75)
    ? `${ctx.rng.pick(NOTICE_LEADS)}${scope}${t}${ctx.rng.pick(NOTICE_KINDS)}`
    : ctx.rng.pick(NOTICE_OTHER).replace("{scope}", scope).replace("{topic}", t);
  return issuer ? `${issuer.name}${core}` : core;
}

/** 印发《…》 with its issuer written, or with the subject dropped (the main body, inferred). */
export const issueNotice: EventWriter = (w, ctx) => {
  const verb = ctx.rng.pick(["印发", "印发", "印发", "下发", "发布", "制定"]);
  const start = w.pos;
  let issuer: EntityRef;
  let issuerOrg: Org;
  let inferred = false;
  if (ctx.rng.chance(0.45)) {
    issuerOrg = ctx.rng.chance(0.6) ? ctx.main : ctx.rng.pick([ctx.province.education, ctx.province.health, ctx.province.government, ...ctx.province.cities.map((c) => c.education)]);
    issuer = writeOrg(w, ctx, issuerOrg);
  } else {
    issuerOrg = ctx.main;
    issuer = orgRef(ctx.main);
    inferred = true;
  }
  w.put(`${verb}《`);
  const headed = issuerOrg.type === "agency" && ctx.rng.chance(0.2);
  const title = noticeTitle(ctx, headed ? issuerOrg : undefined);
  const n: EntityRef = { key: `notice:${title}`, type: "notice", label: title, date: ctx.date };
  const tStart = w.pos;
  w.name(n, title);
  w.put("》");
  w.relate(issuer, "issued", n, start, inferred ? { date: ctx.date, inferred: true } : { date: ctx.date });
  // The issuer named inside the title, and an entity of the article on its own.
  if (headed && (!inferred || ctx.named.has(issuerOrg.key))) w.relate(n, "mentions", issuer, tStart);
  w.put(",");
  writePhrase(w, ctx, ctx.rng.pick(NOTICE_PURPOSES));
};

/** X先后到A、B和C调研…: one tour node, chaired, and a visit to each place. */
export const tour: EventWriter = (w, ctx) => {
  const leader = castMember(ctx);
  const start = w.pos;
  const who = writeOfficial(w, ctx, leader);
  const candidates = [...ctx.province.universities, ...ctx.province.schools, ...ctx.province.hospitals, ctx.province.education, ...ctx.province.cities.map((c) => c.education)].filter(
    (o) => o.key !== leader.post.org.key,
  );
  const targets = ctx.rng.sample(candidates, ctx.rng.int(1, 5));
  w.put(targets.length > 1 ? ctx.rng.pick(["先后到", "先后深入", "先后来到"]) : ctx.rng.pick(["到", "来到", "深入", "赴"]));
  const visited: EntityRef[] = [];
  writeList(w, targets, (o) => {
    const ref = writeOrg(w, ctx, o);
    visited.push(ref);
    w.relate(who, "visited", ref, start, { date: ctx.date });
  });
  const word = ctx.rng.pick(TOURS);
  const m = meetingRef(ctx, word);
  w.name(m, word);
  w.relate(who, "chaired", m, start, { date: ctx.date });
  w.put(`${topic(ctx)}工作,实地察看${ctx.rng.pick(INSPECTED)}情况`);
  const other = castMember(ctx);
  if (ctx.rng.chance(0.4) && other.key !== leader.key) {
    w.put(",");
    const from = w.pos;
    const ref = writeOfficial(w, ctx, other);
    w.put(ctx.rng.pick(["陪同", "陪同调研", "一同参加"]));
    w.relate(ref, "attended", m, from, { date: ctx.date });
  }
};

/** 由A、B和C选派的N名医务人员组成的…医疗队驰援X. */
export const dispatchTeam: EventWriter = (w, ctx) => {
  const hospitals = ctx.rng.sample(ctx.province.hospitals, ctx.rng.int(1, 4));
  const batch = ctx.rng.pick(NUMERALS.slice(0, 6));
  const name = `${ctx.province.place.name}第${batch}批${ctx.rng.pick(TEAM_KINDS.slice(0, 3))}`;
  const team: EntityRef = { key: `group:${name}`, type: "group", label: name };
  const place = ctx.rng.pick(ctx.world.aidPlaces);
  const senders: { ref: EntityRef; start: number }[] = [];
  const start = w.pos;
  const one = hospitals.length === 1 && ctx.rng.chance(0.5);
  if (!one) w.put("由");
  writeList(w, hospitals, (h, itemStart) => senders.push({ ref: writeOrg(w, ctx, h), start: itemStart }));
  w.put(one ? `选派${ctx.rng.int(4, 60)}名医护人员组成` : `选派的${ctx.rng.int(20, 200)}名医务人员组成的`);
  w.name(team, name);
  for (const s of senders) w.relate(s.ref, "dispatched", team, start, { date: ctx.date });
  const from = w.pos - name.length;
  w.put(ctx.rng.pick(AID_VERBS));
  const p = placeRef(place);
  w.name(p, ctx.rng.chance(0.6) ? place.name : place.full);
  w.relate(team, "aided", p, from, { date: ctx.date });
};

/** 成立以X为组长、Y为副组长、Z兼任办公室主任的…领导小组. */
export const leadingGroup: EventWriter = (w, ctx) => {
  const [a, b] = twoOfficials(ctx);
  const t = topic(ctx);
  const prefixed = ctx.rng.chance(0.5);
  const name = `${prefixed ? ctx.main.name : ""}${t}工作领导小组`;
  const group: EntityRef = { key: prefixed ? `agency:${name}` : `agency:${ctx.main.key}/${name}`, type: "agency", label: name };
  w.put("成立以");
  const leadStart = w.pos;
  const lead = writeOfficial(w, ctx, a, "after");
  w.put("为组长、");
  const memberStart = w.pos;
  const member = writeOfficial(w, ctx, b, "after");
  w.put("为副组长的");
  w.name(group, name);
  w.relate(lead, "leads", group, leadStart, { date: ctx.date });
  w.relate(member, "member_of", group, memberStart, { date: ctx.date });
};

/** …新闻办召开新闻发布会, X就…回答记者提问. */
export const pressConference: EventWriter = (w, ctx) => {
  const start = w.pos;
  const office = writeOrg(w, ctx, ctx.province.pressOffice);
  w.put("召开");
  const m = writeMeeting(w, ctx, ctx.rng.pick(["新闻发布会", "新闻发布会", "疫情防控新闻发布会"]));
  w.relate(office, "organized", m, start, { date: ctx.date });
  w.put(`,介绍${topic(ctx)}工作有关情况,`);
  const from = w.pos;
  const speaker = writeOfficial(w, ctx, castMember(ctx));
  w.put(`就“${topic(ctx)}工作如何开展”等问题回答记者提问`);
  w.relate(speaker, "attended", m, from, { date: ctx.date });
};

/** X检查…情况 / X到A检查…工作. */
export const inspection: EventWriter = (w, ctx) => {
  const who = castMember(ctx);
  const start = w.pos;
  const ref = writeOfficial(w, ctx, who);
  const word = ctx.rng.pick(["检查", "督导", "督查"]);
  if (ctx.rng.chance(0.5)) {
    w.put("到");
    const target = writeOrg(w, ctx, ctx.rng.pick([...ctx.province.schools, ...ctx.province.hospitals]));
    w.relate(ref, "visited", target, start, { date: ctx.date });
  }
  const m = meetingRef(ctx, word);
  w.name(m, word);
  w.relate(ref, "chaired", m, start, { date: ctx.date });
  w.put(`${ctx.rng.pick(INSPECTED)}情况`);
};

/** An agency holds a meeting itself: X召开…会议. */
export const agencyMeeting: EventWriter = (w, ctx) => {
  const start = w.pos;
  const agency = ctx.rng.chance(0.6) ? ctx.main : ctx.rng.pick([ctx.province.education, ctx.province.health, ...ctx.province.cities.map((c) => c.education)]);
  if (agency.type !== "agency") return chairMeeting(w, ctx);
  const ref = writeOrg(w, ctx, agency);
  w.put(ctx.rng.pick(["召开", "召开", "组织召开"]));
  const m = writeMeeting(w, ctx, `${topic(ctx)}${ctx.rng.pick(TOPIC_MEETING_SUFFIXES)}`);
  w.relate(ref, "organized", m, start, { date: ctx.date });
  purpose(w, ctx);
  requirement(w, ctx);
};

/** X参加上级…会议 (attends a meeting a higher body holds). */
export const attendMeeting: EventWriter = (w, ctx) => {
  const start = w.pos;
  const who = writeOfficial(w, ctx, castMember(ctx));
  w.put(ctx.rng.pick(["参加", "出席", "列席"]));
  const body = ctx.rng.pick([ctx.province.government, ctx.province.party, ctx.province.commandCentre]);
  const m = writeMeeting(w, ctx, `${orgPrefix(ctx, body)}${ctx.rng.pick(["常务会议", "专题会议", "视频调度会", "现场调度会"])}`, body);
  w.relate(who, "attended", m, start, { date: ctx.date });
  if (ctx.rng.chance(0.5)) requirement(w, ctx);
};

/** Events and how often each opens a clause. */
export const EVENTS: readonly (readonly [EventWriter, number])[] = [
  [chairMeeting, 6],
  [issueNotice, 6],
  [tour, 3],
  [agencyMeeting, 3],
  [attendMeeting, 2],
  [inspection, 2],
  [chairSeparately, 1],
  [leadingGroup, 1],
  [pressConference, 1],
  [dispatchTeam, 1],
];

export function pickEvent(ctx: ArticleContext): EventWriter {
  const total = EVENTS.reduce((s, [, weight]) => s + weight, 0);
  let u = ctx.rng.float() * total;
  for (const [event, weight] of EVENTS) {
    if ((u -= weight) < 0) return event;
  }
  return EVENTS[0][0];
}

export { requirement };
