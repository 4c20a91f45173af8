// Documents: who issued them; an untold issuer is the article's own body, inferred.
import { LIST_S } from "../patterns";
import { type SentenceReader } from "../sentence";
import { R, unitsIn } from "../units";

export function issue(s: SentenceReader) {
  // Most sentences hold none of these words: skip the rules at once.
  if (!/印发|下发|发布|发出|制定|制订|编制|出台/.test(s.p)) return;
  const verbs = "印发|下发|发布|发出|制定|制订|编制|出台";
  for (const m of s.p.matchAll(R`(?:(?<subj>${LIST_S})(?<gap>{GAP}{0,24}?))?(?<verb>${verbs})(?:了|的)?(?:{GAP}{0,6}?的)?(?<objs>{D}(?:(?:、|和|及|以及|与)?{D})*)`)) {
    const objsAt = m.index! + m[0].length - m.groups!.objs.length;
    const date = s.dateOf(m.index!);
    let subj = m.groups!.subj ? unitsIn(s.enc, m.groups!.subj, m.index!) : [];
    // 省防指将响应提升至三级,并发布《…》: a body named before keeps acting after 并.
    if (!subj.length && /[,](?:并|并且|同时|随即|还)?$/.test(s.p.slice(Math.max(0, m.index! - 3), m.index!)) && /^(?:并|并且|同时|随即)/.test(s.p.slice(m.index!))) {
      subj = s.subjectAt(m.index!).units.filter((u) => u.kind === "A");
    }
    const issuers = s.entities(subj).filter((e) => e.type === "agency" || e.type === "official");
    const verbAt = objsAt - m.groups!.verb.length - (/(了|的)$/.test(s.p.slice(m.index!, objsAt)) ? 1 : 0);
    for (const u of unitsIn(s.enc, m.groups!.objs, objsAt)) {
      const notice = s.entityOf(u);
      const to = s.enc.indexOf(u.start) + 1;
      if (issuers.length) for (const e of issuers) s.r.link(e, "issued", notice, s.evidence(m.index!, to), { date });
      else s.r.link(s.r.mainAgency(), "issued", notice, s.evidence(Math.max(m.index!, verbAt), to), { date, inferred: true });
      // 同日,会同A、B联合下发《…》: the dropped subject, the article's own body, issues it with them.
      // The subject of the clause before, when there is one (县教体局…,并会同县公安局制定).
      if (issuers.length && /(?:^|[,;])(?:同日|当日|随后|同时|并)?(?:会同|联合|协同)$/.test(s.p.slice(Math.max(0, m.index! - 6), m.index!))) {
        const before = s.subjectAt(m.index! - 2).units.filter((u) => u.kind === "A").map((u) => s.entityOf(u)).filter((e) => e && !issuers.includes(e));
        if (before.length) for (const e of before) s.r.link(e, "issued", notice, s.evidence(m.index!, to), { date });
        else s.r.link(s.r.mainAgency(), "issued", notice, s.evidence(m.index!, to), { date, inferred: true });
      }
    }
  }
}
