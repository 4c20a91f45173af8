// One sentence read as a pattern string (see units.ts): its clauses and their
// subjects, the meeting in context, and the rules applied to it (./rules).
import type { ParagraphMentions } from "./analyse";
import type { Entity } from "./entities";
import type { MeetingMention } from "./mentions/meetings";
import type { OfficialPhrase } from "./mentions/officials";
import type { Reader } from "./reader";
import { issue } from "./rules/documents";
import { attend, hold, invertedChair, speech } from "./rules/meetings";
import { aid, dispatch, leadsAndTeams } from "./rules/teams";
import { tours, visits } from "./rules/tours";
import { CLAUSE_OPENERS, LIST_S } from "./patterns";
import type { TextRange } from "./types";
import { R0, unitsIn, type Encoded, type Unit } from "./units";

export interface UnitData {
  entity?: Entity;
  /** A person pronoun or bare post, resolved while reading. */
  pending?: "person";
  meeting?: MeetingMention;
  phrase?: OfficialPhrase;
  /** The body acts through an unnamed representative (县卫健委主要负责人). */
  representative?: boolean;
}
export type U = Unit<UnitData>;
export type Enc = Encoded<UnitData>;

/** The rules, applied to one sentence. */
export class SentenceReader {
  readonly p: string;
  /** The meeting in context when the sentence starts, and where later ones come in. */
  readonly initialMeeting: Entity | undefined;
  readonly meetingMarks: { at: number; meeting: Entity }[] = [];

  constructor(
    readonly r: Reader,
    readonly enc: Enc,
    readonly context: { meeting?: Entity; tourOf: Map<Entity, Entity> },
    readonly dateOf: (i: number) => string | null,
    readonly evidence: (from: number, to: number) => TextRange,
    readonly pm: ParagraphMentions,
  ) {
    this.p = enc.pattern;
    this.initialMeeting = context.meeting;
  }

  setMeeting(meeting: Entity, at: number) {
    this.context.meeting = meeting;
    this.meetingMarks.push({ at, meeting });
  }

  /** The meeting in context at a pattern position: the last one named before it. */
  meetingBefore(at: number): Entity | undefined {
    let found = this.initialMeeting;
    let best = -1;
    for (const mark of this.meetingMarks) if (mark.at <= at && mark.at >= best) ((found = mark.meeting), (best = mark.at));
    return found;
  }

  entityOf(u: U): Entity | undefined {
    if (u.data.pending === "person" && !u.data.entity) u.data.entity = this.personBefore(u);
    return u.data.entity;
  }

  /** 他/她: the person who is the subject of a clause before it in this sentence, else of a sentence before. */
  personBefore(u: U): Entity | undefined {
    const at = this.enc.indexOf(u.start);
    let found: Entity | undefined;
    for (const start of this.clauseStarts()) {
      if (start >= at) break;
      const first = this.explicitSubject(start).find((x) => x.kind === "P" && x.data.pending !== "person");
      if (first?.data.entity) found = first.data.entity;
    }
    return found ?? this.r.resolvePerson();
  }

  entities(units: U[]): Entity[] {
    return units.map((u) => this.entityOf(u)).filter((e): e is Entity => Boolean(e));
  }

