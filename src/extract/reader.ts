// Stages 4 to 6 for one article: entities from mentions, relations from the
// sentence rules, and the Extraction handed to the graph builder.
import type { NodeType, Relation, SourceDoc } from "../graph/contract";
import type { Analysis, ParagraphMentions, Reference } from "./analyse";
import { dateAt } from "./dates";
import { sentences } from "./document";
import { buildOrgIndex, type Entity } from "./entities";
import { debug } from "./extract";
import { FUSED_POSTS, LEADER_HEADS, MEMBER_POSTS, POST_BODY_ENDINGS } from "./lexicon/posts";
import { MEETING_NOUNS } from "./lexicon/events";
import type { MeetingMention } from "./mentions/meetings";
import type { OfficialPhrase } from "./mentions/officials";
import type { PostMention } from "./mentions/people";
import { simplify } from "./script";
import { REPRESENTATIVE } from "./patterns";
import { WordIndex } from "./scan";
import { SentenceReader, type U } from "./sentence";
import type { ExtractedEntity, ExtractedRelation, Extraction, TextRange } from "./types";
import { encode } from "./units";

function byStart<T extends { start: number }>(a: T, b: T) {
  return a.start - b.start;
}

/** Words before a body that make it a place gone to, not the one acting (到某校, 赴某局, 视察某院). */
const GONE_TO = /(到|赴|在|来到|深入|走进|走访|看望|慰问|视察|考察|调研|检查)$/;

export class Reader {
  private readonly text: string;
  private readonly view: string;
  private readonly entities: Entity[] = [];
  private readonly relations: ExtractedRelation[] = [];
  private readonly relationKeys = new Set<string>();
  private readonly orgIndex;
  private readonly persons = new Map<string, Entity>();
  private readonly places = new Map<string, Entity>();
  private readonly notices = new Map<string, Entity>();
  private readonly groupsBySuffix: Entity[] = [];
  private readonly meetingOfMention = new Map<number, Entity[]>();
  /** Meetings the text says were held (召开, 举行): nodes even with no one named around them. */
  private readonly heldMeetings = new Set<Entity>();
  private readonly chairs = new Map<Entity, Set<Entity>>();
  private readonly dispatcherOf = new Map<Entity, Entity>();
  private readonly leaderOf = new Map<Entity, Entity>();
  private readonly formRange = new Map<Entity, Map<string, TextRange>>();
  /** The entities in `entities`, for a constant-time check. */
  private readonly listed = new Set<Entity>();
  /** Meetings by each of their forms and their date, so that naming a meeting again is no scan over every entity. */
  private readonly meetingsByForm = new Map<string, Entity[]>();
  private mainOrg: Entity | undefined;
  /** The body the article is by or about, named as the headline's subject (我校, 本院 stand for it). */
  private authorOrg: Entity | undefined;
  private lastPerson: Entity | undefined;
  private lastGroup: Entity | undefined;
  private nextId = 0;

  constructor(
    private readonly doc: SourceDoc,
    private readonly a: Analysis,
  ) {
    this.text = doc.text;
    this.view = a.view;
    const subject = this.headlineSubject();
    const mainForm = subject ?? this.leadOrgForm() ?? this.mostFrequentOrgForm();
    this.orgIndex = buildOrgIndex(a, () => subject);
    for (const e of this.orgIndex.entities) this.add(e);
    this.authorOrg = subject ? this.orgIndex.byForm(subject) : undefined;
    this.mainOrg = mainForm ? this.orgIndex.byForm(mainForm) : undefined;
    // 西藏农牧学院代表团来我校交流: the headline's body is the guest; 我校 is the author, another body.
    const host = this.hostInHeadline() ?? (this.authorOrg ? undefined : this.orgIndex.host);
    if (host) this.authorOrg = host;
  }

