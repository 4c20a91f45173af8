// Meeting rules: who held a meeting (chaired, organized), who was there (attended).
import { LIST_S, LIST_P, TOUR_ALT, PRESENT, SPEAKING } from "../patterns";
import type { Entity } from "../entities";
import { type SentenceReader } from "../sentence";
import { R, unitsIn } from "../units";

export function hold(s: SentenceReader) {
  // Most sentences hold none of these words: skip the rules at once.
  if (!/主持|召集|召开|举行|举办|组织/.test(s.p)) return;
  const verbs = "主持召开|组织召开|主持|召集|召开|举行|举办";
  const explicit = R`(?<subj>${LIST_S})(?<gap>(?:{GAP}|在{A}){0,24}?)(?<verb>${verbs})了?(?<obj>{M})`;
  // Every meeting held here, in the order the text holds them (a later 主持会议 refers back).
  type Held = { objAt: number; run: () => void };
  const found = new Map<number, Held>();
  const future = /将于|将在|将要|即将|拟于|拟在|计划于|预计|准备于/;
  // P联同P及P举行记者会: the first holds it, the others are with him.
  for (const m of s.p.matchAll(R`(?<lead>{P})(?:联同|偕同|会同|带领|率领)(?<others>${LIST_P})(?<gap>{GAP}{0,12}?)(?<verb>${verbs})了?(?<obj>{M})`)) {
    const objAt = m.index! + m[0].length - 1;
    if (future.test(m.groups!.gap)) {
      found.set(objAt, { objAt, run: () => undefined });
      continue;
    }
    const lead = unitsIn(s.enc, m.groups!.lead, m.index!);
    const others = unitsIn(s.enc, m.groups!.others, m.index! + 3);
    found.set(objAt, {
      objAt,
      run: () => {
        s.held(lead, s.enc.unitAt(objAt)!, false, m.index!, objAt + 1, m.index!);
        for (const u of others) s.attendTo(u, s.context.meeting, s.enc.indexOf(u.start), objAt + 1);
      },
    });
  }
  for (const m of s.p.matchAll(explicit)) {
    const subj = unitsIn(s.enc, m.groups!.subj, m.index!);
    const objAt = m.index! + m[0].length - 1;
    if (found.has(objAt)) continue;
    // 将于明日上午再次召开…会议: not yet held, so no meeting of the story.
    if (future.test(m.groups!.gap)) {
      found.set(objAt, { objAt, run: () => undefined });
      continue;
    }
    const separately = /分别/.test(m.groups!.gap) && subj.length > 1;
    found.set(objAt, { objAt, run: () => s.held(subj, s.enc.unitAt(objAt)!, separately, m.index!, objAt + 1, m.index!) });
  }
  // A dropped subject: the clause's own verb, the subject of the clause before.
  for (const m of s.p.matchAll(R`(?<verb>${verbs})了?(?<obj>{M})(?!的是|的为|的有)`)) {
    const objAt = m.index! + m[0].length - 1;
    if (found.has(objAt)) continue;
    if (future.test(s.p.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    found.set(objAt, {
      objAt,
      run: () => {
        const subject = s.subjectAt(m.index!);
        const obj = s.enc.unitAt(objAt)!;
        // Held, by no one named: the meeting is still a gathering of the story.
        if (!subject.units.length) s.r.markHeld(s.meetingsOf(obj, s.dateOf(objAt)));
        else s.held(subject.units, obj, false, s.enc.indexOf(subject.units[0].start), objAt + 1, m.index!);
      },
    });
  }
  // 见面会在行政楼举行, 反馈会召开: held, in the passive; not when still to come (将于下周召开).
  for (const m of s.p.matchAll(R`(?<obj>{M})(?:于{GAP}{0,10}?|在(?:{GAP}|{A}|{L}){0,16}?)?(?:隆重)?(?:举行|召开|开幕|举办)`)) {
    const objAt = m.index!;
    if (found.has(objAt) || /将|拟|计划|即将|预计/.test(m[0])) continue;
    found.set(objAt, { objAt, run: () => s.r.markHeld(s.meetingsOf(s.enc.unitAt(objAt)!, s.dateOf(objAt))) });
  }
  for (const h of [...found.values()].sort((x, y) => x.objAt - y.objAt)) h.run();
}

/** Each person in a matched list chairs the meeting, the words from `from` to `to` as evidence. */
function chairs(s: SentenceReader, list: string, at: number, meeting: Entity, from: number, to: number) {
  for (const u of unitsIn(s.enc, list, at)) s.r.link(s.entityOf(u), "chaired", meeting, s.evidence(from, to), { date: meeting.date });
}

export function invertedChair(s: SentenceReader) {
  // Most sentences hold none of these words: skip the rules at once.
  if (!/主持|召集|合办|主办|举办|承办|组织/.test(s.p)) return;
  for (const m of s.p.matchAll(R`(?<obj>{M})由{GAP}{0,8}?(?<subj>${LIST_P}){GAP}{0,4}?(?:主持|召集)`)) {
    const meeting = s.meetingsOf(unitsIn(s.enc, m.groups!.obj, m.index!)[0], s.dateOf(m.index!), 1, true);
    for (const t of meeting) chairs(s, m.groups!.subj, m.index! + m[0].indexOf(m.groups!.subj), t, m.index!, m.index! + m[0].length);
  }
  // 会议在P主持下召开, 在P的主持下: the meeting named there, or the one in context.
  if (/主持下/.test(s.p)) {
    for (const m of s.p.matchAll(R`(?<obj>{M})?{GAP}{0,6}?在(?<subj>${LIST_P})(?:的)?主持下`)) {
      const objAt = m.groups!.obj ? m.index! : -1;
      const meeting = objAt >= 0 ? s.meetingsOf(s.enc.unitAt(objAt)!, s.dateOf(m.index!), 1, true)[0] : s.meetingBefore(m.index!);
      if (!meeting) continue;
      const subjAt = m.index! + m[0].indexOf(m.groups!.subj);
      chairs(s, m.groups!.subj, subjAt, meeting, m.index!, m.index! + m[0].length);
    }
  }
  // P主持由A与B合办的M: A and B organise it.
  for (const m of s.p.matchAll(R`(?:(?<subj>${LIST_P}){GAP}{0,8}?主持)?由(?<orgs>${LIST_S})(?:联合|共同)?(?:合办|主办|举办|承办|联合举办|共同举办|组织)的{GAP}{0,20}?(?<obj>{M})`)) {
    const objAt = m.index! + m[0].length - 1;
    const [meeting] = s.meetingsOf(s.enc.unitAt(objAt)!, s.dateOf(m.index!), 1, false, true);
    const orgsAt = m.index! + m[0].indexOf("由") + 1;
    for (const u of unitsIn(s.enc, m.groups!.orgs, orgsAt)) {
      const e = s.entityOf(u);
      if (e?.type === "agency") s.r.link(e, "organized", meeting, s.evidence(orgsAt - 1, objAt + 1), { date: meeting.date });
    }
    if (m.groups!.subj) chairs(s, m.groups!.subj, m.index!, meeting, m.index!, objAt + 1);
  }
  // …举行学习会。P主持并讲话: the meeting named before, when 主持 has no object of its own.
  for (const m of s.p.matchAll(R`(?:^|[,;])(?<subj>${LIST_P})(?:主持|召集)(?:并(?:讲话|致辞|作(?:总结|动员|重要)?讲话))?(?=[,。;]|$)`)) {
    const meeting = s.meetingBefore(m.index!);
    if (!meeting) continue;
    const subjAt = m.index! + m[0].indexOf(m.groups!.subj);
    chairs(s, m.groups!.subj, subjAt, meeting, subjAt, m.index! + m[0].length);
  }
  // …举行记者会,由P主持: the meeting named before, in this sentence or the last one.
  for (const m of s.p.matchAll(R`(?:^|[,;])由(?<subj>${LIST_P}){GAP}{0,4}?(?:主持|召集)`)) {
    const meeting = s.meetingBefore(m.index!);
    if (!meeting) continue;
    const subjAt = m.index! + m[0].indexOf("由") + 1;
    chairs(s, m.groups!.subj, subjAt, meeting, subjAt - 1, m.index! + m[0].length);
  }
  for (const m of s.p.matchAll(R`主持(?<obj>{M})的(?:是|为)(?<subj>${LIST_P})`)) {
    const objAt = m.index! + 2;
    const meeting = s.meetingsOf(s.enc.unitAt(objAt)!, s.dateOf(m.index!), 1, true);
    const subjAt = m.index! + m[0].length - m.groups!.subj.length;
    for (const t of meeting) chairs(s, m.groups!.subj, subjAt, t, m.index!, m.index! + m[0].length);
  }
}

export function attend(s: SentenceReader) {
  // Most sentences hold none of these words: skip the rules at once.
  if (!/参加|出席|列席|参会|参与|到场|陪同|一同|一起|共同|随同|在/.test(s.p)) return;
  const verbs = "参加|出席|列席|参会";
  for (const m of s.p.matchAll(R`(?<subj>${LIST_S})(?<gap>{GAP}{0,12}?)(?:一同|共同|一起)?(?:${verbs})了?(?<obj>{M})?`)) {
    const subj = unitsIn(s.enc, m.groups!.subj, m.index!);
    const objU = m.groups!.obj ? s.enc.unitAt(m.index! + m[0].length - 1) : undefined;
    const meeting = objU ? s.meetingsOf(objU, s.dateOf(m.index!))[0] : s.context.meeting;
    for (const u of subj) s.attendTo(u, meeting, s.enc.indexOf(u.start), m.index! + m[0].length);
  }
  // A、B、C相关负责人,各区分管负责同志和D局长参加会议: every body sent to it by its unnamed
  // representative earlier in the sentence, however long the list between.
  for (const m of s.p.matchAll(R`(?:应邀|均|也|还|亦|共同)?(?:${verbs}|参与|到场)了?(?<obj>{M})?`)) {
    const objU = m.groups!.obj ? s.enc.unitAt(m.index! + m[0].length - 1) : undefined;
    const meeting = objU ? s.meetingsOf(objU, s.dateOf(m.index!))[0] : s.context.meeting;
    if (!meeting) continue;
    // The people and bodies listed before the verb, back to the clause that says something else:
    // 孟庆华,人社局科长高书文,吕文静,以及5家企业负责人应邀出席.
    let listed = false;
    for (let i = m.index! - 1; i >= 0; i--) {
      if (/[。;:]/.test(s.p[i])) break;
      const u = s.enc.unitAt(i);
      if (!u) {
        if (/召开|主持|举行|举办|合办|主办|承办|协办|表示|介绍|要求|指出|强调|通报|汇报|发言|讲话|致辞|陪同|带领|率领|带队|宣读|签订/.test(s.p.slice(i, i + 2))) break;
        continue;
      }
      if (u.kind === "P" || (u.kind === "A" && (u.data.representative || listed))) {
        s.attendTo(u, meeting, i, m.index! + m[0].length);
        listed = true;
      } else if (u.kind !== "L" && u.kind !== "A") break;
      // A、B、C相关负责人: the representatives of every body in the list.
      if (u.kind === "A" && u.data.representative) {
        for (let j = i - 1; j >= 1 && /[、和及与]/.test(s.p[j]); j -= 2) {
          const before = s.enc.unitAt(j - 1);
          if (before?.kind !== "A") break;
          s.attendTo(before, meeting, j - 1, m.index! + m[0].length);
        }
      }
    }
  }
  // Dropped subject: 随后参加M.
  for (const m of s.p.matchAll(R`(?:^|[,;])(?:随后|随即|还|又|并|也)*(?:${verbs})了?(?<obj>{M})`)) {
    const objAt = m.index! + m[0].length - 1;
    const subject = s.subjectAt(objAt);
    const meeting = s.meetingsOf(s.enc.unitAt(objAt)!, s.dateOf(objAt))[0];
    for (const u of subject.units) s.attendTo(u, meeting, m.index! + 1, objAt + 1);
  }
  // 陪同(检查)的(还)有 A、B和C / A、B陪同
  for (const m of s.p.matchAll(R`陪同{GAP}{0,4}?的?(?:还|也)?有(?<subj>${LIST_S})`)) {
    const at = m.index! + m[0].length - m.groups!.subj.length;
    for (const u of unitsIn(s.enc, m.groups!.subj, at)) s.attendTo(u, s.context.meeting, m.index!, s.enc.indexOf(u.start) + 1);
  }
  for (const m of s.p.matchAll(R`(?<subj>${LIST_S})(?:等|等人)?(?:一同|一起)?陪同`)) {
    for (const u of unitsIn(s.enc, m.groups!.subj, m.index!)) s.attendTo(u, s.meetingBefore(m.index!), m.index!, m.index! + m[0].length);
  }
  // 在A及B陪同下: going along on the tour in progress.
  for (const m of s.p.matchAll(R`在(?<subj>${LIST_S})(?:的)?陪同下`)) {
    for (const u of unitsIn(s.enc, m.groups!.subj, m.index! + 1)) s.attendTo(u, s.meetingBefore(m.index!), m.index!, m.index! + m[0].length);
  }
  // P出席由A举办的M.
  for (const m of s.p.matchAll(R`(?<subj>${LIST_S})(?<gap>{GAP}{0,12}?)(?:出席|参加)了?由(?:{S}|{GAP}){1,20}?(?:举办|主办|召开|举行|组织)的(?<obj>{M})`)) {
    const objAt = m.index! + m[0].length - 1;
    const [meeting] = s.meetingsOf(s.enc.unitAt(objAt)!, s.dateOf(objAt));
    for (const u of unitsIn(s.enc, m.groups!.subj, m.index!)) s.attendTo(u, meeting, m.index!, objAt + 1);
  }
  // P出席了在某处举行的M.
  for (const m of s.p.matchAll(R`(?<subj>${LIST_S})(?<gap>{GAP}{0,12}?)(?:出席|参加)了?在{GAP}{1,16}?(?:举行|召开|举办)的(?<obj>{M})`)) {
    const objAt = m.index! + m[0].length - 1;
    const [meeting] = s.meetingsOf(s.enc.unitAt(objAt)!, s.dateOf(objAt));
    for (const u of unitsIn(s.enc, m.groups!.subj, m.index!)) s.attendTo(u, meeting, m.index!, objAt + 1);
  }
  // 由该校校长X陪同参观; X一同督查, X一同视察: going along on the tour in progress.
  for (const m of s.p.matchAll(R`由(?<subj>${LIST_S})陪同`)) {
    for (const u of unitsIn(s.enc, m.groups!.subj, m.index! + 1)) s.attendTo(u, s.meetingBefore(m.index!), m.index!, m.index! + m[0].length);
  }
  for (const m of s.p.matchAll(R`(?<subj>${LIST_S})(?:等|等人)?(?:一同|一起|共同|随同)(?:${TOUR_ALT}|到场|前往)`)) {
    for (const u of unitsIn(s.enc, m.groups!.subj, m.index!)) s.attendTo(u, s.meetingBefore(m.index!), m.index!, m.index! + m[0].length);
  }
  // 在刘嘉树主持的专题会上: the one of the meetings of that name this person chaired.
  for (const m of s.p.matchAll(R`在(?<p>{P})主持的(?<obj>{M})(?:上|中)`)) {
    const chair = s.entityOf(s.enc.unitAt(m.index! + 1)!);
    const noun = s.enc.unitAt(m.index! + m[0].length - 2)!.data.meeting!.noun;
    const meeting = chair && s.r.meetingChairedBy(chair, noun);
    if (meeting) s.setMeeting(meeting, m.index!);
  }
  // P在M上(讲话): taking part by speaking there.
  for (const m of s.p.matchAll(R`(?<subj>${LIST_S}){GAP}{0,6}?在(?<obj>{M})(?:上|中|现场)`)) {
    const objAt = m.index! + m[0].length - 2;
    const meeting = s.meetingsOf(s.enc.unitAt(objAt)!, s.dateOf(m.index!))[0];
    for (const u of unitsIn(s.enc, m.groups!.subj, m.index!)) s.attendTo(u, meeting, m.index!, m.index! + m[0].length);
  }
}

/** In a meeting's paragraph, a named subject who speaks or reports there attended it. */
export function speech(s: SentenceReader) {
  const starts = s.clauseStarts();
  starts.forEach((start, k) => {
    const subj = s.explicitSubject(start);
    const meeting = s.meetingBefore(start);
    if (!subj.length || !meeting) return;
    const end = k + 1 < starts.length ? starts[k + 1] - 1 : s.p.length;
    const clause = s.p.slice(start, end);
    // The subject speaks, reports or is there: the verb close after it (P传达了…, P就…作了说明, P向P介绍).
    const lastSubject = subj[subj.length - 1];
    const afterSubject = clause.slice(s.enc.indexOf(lastSubject.start) - start + 1);
    const verb = SPEAKING.exec(afterSubject) ?? PRESENT.exec(afterSubject);
    if (!verb) return;
    const before = afterSubject.slice(0, verb.index);
    if (before.length > 16 && !/^[^,]*就/.test(before)) return;
    if (/(主持|召开|召集|举行|参加|出席|陪同|印发|将|要求)/.test(before)) return;
    for (const u of subj) {
      const e = s.entityOf(u);
      if (e && !s.r.has(e, "attended", meeting)) s.attendTo(u, meeting, start, start + clause.length);
    }
  });
}