  /** Clause starts, a "," between two subjects not counting (X,Y主持…). */
  clauseStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    let quoted = 0;
    for (let i = 0; i < this.p.length; i++) {
      const ch = this.p[i];
      if (ch === "“" || ch === "「") quoted++;
      if ((ch === "”" || ch === "」") && quoted > 0) quoted--;
      if (quoted || (ch !== "," && ch !== ";")) continue;
      const prev = this.enc.unitAt(i - 1);
      const next = this.enc.unitAt(i + 1);
      if (ch === "," && prev && next && "PAG".includes(prev.kind) && "PAG".includes(next.kind)) continue;
      starts.push(i + 1);
    }
    this.starts = starts;
    return starts;
  }
  starts: number[] | undefined;

  subjectAt(i: number): { units: U[]; explicit: boolean } {
    // After 督查组由P带队, the clauses that follow tell what P did.
    if (this.ledSubject && this.ledSubject.at <= i && !/[;。]/.test(this.p.slice(this.ledSubject.at, i))) {
      const own = this.explicitSubject(this.clauseStarts().filter((s) => s <= i).pop() ?? 0);
      if (!own.length) return { units: [this.ledSubject.who], explicit: false };
    }
    const starts = this.clauseStarts();
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1] <= i) k++;
    for (let j = k; j >= 0; j--) {
      const s = this.explicitSubject(starts[j]);
      if (s.length) return { units: s, explicit: j === k };
      // A semicolon ends what a dropped subject can reach back to.
      if (j > 0 && this.p[starts[j] - 1] === ";") break;
    }
    return { units: [], explicit: false };
  }

  readonly subjectCache = new Map<number, U[]>();

  explicitSubject(clauseStart: number): U[] {
    let cached = this.subjectCache.get(clauseStart);
    if (!cached) {
      cached = this.findSubject(clauseStart);
      this.subjectCache.set(clauseStart, cached);
    }
    return cached;
  }

  findSubject(clauseStart: number): U[] {
    let at = clauseStart;
    // A quotation before its speaker: “…”朱森林说.
    const quote = /^(?:“[^”]*”|「[^」]*」)/.exec(this.p.slice(at));
    if (quote) at += quote[0].length;
    const rest = this.p.slice(at);
    const opener = CLAUSE_OPENERS.exec(rest);
    if (opener) at += opener[0].length;
    const rest2 = this.p.slice(at);
    // 医疗队代表张亚枝表态: the representative acts. 市教育局派出的督查组: the team is the subject.
    // 省民政厅派出由魏明德带队的督导组: the team sent is who acts next.
    const sent = R0`^{S}{GAP}{0,4}?(?:派出|选派|组建|组成|成立)(?:由{P}(?:带队|任组长|任队长))?的?(?<team>{G})`.exec(rest2);
    if (sent) return unitsIn(this.enc, sent.groups!.team, at + sent[0].length - 1);
    const headed = R0`^(?:{S}代表(?<rep>{P})|{S}{GAP}{0,6}?的(?<head>${LIST_S}))`.exec(rest2);
    if (headed?.groups!.rep) return unitsIn(this.enc, headed.groups!.rep, at + headed[0].length - 1);
    if (headed) return unitsIn(this.enc, headed.groups!.head, at + headed[0].length - headed.groups!.head.length);
    const m = R0`^${LIST_S}`.exec(rest2);
    return m ? unitsIn(this.enc, m[0], at) : [];
  }

  run() {
    leadsAndTeams(this);
    hold(this);
    invertedChair(this);
    visits(this);
    tours(this);
    attend(this);
    issue(this);
    dispatch(this);
    aid(this);
    speech(this);
    // The person a later 他 stands for: this sentence's last subject, or its first person.
    const subjects = this.clauseStarts().flatMap((st) => this.explicitSubject(st)).filter((x) => x.kind === "P");
    const who = subjects.length ? subjects[subjects.length - 1] : this.enc.units.find((x) => x.kind === "P");
    if (who) this.r.noteSubject(this.entityOf(who));
    for (const u of this.enc.units) if (u.kind === "G") this.r.noteGroup(u.data.entity);
  }

  meetingsOf(u: U, date: string | null, copies = 1, reference = false, create = false): Entity[] {
    const m = u.data.meeting!;
    // A bare 会议 (发布会, 仪式) not held here is the meeting already in context (会议由X主持, 出席发布会).
    const bare = m.text === m.noun && /(会议|会|仪式|典礼)$/.test(m.text);
    if (bare && !create && this.context.meeting && (reference || !this.heldHere(u))) {
      const current = this.context.meeting;
      if (m.text.length <= 2 || current.forms.some((f) => f.endsWith(m.text))) return [current];
    }
    // 参加南校区座谈会: a meeting named again by a form it was given.
    if (!create && !this.heldHere(u)) {
      const known = this.r.meetingByForm(m.text, date);
      if (known) {
        this.setMeeting(known, this.enc.indexOf(u.start));
        return [known];
      }
    }
    const list = this.r.meetingFor(m, date, copies);
    this.setMeeting(list[list.length - 1], this.enc.indexOf(u.start));
    return list;
  }

  heldHere(u: U): boolean {
    // 召开第一次工作会议,吴国栋主持会议: a bare noun chaired right after a meeting was named is that meeting.
    if ((this.meetingMarks.length || this.context.meeting) && /主持了?$/.test(this.r.viewText(Math.max(0, u.start - 3), u.start)) && !/召开|举行/.test(this.r.viewText(Math.max(0, u.start - 5), u.start))) return false;
    const before = this.r.viewText(Math.max(0, u.start - 6), u.start);
    // 出席会议 after 召开常务会议 is the same meeting; only a holding verb makes a new one.
    return /(召开|召集|主持|举行|举办|组织)了?$/.test(before);
  }

  /** The last unit before a pattern position that passes a test. */
  lastUnitBefore(at: number, test: (u: U) => boolean): (U & { data: UnitData }) | undefined {
    for (let i = at - 1; i >= 0; i--) {
      const u = this.enc.unitAt(i);
      if (u && test(u)) return u;
    }
    return undefined;
  }

  ledSubject: { at: number; who: U } | undefined;
  groupTours = new Map<Entity, Entity>();

  groupTour(g: Entity): Entity | undefined {
    return this.groupTours.get(g) ?? this.context.tourOf.get(g);
  }

  held(subj: U[], obj: U, separately: boolean, from: number, to: number, verbAt: number) {
    const date = this.dateOf(verbAt);
    const before = { meeting: this.context.meeting, marks: this.meetingMarks.length };
    const meetings = this.meetingsOf(obj, date, separately ? subj.length : 1);
    this.r.markHeld(meetings);
    // 他又表示,中心昨日已与医管局召开联络会议: a meeting told of in someone's words is not
    // the one the people around it are at.
    if (/表示|介绍|说|指出|透露|(?<![简下名号])称/.test(this.p.slice(0, from))) {
      this.context.meeting = before.meeting;
      this.meetingMarks.length = before.marks;
    }
    if (separately) {
      // 分别在南校区和北校区主持召开座谈会: each meeting is also "南校区座谈会", "北校区座谈会".
      const words = this.r.viewText(this.enc.offsets[from], this.enc.offsets[Math.min(verbAt + 4, this.enc.offsets.length - 1)]);
      const places = /分别在([^,;。]{1,12}?)(?:和|、|及)([^,;。]{1,12}?)(?:主持|召开|召集|举行)/.exec(words);
      const noun = obj.data.meeting!.noun;
      if (places && meetings.length === 2) [places[1], places[2]].forEach((place, k) => this.r.addForm(meetings[k], place + noun));
    }
    subj.forEach((u, k) => {
      const e = this.entityOf(u);
      if (!e) return;
      const targets = separately ? [meetings[k]] : meetings;
      const at = this.enc.indexOf(u.start);
      for (const t of targets) {
        if (e.type === "official") this.r.link(e, "chaired", t, this.evidence(separately ? at : from, to), { date: t.date });
        else if (e.type === "agency") this.r.link(e, u.data.representative ? "attended" : "organized", t, this.evidence(at, to), { date: t.date });
      }
    });
  }

  attendTo(u: U, meeting: Entity | undefined, from: number, to: number) {
    const e = this.entityOf(u);
    if (!e || !meeting || this.r.chairsOf(meeting).has(e)) return;
    if (e.type !== "official" && e.type !== "agency") return;
    this.r.link(e, "attended", meeting, this.evidence(from, to), { date: meeting.date });
  }

  tourFor(people: U[], bodies: U[], verb: string, range: TextRange, date: string | null, from: number, to: number, weak = false) {
    const lead = people.map((u) => this.entityOf(u)).find(Boolean) ?? (bodies[0] ? this.entityOf(bodies[0]) : undefined);
    if (!lead) return;
    // One tour per team and its leader: the team's tour is its leader's, and the other way round.
    const team = lead.type === "official" ? this.r.teamLedBy(lead) : undefined;
    const leader = lead.type === "group" ? this.r.leader(lead) : undefined;
    let meeting = this.context.tourOf.get(lead) ?? (team && this.context.tourOf.get(team)) ?? (leader && this.context.tourOf.get(leader));
    // A visit named only by its verb (到访, 走访) is part of the tour already under way.
    if (!meeting && weak) {
      const current = this.meetingBefore(Math.max(0, this.enc.offsets.findIndex((o) => o >= range.start)));
      if (current && this.r.isTour(current)) meeting = current;
    }
    if (!meeting) {
      meeting = this.r.tourMeeting(verb, range, date);
    }
    this.context.tourOf.set(lead, meeting);
    if (team) this.context.tourOf.set(team, meeting);
    this.setMeeting(meeting, Math.max(0, this.enc.offsets.findIndex((o) => o >= range.start)));
    for (const u of people) {
      const who = this.entityOf(u);
      this.r.link(who, "chaired", meeting, this.evidence(from, to), { date });
      // The body that sent the team this person leads holds the tour.
      const team = who && this.r.teamLedBy(who);
      const by = team && this.r.dispatcher(team);
      if (by) this.r.link(by, "organized", meeting, this.evidence(from, to), { date });
    }
    for (const u of bodies) {
      const e = this.entityOf(u);
      if (e?.type === "agency") this.r.link(e, "organized", meeting, this.evidence(from, to), { date });
      if (e?.type === "group") {
        const by = this.r.dispatcher(e);
        if (by) this.r.link(by, "organized", meeting, this.evidence(from, to), { date });
        const leader = this.r.leader(e);
        if (leader) this.r.link(leader, "chaired", meeting, this.evidence(from, to), { date });
        this.groupTours.set(e, meeting);
        this.context.tourOf.set(e, meeting);
      }
    }
  }

  lastGroupHere(before: number): Entity | undefined {
    for (let i = before; i >= 0; i--) {
      const u = this.enc.unitAt(i);
      if (u?.kind === "G") return this.entityOf(u);
    }
    return undefined;
  }

}