  /** The body behind 我校 (我院, 我局…) when the headline has someone come to it. */
  private hostInHeadline(): Entity | undefined {
    const headline = this.a.byParagraph.find((p) => p.paragraph.kind === "headline");
    if (!headline) return undefined;
    // 来我校交流 (a guest comes), or 我院医疗队驰援… (the institution's own news).
    const m = /(?:我|本)([校院局厅委所])/.exec(this.view.slice(headline.paragraph.start, headline.paragraph.end));
    if (!m) return undefined;
    const guests = new Set(headline.orgs.map((o) => this.orgIndex.entityOf(o.start, o.end)));
    const kinds: Record<string, (e: Entity) => boolean> = {
      校: (e) => e.type === "university" || e.type === "school",
      院: (e) => e.type === "hospital" || e.type === "university" || e.forms[0].endsWith("院"),
    };
    const fits = kinds[m[1]] ?? ((e: Entity) => e.type === "agency" && e.forms[0].endsWith(m[1]));
    // 我院医疗队… with no guest: the body the article opens with, when it is of that kind.
    const guest = /(?:来|到|莅临|走进|访问|考察|调研|参观|来访)(?:我|本)[校院局厅委所]/.test(this.view.slice(headline.paragraph.start, headline.paragraph.end));
    if (!guest) {
      const own = this.orgIndex.host ?? (this.mainOrg && fits(this.mainOrg) ? this.mainOrg : undefined);
      if (own) return own;
    }
    const count = new Map<Entity, number>();
    for (const pm of this.a.byParagraph) {
      for (const o of pm.orgs) {
        const e = this.orgIndex.entityOf(o.start, o.end);
        if (e && !guests.has(e) && fits(e)) count.set(e, (count.get(e) ?? 0) + 1);
      }
    }
    return [...count].sort((x, y) => y[1] - x[1])[0]?.[0];
  }

  /** The body the headline is about: one it names as its subject, not as a place gone to. */
  private headlineSubject(): string | undefined {
    const headline = this.a.byParagraph.find((p) => p.paragraph.kind === "headline");
    const org = headline?.orgs.find((o) => o.type !== "group");
    if (!org) return undefined;
    const before = this.view.slice(Math.max(headline!.paragraph.start, org.start - 2), org.start);
    return GONE_TO.test(before) ? undefined : org.text;
  }

  /** The body the opening sentence starts with (南充市中院院长王建平带队…): whose news it is. */
  private leadOrgForm(): string | undefined {
    const lead = this.a.byParagraph.find((p) => p.paragraph.kind === "body");
    if (!lead) return undefined;
    const end = this.view.indexOf("。", lead.paragraph.start);
    const sentenceEnd = end < 0 || end > lead.paragraph.end ? lead.paragraph.end : end;
    const candidates = [...lead.orgs.filter((o) => o.type !== "group"), ...lead.officials.flatMap((ph) => ph.posts.flatMap((p) => (p.org ? [p.org] : [])))];
    const first = candidates.filter((o) => o.start < sentenceEnd).sort((x, y) => x.start - y.start)[0];
    // Only when it opens the sentence as its subject: a body gone to, or whose notice was received, is not the author.
    if (!first) return undefined;
    const before = this.view.slice(Math.max(lead.paragraph.start, first.start - 2), first.start);
    if (GONE_TO.test(before) || /(前往|接到|收到|根据|按照|受|经)$/.test(before)) return undefined;
    return first.text;
  }

  private mostFrequentOrgForm(): string | undefined {
    const count = new Map<string, number>();
    for (const pm of this.a.byParagraph) for (const o of pm.orgs) if (o.type !== "group") count.set(o.text, (count.get(o.text) ?? 0) + 1);
    return [...count].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length)[0]?.[0];
  }

  private add(e: Entity): Entity {
    e.id ||= `e${this.nextId++}`;
    if (!this.listed.has(e)) {
      this.listed.add(e);
      this.entities.push(e);
    }
    return e;
  }

  private newEntity(type: NodeType, form: string, range: TextRange, date?: string | null): Entity {
    const e = this.add({ id: "", type, forms: [form], mentions: [range], standalone: true, titles: [] });
    if (date) e.date = date;
    if (type === "meeting") this.indexMeetingForm(e, form);
    this.rememberForm(e, form, range);
    return e;
  }

  private rememberForm(e: Entity, form: string, range: TextRange) {
    if (!this.formRange.has(e)) this.formRange.set(e, new Map());
    const m = this.formRange.get(e)!;
    if (!m.has(form)) m.set(form, range);
  }

  // ---- entities of each kind -------------------------------------------------

  private person(phrase: OfficialPhrase): Entity {
    const name = phrase.name.text;
    let e = this.persons.get(name);
    const range = { start: phrase.name.start, end: phrase.name.end };
    if (!e) {
      e = this.newEntity("official", name, range);
      this.persons.set(name, e);
    } else e.mentions.push(range);
    for (const p of phrase.posts) {
      const title = this.text.slice(p.start, p.end);
      if (!e.titles.includes(title)) e.titles.push(title);
    }
    return e;
  }

  private place(text: string, range: TextRange): Entity {
    // 河南省 and 河南 are one place, labelled by the name without its suffix.
    const key = text.replace(/(特别行政区|自治区|省|市)$/, "");
    const keyRange = { start: range.start, end: range.start + key.length };
    let e = this.places.get(key);
    if (!e) {
      e = this.newEntity("place", key, keyRange);
      this.places.set(key, e);
    } else e.mentions.push(range);
    if (!e.forms.includes(text)) e.forms.push(text);
    this.rememberForm(e, text, range);
    return e;
  }

  private notice(text: string, range: TextRange, date: string | null): Entity {
    let e = this.notices.get(text);
    if (!e) {
      e = this.newEntity("notice", text, range, date);
      this.notices.set(text, e);
    } else e.mentions.push(range);
    return e;
  }

  private groupReference(ref: Reference): Entity {
    const word = ref.text;
    const named = this.orgIndex.entities.filter((g) => g.type === "group" && g.forms.some((f) => f.endsWith(word)));
    const before = named.filter((g) => g.mentions.some((m) => m.start < ref.start));
    const antecedent = before.length ? before[before.length - 1] : named[0] ?? [...this.groupsBySuffix].reverse().find((g) => g.forms.some((f) => f.endsWith(word)));
    if (antecedent) return antecedent;
    // The only name this team has.
    const e = this.newEntity("group", word, { start: ref.start, end: ref.end });
    this.groupsBySuffix.push(e);
    return e;
  }

  private orgReference(ref: Reference, before: number): Entity | undefined {
    const endings = ref.endings ?? [];
    const fits = (e: Entity) => e.forms.some((f) => endings.some((x) => f.endsWith(x)));
    if (/^(我|本|全)/.test(ref.text) || ref.text.length === 2 && !/^该/.test(ref.text)) {
      const own = this.authorOrg ?? this.mainOrg;
      if (own && fits(own)) return own;
      const all = this.orgIndex.entities.filter(fits);
      return all.length === 1 ? all[0] : undefined;
    }
    // 该局: the body of that kind the text is about (named most often before), the latest on a tie.
    let best: { e: Entity; count: number; at: number } | undefined;
    for (const e of this.orgIndex.entities) {
      if (!fits(e)) continue;
      const earlier = e.mentions.filter((m) => m.end <= before);
      if (!earlier.length) continue;
      const at = Math.max(...earlier.map((m) => m.start));
      if (!best || earlier.length > best.count || (earlier.length === best.count && at > best.at)) best = { e, count: earlier.length, at };
    }
    return best?.e;
  }

  // ---- relations ---------------------------------------------------------------

  private relate(source: Entity | undefined, relation: Relation, target: Entity | undefined, evidence: TextRange, extra: { date?: string | null; title?: string; inferred?: boolean } = {}) {
    if (!source || !target || source === target) return;
    const key = `${source.id}|${relation}|${target.id}|${extra.date ?? ""}`;
    if (this.relationKeys.has(key)) return;
    this.relationKeys.add(key);
    this.triples.add(`${source.id}|${relation}|${target.id}`);
    const r: ExtractedRelation = { source: source.id, target: target.id, relation, evidence: [evidence] };
    if (extra.date) r.date = extra.date;
    if (extra.title) r.title = extra.title;
    if (extra.inferred) r.inferred = true;
    this.relations.push(r);
    if (relation === "chaired") {
      if (!this.chairs.has(target)) this.chairs.set(target, new Set());
      this.chairs.get(target)!.add(source);
    }
  }

  private readonly triples = new Set<string>();

  private hasRelation(source: Entity, relation: Relation, target: Entity) {
    return this.triples.has(`${source.id}|${relation}|${target.id}`);
  }

  read(): Extraction {
    const units = this.a.byParagraph.map((pm) => this.unitsOf(pm));
    this.postsAndRoles(units);
    let context: { meeting?: Entity; tourOf: Map<Entity, Entity> } = { tourOf: new Map() };
    let previousDate: string | null = null;
    for (let k = 0; k < this.a.byParagraph.length; k++) {
      const pm = this.a.byParagraph[k];
      const date = dateAt(pm.dates, pm.paragraph.start);
      const continues = pm.paragraph.kind === "body" && date === previousDate && k > 0;
      if (!continues || pm.paragraph.kind === "headline") context = { tourOf: new Map() };
      if (pm.paragraph.kind === "body") previousDate = pm.dates.last;
      for (const s of sentences(this.view, pm.paragraph)) this.readSentence(pm, units[k], s, context);
    }
    this.mergeHeadlineMeetings();
    this.nameToursByLaterWords();
    this.mentionsInTitles();
    return this.output();
  }

  /** Units of a paragraph: officials, bodies, teams, meetings, documents, places, references. */
  private unitsOf(pm: ParagraphMentions): U[] {
    const list: U[] = [];
    for (const ph of pm.officials) list.push({ kind: "P", start: ph.start, end: ph.end, data: { entity: this.person(ph), phrase: ph } });
    for (const o of pm.orgs) {
      const e = this.orgIndex.entityOf(o.start, o.end);
      let end = o.bracketAlias ? o.bracketAlias.outerEnd : o.end;
      const rep = REPRESENTATIVE.exec(this.view.slice(end, end + 20));
      if (rep) end += rep[0].length;
      if (!e) list.push({ kind: "X", start: o.start, end, data: {} });
      else if (e.type === "group") {
        if (!this.groupsBySuffix.includes(e)) this.groupsBySuffix.push(e);
        list.push({ kind: "G", start: o.start, end, data: { entity: e } });
      } else list.push({ kind: "A", start: o.start, end, data: { entity: e, representative: Boolean(rep) } });
    }
    for (const m of pm.meetings) if (!m.referred) list.push({ kind: "M", start: m.start, end: m.end, data: { meeting: m } });
    for (const t of pm.titles) {
      const date = dateAt(pm.dates, t.outerStart);
      if (t.isDocument) list.push({ kind: "D", start: t.outerStart, end: t.outerEnd, data: { entity: this.notice(t.text, { start: t.start, end: t.end }, pm.paragraph.kind === "body" ? date : null) } });
      else list.push({ kind: "X", start: t.outerStart, end: t.outerEnd, data: {} });
    }
    for (const p of pm.places) list.push({ kind: "L", start: p.start, end: p.end, data: { entity: this.place(p.text, { start: p.start, end: p.end }) } });
    for (const r of pm.references) {
      if (r.kind === "person") list.push({ kind: "P", start: r.start, end: r.end, data: { pending: "person" } });
      else if (r.kind === "group") list.push({ kind: "G", start: r.start, end: r.end, data: { entity: this.groupReference(r) } });
      else {
        const e = this.orgReference(r, r.start);
        if (e) list.push({ kind: e.type === "group" ? "G" : "A", start: r.start, end: r.end, data: { entity: e } });
      }
    }
    for (const post of pm.loosePosts) {
      const who = this.bearerOf(post);
      if (who) list.push({ kind: "P", start: post.start, end: post.end, data: { entity: who } });
    }
    list.sort((x, y) => x.start - y.start || y.end - x.end);
    const kept: U[] = [];
    for (const u of list) if (!kept.length || u.start >= kept[kept.length - 1].end) kept.push(u);
    return kept;
  }

  /** A bare post standing for the one person who holds it (司长 → 政务司司长张建宗). */
  private bearerOf(post: PostMention): Entity | undefined {
    const before = this.view.slice(Math.max(0, post.start - 2), post.start);
    if (/(为|任|兼任|副)$/.test(before) || LEADER_HEADS.includes(post.text) || MEMBER_POSTS.includes(post.text)) return undefined;
    const holders = [...this.persons.values()].filter((p) => p.titles.some((t) => simplify(t).endsWith(post.text)));
    return holders.length === 1 ? holders[0] : undefined;
  }

  // ---- posts: holds_post, leads and member_of from titles ---------------------------

  private postsAndRoles(units: U[][]) {
    for (const list of units) {
      list.forEach((u, k) => {
        const ph = u.data.phrase;
        if (!ph || !u.data.entity) return;
        const person = u.data.entity;
        const byBody = new Map<Entity, string[]>();
        // 该校校长X, 本院副院长X: a short reference right before the post names its body.
        const before = list[k - 1];
        let referred = before && before.end === ph.start && before.kind === "A" && !before.data.phrase ? before.data.entity : undefined;
        // 到某小学视察…与校长X交流, 在县人民医院,院长刘洋介绍: a 校长 or 院长 with no body of
        // their own is at the school or hospital named last before them in the paragraph.
        const head = ph.posts[0]?.head;
        if (!referred && head && ["校长", "院长", "园长", "庭长"].includes(head) && !ph.posts[0].org) {
          const endings = POST_BODY_ENDINGS[head];
          for (let j = k - 1; j >= 0 && !referred; j--) {
            const e = list[j].kind === "A" && !list[j].data.phrase ? list[j].data.entity : undefined;
            if (e && (e.type !== "agency" || head === "庭长") && e.forms.some((f) => endings.some((x) => f.endsWith(x)))) referred = e;
          }
        }
        // 教育局常任秘书长X及副秘书长Y: the deputy of the post just named is at the same body.
        const prev = list[k - 1];
        const prevPosts = prev?.data.phrase?.posts ?? [];
        if (!referred && ph.posts[0] && !ph.posts[0].org && prevPosts[0]?.org && prevPosts[prevPosts.length - 1].head === ph.posts[0].head && /^(、|及|和|以及)$/.test(this.view.slice(prev!.end, ph.start))) {
          const endings = POST_BODY_ENDINGS[ph.posts[0].head];
          const body = this.orgIndex.entityOf(prevPosts[0].org.start, prevPosts[0].org.end);
          if (body && (!endings || body.forms.some((f) => endings.some((x) => f.endsWith(x))))) referred = body;
        }
        let previous: Entity | undefined;
        ph.posts.forEach((post, n) => {
          const title = this.text.slice(post.start, post.end);
          const written = post.org ? this.orgIndex.entityOf(post.org.start, post.org.end) : n === 0 ? referred : undefined;
          // 院长、党委副书记: a post in a chain without a body of its own is at the body before it.
          let inherited = !written && previous && previous.type !== "group" && !/领导小组|领导组|指挥部/.test(previous.forms[0]) ? previous : undefined;
          // 党委常委、常务副主席: a post whose head names another kind of body goes to that body.
          const endings = POST_BODY_ENDINGS[post.head];
          if (inherited && endings && !inherited.forms.some((f) => endings.some((x) => f.endsWith(x)))) inherited = this.uniqueBody(endings) ?? inherited;
          const body = inherited ?? this.bodyOfPost(post.text, post.head, written, post.org !== undefined || Boolean(written), person);
          if (body) previous = body;
          if (!body) return;
          const evidence = { start: ph.start, end: ph.name.end };
          if (body.type === "group" || /领导小组|领导组|指挥部/.test(body.forms[0])) {
            if (LEADER_HEADS.includes(post.text)) this.relate(person, "leads", body, evidence);
            else if (MEMBER_POSTS.includes(post.text) || post.text.startsWith("副")) this.relate(person, "member_of", body, evidence);
            return;
          }
          if (!byBody.has(body)) byBody.set(body, []);
          byBody.get(body)!.push(title);
        });
        for (const [body, titles] of byBody) {
          this.relate(person, "holds_post", body, { start: referred ? before.start : ph.start, end: ph.name.end }, { title: titles.join("、") });
        }
      });
    }
  }

  /** The body a post belongs to: the one written before it, or the one its head word implies. */
  private bodyOfPost(post: string, head: string, written: Entity | undefined, hasWritten: boolean, person?: Entity): Entity | undefined {
    if (hasWritten) return written;
    // 王建平院长 after 市中院党组书记、院长王建平: the body the person was given that post at.
    if (person) {
      const given = this.relations.find((r) => r.source === person.id && r.relation === "holds_post" && r.title && simplify(r.title).split("、").some((t) => t === post || t.endsWith(post)));
      if (given) return this.entities.find((e) => e.id === given.target);
    }
    // 江凌部长 after 宣传部长江凌: the bare post is the one the person was given in full.
    const fullTitle = person?.titles.map((t) => simplify(t)).find((t) => t !== post && t.endsWith(post) && FUSED_POSTS[t] !== undefined);
    if (fullTitle) return FUSED_POSTS[fullTitle] ? this.orgIndex.byForm(FUSED_POSTS[fullTitle]!) : undefined;
    const fused = FUSED_POSTS[post];
    if (fused !== undefined) return fused ? this.orgIndex.byForm(fused) ?? this.orgIndex.entities.find((e) => e.forms.some((f) => f.endsWith(fused))) : undefined;
    // 厅党组书记: the body's one-character name before the party prefix.
    const bodyChar = /^([厅局院校委部办])(?=党组|党委)/.exec(post)?.[1];
    if (bodyChar) {
      const endings = [bodyChar === "院" ? "医院" : bodyChar, bodyChar];
      const own = this.authorOrg ?? this.mainOrg;
      return this.uniqueBody(endings) ?? (own && endings.some((x) => own.forms[0].endsWith(x)) ? own : undefined);
    }
    const own = this.authorOrg;
    const institution = own && ["hospital", "university", "school"].includes(own.type) ? own : undefined;
    // 党委书记, 党委常委, 党委副书记: the party committee of the body that wrote the article.
    if (/^(党委|党组|党总支|党支部)/.test(post)) return institution;
    const endings = POST_BODY_ENDINGS[head];
    if (!endings) return /书记/.test(head) ? institution : undefined;
    if (institution && ["院长", "校长", "园长"].includes(head) && endings.some((x) => institution.forms.some((f) => f.endsWith(x)))) return institution;
    const unique = this.uniqueBody(endings);
    if (unique) return unique;
    // Several bodies of the kind: the one the article is about (副厅长 in a 厅's own report).
    const main = this.authorOrg ?? this.mainOrg;
    return main && endings.some((x) => main.forms[0].endsWith(x)) ? main : undefined;
  }

  private uniqueBody(endings: string[]): Entity | undefined {
    for (const ending of endings) {
      const found = this.orgIndex.entities.filter((e) => e.type !== "group" && e.forms.some((f) => f.endsWith(ending)));
      if (found.length === 1) return found[0];
      if (found.length > 1) return undefined;
    }
    return undefined;
  }

  // ---- sentences ----------------------------------------------------------------

  private readSentence(pm: ParagraphMentions, units: U[], s: { start: number; end: number }, context: { meeting?: Entity; tourOf: Map<Entity, Entity> }) {
    const enc = encode(this.view, s.start, s.end, unitsWithin(units, s.start, s.end));
    const dateOf = (patternIndex: number) => (pm.paragraph.kind === "headline" ? null : dateAt(pm.dates, enc.offsets[patternIndex] ?? s.start));
    const evidence = (from: number, to: number): TextRange => ({
      start: enc.offsets[from] ?? s.start,
      end: to >= enc.pattern.length ? s.end : (enc.unitAt(to - 1)?.end ?? (enc.offsets[to - 1] ?? s.end - 1) + 1),
    });
    const reader = new SentenceReader(this, enc, context, dateOf, evidence, pm);
    if (debug) debug(enc.pattern.replace(/[\ue000-\uedff]/g, (ch) => { const u = enc.unitAt(0 + enc.pattern.indexOf(ch)); return `[${u?.kind}:${this.view.slice(u!.start, u!.end)}]`; }));
    reader.run();
  }

  // Accessors for the sentence reader.
  meetingFor(mention: MeetingMention, date: string | null, copies = 1): Entity[] {
    let list = this.meetingOfMention.get(mention.start);
    if (!list) list = [];
    while (list.length < copies) {
      const e = this.newEntity("meeting", mention.text, { start: mention.start, end: mention.end }, date);
      list.push(e);
    }
    this.meetingOfMention.set(mention.start, list);
    // Bodies named inside the meeting's name organise it (省政府常务会议).
    for (const e of list) this.organiserFromName(e, mention);
    return list.slice(0, copies);
  }

  meetingChairedBy(chair: Entity, noun: string): Entity | undefined {
    return [...this.chairs].filter(([m, people]) => people.has(chair) && m.forms.some((f) => f.endsWith(noun))).map(([m]) => m).pop();
  }

  addForm(meeting: Entity, form: string) {
    if (!meeting.forms.includes(form)) {
      meeting.forms.push(form);
      this.indexMeetingForm(meeting, form);
    }
  }
  /** Meetings are listed under each form and date in the order they were made (their ids count up). */
  private indexMeetingForm(meeting: Entity, form: string) {
    const key = `${form}|${meeting.date ?? ""}`;
    const list = this.meetingsByForm.get(key);
    if (!list) return void this.meetingsByForm.set(key, [meeting]);
    const order = (e: Entity) => Number(e.id.slice(1));
    let at = list.length;
    while (at > 0 && order(list[at - 1]) > order(meeting)) at--;
    if (list[at - 1] !== meeting) list.splice(at, 0, meeting);
  }
  /** The first meeting (in the order entities were made) with this form and date. */
  meetingByForm(form: string, date: string | null): Entity | undefined {
    return this.meetingsByForm.get(`${form}|${date ?? ""}`)?.find((e) => e.forms.includes(form) && (e.date ?? null) === date && this.meetingOfMention.has(e.mentions[0].start));
  }

  markHeld(meetings: Entity[]) {
    for (const m of meetings) this.heldMeetings.add(m);
  }

  private readonly tourMeetings = new Set<Entity>();
  isTour(meeting: Entity): boolean {
    return this.tourMeetings.has(meeting);
  }

  tourMeeting(form: string, range: TextRange, date: string | null): Entity {
    const tour = this.newEntity("meeting", form, range, date);
    this.tourMeetings.add(tour);
    return tour;
  }

  private organiserFromName(meeting: Entity, mention: MeetingMention) {
    // Only the mention's own paragraph can hold bodies inside its name.
    const pm = paragraphAt(this.a.byParagraph, mention.start);
    if (pm) {
      for (const o of pm.nestedOrgs) {
        if (o.start < mention.start || o.end > mention.end) continue;
        const e = this.orgIndex.entityOf(o.start, o.end);
        if (e && e.type === "agency") this.relate(e, "organized", meeting, { start: mention.start, end: mention.end }, { date: meeting.date });
      }
    }
  }

  chairsOf(meeting: Entity) {
    return this.chairs.get(meeting) ?? new Set<Entity>();
  }
  resolvePerson(): Entity | undefined {
    return this.lastPerson;
  }
  noteSubject(e: Entity | undefined) {
    if (e?.type === "official") this.lastPerson = e;
  }
  noteGroup(e: Entity | undefined) {
    if (e?.type === "group") this.lastGroup = e;
  }
  currentGroup() {
    return this.lastGroup;
  }
  mainAgency(): Entity | undefined {
    return this.mainOrg?.type === "agency" ? this.mainOrg : undefined;
  }
  setDispatcher(group: Entity, by: Entity) {
    if (!this.dispatcherOf.has(group)) this.dispatcherOf.set(group, by);
  }
  dispatcher(group: Entity) {
    return this.dispatcherOf.get(group);
  }
  setLeader(group: Entity, p: Entity) {
    this.leaderOf.set(group, p);
  }
  /** The leading group or command centre named last before a position (领导小组下设办公室…兼任办公室主任). */
  leadingGroupBefore(pos: number): Entity | undefined {
    let best: { e: Entity; at: number } | undefined;
    for (const e of this.orgIndex.entities) {
      if (!/领导小组|领导组|指挥部|工作专班/.test(e.forms[0])) continue;
      for (const m of e.mentions) if (m.start < pos && (!best || m.start > best.at)) best = { e, at: m.start };
    }
    return best?.e;
  }

  teamLedBy(p: Entity): Entity | undefined {
    for (const [group, leader] of this.leaderOf) if (leader === p) return group;
    return undefined;
  }
  leader(group: Entity) {
    return this.leaderOf.get(group);
  }
  link(source: Entity | undefined, relation: Relation, target: Entity | undefined, evidence: TextRange, extra: { date?: string | null; title?: string; inferred?: boolean } = {}) {
    this.relate(source, relation, target, evidence, extra);
  }
  has(source: Entity, relation: Relation, target: Entity) {
    return this.hasRelation(source, relation, target);
  }
  viewText(start: number, end: number) {
    return this.view.slice(start, end);
  }

  // ---- after reading ------------------------------------------------------------------

  /** A meeting named in the headline is the body's meeting of that name. */
  private mergeHeadlineMeetings() {
    const headline = this.a.byParagraph.find((p) => p.paragraph.kind === "headline")?.paragraph;
    if (!headline) return;
    const inHeadline = (e: Entity) => e.type === "meeting" && e.mentions[0].start >= headline.start && e.mentions[0].end <= headline.end;
    const norm = (f: string) => f.replace(/会议$/, "会");
    for (const h of this.entities.filter(inHeadline)) {
      const hf = norm(h.forms[0]);
      const inOrder = (short: string, long: string) => {
        let j = 0;
        for (const ch of long) if (ch === short[j]) j++;
        return j === short.length;
      };
      const others = this.entities.filter((e) => e.type === "meeting" && !inHeadline(e));
      let body = others.find((e) => {
        const bf = norm(e.forms[0]);
        // 跨部门会议 in the headline for 跨部门应变督导委员会会议 in the text.
        return bf.includes(hf) || hf.includes(bf) || (hf.length >= 3 && bf.slice(-1) === hf.slice(-1) && bf.startsWith(hf.slice(0, 2)) && inOrder(hf, bf));
      });
      // 盐城税务春风行动新闻发布会 for 2024年“便民办税春风行动”新闻发布会: the one body meeting of that kind
      // that shares a word of four characters with it.
      if (!body) {
        const noun = MEETING_NOUNS.find((n) => n.length >= 3 && hf.endsWith(norm(n)));
        const core = hf.slice(0, hf.length - (noun ? norm(noun).length : 0));
        const shares = (bf: string) => [...Array(Math.max(0, core.length - 3)).keys()].some((i) => bf.includes(core.slice(i, i + 4)));
        const kind = noun ? others.filter((e) => norm(e.forms[0]).endsWith(norm(noun)) && shares(norm(e.forms[0]))) : [];
        if (kind.length === 1) body = kind[0];
      }
      if (!body) continue;
      for (const r of this.relations) {
        if (r.target === h.id) {
          r.target = body.id;
          if (body.date) r.date = body.date;
          else delete r.date;
        }
        if (r.source === h.id) r.source = body.id;
      }
      body.mentions.push(...h.mentions);
      for (const f of h.forms) if (!body.forms.includes(f)) body.forms.push(f);
      this.rememberForm(body, h.forms[0], h.mentions[0]);
      this.entities.splice(this.entities.indexOf(h), 1);
      this.listed.delete(h);
    }
  }

  /**
   * 江凌先后到A、B,实地察看…;…传达江凌部长调研提出的问题: a tour named only by a verb of
   * looking is named again later by its leader and a stronger word; that word names it.
   */
  private nameToursByLaterWords() {
    for (const [meeting, chairs] of this.chairs) {
      if (!/^(实地)?(察看|查看|看望|慰问|走访|到访)$/.test(meeting.forms[0])) continue;
      const at = meeting.mentions[0].end;
      const paragraph = this.a.byParagraph.find((pm) => at >= pm.paragraph.start && at <= pm.paragraph.end)?.paragraph;
      if (!paragraph) continue;
      for (const chair of chairs) {
        const name = chair.forms[0];
        const later = new RegExp(`${name}[\u4e00-\u9fff]{0,4}?(?:在|同志)?(调研|视察|考察|检查|督导|督查)`).exec(this.view.slice(at, paragraph.end));
        if (!later) continue;
        const start = at + later.index + later[0].length - later[1].length;
        meeting.forms.push(later[1]);
        meeting.preferred = later[1];
        meeting.mentions.push({ start, end: start + later[1].length });
        break;
      }
    }
  }

  /** A notice whose title names an entity of the article mentions it. */
  private mentionsInTitles() {
    if (!this.notices.size) return;
    // The forms of bodies and people in one trie: each title is scanned once, not once per form.
    const byForm = new Map<string, Entity[]>();
    for (const e of this.entities) {
      if (e.type !== "agency" && e.type !== "official") continue;
      for (const f of new Set(e.forms)) {
        if (f.length < 2) continue;
        const list = byForm.get(f);
        if (list) list.push(e);
        else byForm.set(f, [e]);
      }
    }
    const order = new Map(this.entities.map((e, k) => [e, k]));
    const forms = new WordIndex(byForm.keys());
    for (const notice of this.notices.values()) {
      const title = notice.forms[0];
      // Where in the title each entity is named; one named inside another's name (市委 in 市委理论学习中心组) is not mentioned.
      const spans: { e: Entity; start: number; end: number }[] = [];
      for (let at = 0; at < title.length; at++) {
        for (const f of forms.allAt(title, at)) for (const e of byForm.get(f)!) spans.push({ e, start: at, end: at + f.length });
      }
      const inside = (x: { start: number; end: number; e: Entity }) => spans.some((y) => y.e !== x.e && y.start <= x.start && y.end >= x.end && y.end - y.start > x.end - x.start);
      const named = new Set(spans.filter((x) => !inside(x)).map((x) => x.e));
      for (const e of [...named].sort((x, y) => order.get(x)! - order.get(y)!)) this.relate(notice, "mentions", e, notice.mentions[0]);
    }
  }

  private output(): Extraction {
    // Relations may name one entity twice (headline merges): keep one per (source, relation, target, date).
    const seen = new Set<string>();
    const relations = this.relations.filter((r) => {
      const k = `${r.source}|${r.relation}|${r.target}|${r.date ?? ""}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    const related = new Set(relations.flatMap((r) => [r.source, r.target]));
    const entities: ExtractedEntity[] = this.entities
      .filter((e) => e.type !== "meeting" || related.has(e.id) || this.heldMeetings.has(e))
      .map((e) => this.toExtracted(e));
    const ids = new Set(entities.map((e) => e.id));
    return { doc: this.doc, entities, relations: relations.filter((r) => ids.has(r.source) && ids.has(r.target)) };
  }

  private labelOf(e: Entity, form: string): string {
    const range = this.formRange.get(e)?.get(form) ?? e.mentions.find((m) => this.view.slice(m.start, m.end) === form);
    if (range) return this.text.slice(range.start, range.end);
    // A form the entity was given (南校区座谈会): written as the text writes it where it occurs.
    const at = this.view.indexOf(form);
    return at >= 0 ? this.text.slice(at, at + form.length) : form;
  }

  private toExtracted(e: Entity): ExtractedEntity {
    for (const m of e.mentions) this.rememberForm(e, this.view.slice(m.start, m.end), m);
    const forms = [...e.forms].sort((x, y) => y.length - x.length);
    const label = this.labelOf(e, e.preferred ?? (e.type === "place" ? e.forms[0] : forms[0]));
    const aliases = [...new Set(forms.map((f) => this.labelOf(e, f)))].filter((x) => x !== label);
    const mentions = [...e.mentions].sort(byStart).filter((m, i, all) => i === 0 || m.start !== all[i - 1].start);
    const out: ExtractedEntity = { id: e.id, type: e.type, label, matchKey: simplify(label), aliases, mentions };
    if (e.type === "official") out.titles = e.titles;
    if (e.date && (e.type === "meeting" || e.type === "notice")) out.date = e.date;
    return out;
  }
}

/** The units inside [start, end): units are sorted and do not overlap, so they are one run, found by binary search. */
function unitsWithin(units: U[], start: number, end: number): U[] {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last < units.length && units[last].end <= end) last++;
  return units.slice(lo, last);
}

/** The paragraph's mentions holding position `at`, by binary search over paragraphs in order. */
function paragraphAt(list: ParagraphMentions[], at: number): ParagraphMentions | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = list[mid].paragraph;
    if (at < p.start) hi = mid - 1;
    else if (at >= p.end) lo = mid + 1;
    else return list[mid];
  }
  return undefined;
}
