// Stages 4 to 6: entities from mentions, relations from verb frames, and the
// Extraction handed to the graph builder. Each sentence is read as a pattern
// string (see units.ts); rules match verb frames on it.
import type { NodeType, Relation, SourceDoc } from "../graph/contract";
import { analyse, type Analysis, type ParagraphMentions, type Reference } from "./analyse";
import { dateAt } from "./dates";
import { sentences } from "./document";
import { buildOrgIndex, type Entity } from "./entities";
import { GO_VERBS, SPEAK_VERBS, TOUR_VERBS } from "./lexicon/events";
import { FUSED_POSTS, LEADER_HEADS, MEMBER_POSTS, POST_BODY_ENDINGS } from "./lexicon/posts";
import type { MeetingMention } from "./mentions/meetings";
import type { OfficialPhrase } from "./mentions/officials";
import type { PostMention } from "./mentions/people";
import { simplify } from "./script";
import type { ExtractedEntity, ExtractedRelation, Extraction, TextRange } from "./types";
import { encode, R, R0, unitsIn, type Encoded, type Unit } from "./units";

interface UnitData {
  entity?: Entity;
  /** A person pronoun or bare post, resolved while reading. */
  pending?: "person";
  meeting?: MeetingMention;
  phrase?: OfficialPhrase;
  /** The body acts through an unnamed representative (县卫健委主要负责人). */
  representative?: boolean;
}
type U = Unit<UnitData>;
type Enc = Encoded<UnitData>;

const REPRESENTATIVE = /^(?:有关|相关)?(?:司局|处室|部门|科室|单位|处|科)?(?:主要|分管)?(?:负责同志|负责人|领导)/;
const LIST_SEP = "(?:、|,|和|与|同|及|以及|,以及|、以及|(?:近日|日前|今日)?(?:会同|联合))?";
const LIST = (k: string) => `{${k}}(?:${LIST_SEP}{${k}})*`;
const LIST_S = LIST("S");
const TOUR_ALT = [...TOUR_VERBS].sort((x, y) => y.length - x.length).join("|");
/** Being there: 到场为队员送行, 在场. */
const PRESENT = /到场|在场|送行|出席|列席|现场/;
const SPEAKING = new RegExp(`(?:${[...SPEAK_VERBS].sort((x, y) => y.length - x.length).join("|")})`);
const LIST_P = LIST("P");
const LIST_A = LIST("A");
const CLAUSE_OPENERS = /^(?:随后|随即|当天|当日|同日|会上|会后|仪式上|上午|下午|晚上|中午|同时|此外|另外|其中|并|还|又|也|即日起|今日|今天|今早|首先|最后|接着|紧接着|期间)+,?/;

/** Set by a debugging script to see each sentence's pattern. */
export let debug: ((line: string) => void) | undefined;
export function setDebug(fn: ((line: string) => void) | undefined) {
  debug = fn;
}

function byStart<T extends { start: number }>(a: T, b: T) {
  return a.start - b.start;
}

export function extract(doc: SourceDoc, options: { year?: number } = {}): Extraction {
  const a = analyse(doc.text, { date: doc.date, year: options.year });
  return new Reader(doc, a).read();
}

class Reader {
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
    const mainForm = subject ?? this.mostFrequentOrgForm();
    this.orgIndex = buildOrgIndex(a, () => subject);
    for (const e of this.orgIndex.entities) this.add(e);
    this.authorOrg = subject ? this.orgIndex.byForm(subject) : undefined;
    this.mainOrg = mainForm ? this.orgIndex.byForm(mainForm) : undefined;
  }

  /** The body the headline is about: one it names as its subject, not as a place gone to. */
  private headlineSubject(): string | undefined {
    const headline = this.a.byParagraph.find((p) => p.paragraph.kind === "headline");
    const org = headline?.orgs.find((o) => o.type !== "group");
    if (!org) return undefined;
    const before = this.view.slice(Math.max(headline!.paragraph.start, org.start - 2), org.start);
    return /(到|赴|在|来到|深入|走进|走访|看望|慰问|视察|考察|调研|检查)$/.test(before) ? undefined : org.text;
  }

  private mostFrequentOrgForm(): string | undefined {
    const count = new Map<string, number>();
    for (const pm of this.a.byParagraph) for (const o of pm.orgs) if (o.type !== "group") count.set(o.text, (count.get(o.text) ?? 0) + 1);
    return [...count].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length)[0]?.[0];
  }

  private add(e: Entity): Entity {
    e.id ||= `e${this.nextId++}`;
    if (!this.entities.includes(e)) this.entities.push(e);
    return e;
  }

  private newEntity(type: NodeType, form: string, range: TextRange, date?: string | null): Entity {
    const e = this.add({ id: "", type, forms: [form], mentions: [range], standalone: true, titles: [] });
    if (date) e.date = date;
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
    this.mentionsInTitles();
    return this.output();
  }

  /** Units of a paragraph: officials, bodies, teams, meetings, documents, places, references. */
  private unitsOf(pm: ParagraphMentions): U[] {
    const list: U[] = [];
    for (const ph of pm.officials) list.push({ kind: "P", start: ph.start, end: ph.end, data: { entity: this.person(ph), phrase: ph } });
    for (const o of pm.orgs) {
      const e = this.orgIndex.entityOf(o.start, o.end);
      let end = o.bracketAlias ? o.bracketAlias.end + 1 : o.end;
      const rep = REPRESENTATIVE.exec(this.view.slice(end, end + 8));
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
        // 在县人民医院,院长刘洋介绍…: the place just named is the body of a post that names its kind.
        if (!referred && before?.kind === "A" && this.view.slice(before.end, ph.start) === "," && this.view[before.start - 1] === "在") {
          const head = ph.posts[0]?.head;
          const endings = head ? POST_BODY_ENDINGS[head] : undefined;
          if (endings && before.data.entity?.forms.some((f) => endings.some((x) => f.endsWith(x)))) referred = before.data.entity;
        }
        let previous: Entity | undefined;
        ph.posts.forEach((post, n) => {
          const title = this.text.slice(post.start, post.end);
          const written = post.org ? this.orgIndex.entityOf(post.org.start, post.org.end) : n === 0 ? referred : undefined;
          // 院长、党委副书记: a post in a chain without a body of its own is at the body before it.
          const inherited = !written && previous && previous.type !== "group" && !/领导小组|领导组|指挥部/.test(previous.forms[0]) ? previous : undefined;
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
    // 江凌部长 after 宣传部长江凌: the bare post is the one the person was given in full.
    const fullTitle = person?.titles.map((t) => simplify(t)).find((t) => t !== post && t.endsWith(post) && FUSED_POSTS[t] !== undefined);
    if (fullTitle) return FUSED_POSTS[fullTitle] ? this.orgIndex.byForm(FUSED_POSTS[fullTitle]!) : undefined;
    const fused = FUSED_POSTS[post];
    if (fused !== undefined) return fused ? this.orgIndex.byForm(fused) ?? this.orgIndex.entities.find((e) => e.forms.some((f) => f.endsWith(fused))) : undefined;
    // 厅党组书记: the body's one-character name before the party prefix.
    const bodyChar = /^([厅局院校委部办])(?=党组|党委)/.exec(post)?.[1];
    if (bodyChar) return this.uniqueBody([bodyChar === "院" ? "医院" : bodyChar, bodyChar]);
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
    const enc = encode(this.view, s.start, s.end, units.filter((u) => u.start >= s.start && u.end <= s.end));
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
    if (!meeting.forms.includes(form)) meeting.forms.push(form);
  }
  meetingByForm(form: string, date: string | null): Entity | undefined {
    return this.entities.find((e) => e.type === "meeting" && e.forms.includes(form) && (e.date ?? null) === date && this.meetingOfMention.has(e.mentions[0].start));
  }

  markHeld(meetings: Entity[]) {
    for (const m of meetings) this.heldMeetings.add(m);
  }

  tourMeeting(form: string, range: TextRange, date: string | null): Entity {
    return this.newEntity("meeting", form, range, date);
  }

  private organiserFromName(meeting: Entity, mention: MeetingMention) {
    for (const pm of this.a.byParagraph) {
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
      const body = this.entities.filter((e) => e.type === "meeting" && !inHeadline(e)).find((e) => {
        const bf = norm(e.forms[0]);
        // 跨部门会议 in the headline for 跨部门应变督导委员会会议 in the text.
        return bf.includes(hf) || hf.includes(bf) || (hf.length >= 3 && bf.slice(-1) === hf.slice(-1) && bf.startsWith(hf.slice(0, 2)) && inOrder(hf, bf));
      });
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
    }
  }

  /** A notice whose title names an entity of the article mentions it. */
  private mentionsInTitles() {
    for (const notice of this.notices.values()) {
      const title = notice.forms[0];
      for (const e of this.entities) {
        if (e.type !== "agency" && e.type !== "official") continue;
        if (e.forms.some((f) => f.length >= 2 && title.includes(f))) this.relate(notice, "mentions", e, notice.mentions[0]);
      }
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
    const label = this.labelOf(e, e.type === "place" ? e.forms[0] : forms[0]);
    const aliases = [...new Set(forms.map((f) => this.labelOf(e, f)))].filter((x) => x !== label);
    const mentions = [...e.mentions].sort(byStart).filter((m, i, all) => i === 0 || m.start !== all[i - 1].start);
    const out: ExtractedEntity = { id: e.id, type: e.type, label, matchKey: simplify(label), aliases, mentions };
    if (e.type === "official") out.titles = e.titles;
    if (e.date && (e.type === "meeting" || e.type === "notice")) out.date = e.date;
    return out;
  }
}

/** The rules, applied to one sentence. */
class SentenceReader {
  private readonly p: string;
  /** The meeting in context when the sentence starts, and where later ones come in. */
  private readonly initialMeeting: Entity | undefined;
  private readonly meetingMarks: { at: number; meeting: Entity }[] = [];

  constructor(
    private readonly r: Reader,
    private readonly enc: Enc,
    private readonly context: { meeting?: Entity; tourOf: Map<Entity, Entity> },
    private readonly dateOf: (i: number) => string | null,
    private readonly evidence: (from: number, to: number) => TextRange,
    private readonly pm: ParagraphMentions,
  ) {
    this.p = enc.pattern;
    this.initialMeeting = context.meeting;
  }

  private setMeeting(meeting: Entity, at: number) {
    this.context.meeting = meeting;
    this.meetingMarks.push({ at, meeting });
  }

  /** The meeting in context at a pattern position: the last one named before it. */
  private meetingBefore(at: number): Entity | undefined {
    let found = this.initialMeeting;
    let best = -1;
    for (const mark of this.meetingMarks) if (mark.at <= at && mark.at >= best) ((found = mark.meeting), (best = mark.at));
    return found;
  }

  private entityOf(u: U): Entity | undefined {
    if (u.data.pending === "person" && !u.data.entity) u.data.entity = this.personBefore(u);
    return u.data.entity;
  }

  /** 他/她: the person who is the subject of a clause before it in this sentence, else of a sentence before. */
  private personBefore(u: U): Entity | undefined {
    const at = this.enc.indexOf(u.start);
    let found: Entity | undefined;
    for (const start of this.clauseStarts()) {
      if (start >= at) break;
      const first = this.explicitSubject(start).find((x) => x.kind === "P" && x.data.pending !== "person");
      if (first?.data.entity) found = first.data.entity;
    }
    return found ?? this.r.resolvePerson();
  }

  private entities(units: U[]): Entity[] {
    return units.map((u) => this.entityOf(u)).filter((e): e is Entity => Boolean(e));
  }

  /** Clause starts, a "," between two subjects not counting (X,Y主持…). */
  private clauseStarts(): number[] {
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
  private starts: number[] | undefined;

  private subjectAt(i: number): { units: U[]; explicit: boolean } {
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

  private readonly subjectCache = new Map<number, U[]>();

  private explicitSubject(clauseStart: number): U[] {
    let cached = this.subjectCache.get(clauseStart);
    if (!cached) {
      cached = this.findSubject(clauseStart);
      this.subjectCache.set(clauseStart, cached);
    }
    return cached;
  }

  private findSubject(clauseStart: number): U[] {
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
    this.leadsAndTeams();
    this.hold();
    this.invertedChair();
    this.visits();
    this.tours();
    this.attend();
    this.issue();
    this.dispatch();
    this.aid();
    this.speech();
    // The person a later 他 stands for: this sentence's last subject, or its first person.
    const subjects = this.clauseStarts().flatMap((st) => this.explicitSubject(st)).filter((x) => x.kind === "P");
    const who = subjects.length ? subjects[subjects.length - 1] : this.enc.units.find((x) => x.kind === "P");
    if (who) this.r.noteSubject(this.entityOf(who));
    for (const u of this.enc.units) if (u.kind === "G") this.r.noteGroup(u.data.entity);
  }

  private meetingsOf(u: U, date: string | null, copies = 1, reference = false, create = false): Entity[] {
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

  private heldHere(u: U): boolean {
    // 召开第一次工作会议,吴国栋主持会议: a bare noun after a meeting named in this sentence is that meeting.
    if (this.meetingMarks.length && /主持了?$/.test(this.r.viewText(Math.max(0, u.start - 3), u.start)) && !/召开|举行/.test(this.r.viewText(Math.max(0, u.start - 5), u.start))) return false;
    const before = this.r.viewText(Math.max(0, u.start - 6), u.start);
    // 出席会议 after 召开常务会议 is the same meeting; only a holding verb makes a new one.
    return /(召开|召集|主持|举行|举办|组织)了?$/.test(before);
  }

  private leadsAndTeams() {
    // Most sentences hold none of these words: skip the rules at once.
    if (!/组长|队长|指挥长|总指挥|带队|率队|率领|带领|名单|队员|成员|担任|兼任|牵头|为组长|任组长/.test(this.p)) return;
    // 以P为组长、…为副组长、P兼任办公室主任的A
    for (const m of this.p.matchAll(R`以(?<lead>{P})为组长(?<rest>[^;。]*?)的(?<body>{A}|{G})`)) {
      const body = this.entityOf(unitsIn(this.enc, m.groups!.body, m.index! + m[0].length - 1)[0]);
      const date = this.dateOf(m.index!);
      const lead = unitsIn(this.enc, m.groups!.lead, m.index! + 1)[0];
      this.r.link(this.entityOf(lead), "leads", body, this.evidence(m.index!, m.index! + m[0].length), { date });
      const restAt = m.index! + 1 + m.groups!.lead.length + 3;
      for (const mm of m.groups!.rest.matchAll(R`(?<p>{P})(?:为副组长|为成员|兼任办公室主任|任办公室主任|为办公室主任)`)) {
        const who = unitsIn(this.enc, mm.groups!.p, restAt + mm.index!)[0];
        this.r.link(this.entityOf(who), "member_of", body, this.evidence(restAt + mm.index!, m.index! + m[0].length), { date });
      }
    }
    // 成立…领导小组,由P、P任组长,P任副组长: the body is the team or leading group named before.
    for (const m of this.p.matchAll(R`(?:由)?(?<who>${LIST_P})(?:任|担任|为|兼任)(?<role>组长|队长|总指挥|指挥长|副组长|副队长|成员|组员|队员|办公室主任)`)) {
      if (this.p[m.index! - 1] === "以" || this.p.slice(m.index!, m.index! + 1) === "以") continue; // 以X为组长…的领导小组, read above
      const found = this.lastUnitBefore(m.index!, (u) => u.kind === "G" || (u.kind === "A" && /领导小组|领导组|指挥部|工作专班|委员会/.test(u.data.entity?.forms[0] ?? "")));
      const fallback = /办公室主任/.test(m.groups!.role) ? this.r.leadingGroupBefore(this.enc.offsets[m.index!]) : undefined;
      const body = found ?? (fallback ? ({ kind: "A", start: this.enc.offsets[m.index!], end: this.enc.offsets[m.index!], data: { entity: fallback } } as U) : undefined);
      if (!body) continue;
      const relation = /^(组长|队长|总指挥|指挥长)$/.test(m.groups!.role) ? "leads" : "member_of";
      const whoAt = m.index! + m[0].indexOf(m.groups!.who);
      for (const u of unitsIn(this.enc, m.groups!.who, whoAt)) {
        const who = this.entityOf(u);
        this.r.link(who, relation, body.data.entity, this.evidence(this.enc.indexOf(body.start), m.index! + m[0].length), { date: this.dateOf(m.index!) });
        if (relation === "leads" && body.data.entity && who) this.r.setLeader(body.data.entity, who);
      }
    }
    // 派出由P任组长的G, 由P带队的G.
    for (const m of this.p.matchAll(R`由(?<who>${LIST_P})(?:(?:任|担任)(?<role>组长|队长|总指挥|指挥长)|带队|率队)的(?<g>{G})`)) {
      const g = this.entityOf(this.enc.unitAt(m.index! + m[0].length - 1)!);
      for (const u of unitsIn(this.enc, m.groups!.who, m.index! + 1)) {
        const who = this.entityOf(u);
        this.r.link(who, "leads", g, this.evidence(m.index!, m.index! + m[0].length), { date: this.dateOf(m.index!) });
        if (g && who) this.r.setLeader(g, who);
      }
    }
    // 专家组成员、P等专家: members named after the team.
    for (const m of this.p.matchAll(R`(?<g>{G})(?:成员|组员|队员)[、:]?(?<who>${LIST_P})`)) {
      const g = this.entityOf(this.enc.unitAt(m.index!)!);
      const whoAt = m.index! + m[0].length - m.groups!.who.length;
      for (const u of unitsIn(this.enc, m.groups!.who, whoAt)) this.r.link(this.entityOf(u), "member_of", g, this.evidence(m.index!, m.index! + m[0].length), { date: this.dateOf(m.index!) });
    }
    // 队长由副院长P担任, 副队长由P担任.
    for (const m of this.p.matchAll(R`(?<role>组长|队长|总指挥|指挥长|副组长|副队长)由(?<who>${LIST_P})(?:担任|兼任|出任)`)) {
      const body = this.lastUnitBefore(m.index!, (u) => u.kind === "G") ?? (this.r.currentGroup() ? ({ data: { entity: this.r.currentGroup() } } as U) : undefined);
      if (!body?.data.entity) continue;
      const relation = m.groups!.role.startsWith("副") ? "member_of" : "leads";
      const whoAt = m.index! + m.groups!.role.length + 1;
      for (const u of unitsIn(this.enc, m.groups!.who, whoAt)) {
        const who = this.entityOf(u);
        this.r.link(who, relation, body.data.entity, this.evidence(m.index!, m.index! + m[0].length), { date: this.dateOf(m.index!) });
        if (relation === "leads" && who) this.r.setLeader(body.data.entity, who);
      }
    }
    // G由…P带队 / P带队 / P率G
    for (const m of this.p.matchAll(R`(?<g>{G})?由{GAP}{0,12}?(?<p>{P}){GAP}{0,4}?(?:带队|率队|牵头|任组长|任队长)`)) {
      const gUnit = m.groups!.g ? unitsIn(this.enc, m.groups!.g, m.index!)[0] : this.lastUnitBefore(m.index!, (u) => u.kind === "G");
      if (!gUnit) continue;
      const g = this.entityOf(gUnit);
      const pu = unitsIn(this.enc, m[0], m.index!).find((u) => u.kind === "P")!;
      const p = this.entityOf(pu);
      const date = this.dateOf(m.index!);
      this.r.link(p, "leads", g, this.evidence(m.index!, m.index! + m[0].length), { date });
      if (g && p) this.r.setLeader(g, p);
      this.ledSubject = { at: m.index! + m[0].length, who: pu };
      const tour = g && this.groupTour(g);
      if (tour) this.r.link(p, "chaired", tour, this.evidence(m.index!, m.index! + m[0].length), { date: tour.date });
    }
    for (const m of this.p.matchAll(R`(?<p>{P})(?:率|率领|带领)(?<g>{G})`)) {
      const units = unitsIn(this.enc, m[0], m.index!);
      const g = this.entityOf(units[units.length - 1]);
      const p = this.entityOf(units[0]);
      this.r.link(p, "leads", g, this.evidence(m.index!, m.index! + m[0].length), { date: this.dateOf(m.index!) });
      if (g && p) this.r.setLeader(g, p);
    }
    // G的队员名单:…P、P
    for (const m of this.p.matchAll(R`(?<g>{G})的?(?:队员|成员|人员)?名单[:](?<list>[^。;]*)`)) {
      const g = this.entityOf(unitsIn(this.enc, m.groups!.g, m.index!)[0]);
      const listAt = m.index! + m[0].length - m.groups!.list.length;
      for (const u of unitsIn(this.enc, m.groups!.list, listAt)) {
        if (u.kind !== "P") continue;
        const at = this.enc.indexOf(u.start);
        this.r.link(this.entityOf(u), "member_of", g, this.evidence(m.index!, at + 1), { date: this.dateOf(m.index!) });
      }
    }
  }

  /** The last unit before a pattern position that passes a test. */
  private lastUnitBefore(at: number, test: (u: U) => boolean): (U & { data: UnitData }) | undefined {
    for (let i = at - 1; i >= 0; i--) {
      const u = this.enc.unitAt(i);
      if (u && test(u)) return u;
    }
    return undefined;
  }

  private ledSubject: { at: number; who: U } | undefined;
  private groupTours = new Map<Entity, Entity>();

  private groupTour(g: Entity): Entity | undefined {
    return this.groupTours.get(g) ?? this.context.tourOf.get(g);
  }

  private hold() {
    // Most sentences hold none of these words: skip the rules at once.
    if (!/主持|召集|召开|举行|举办|组织/.test(this.p)) return;
    const verbs = "主持召开|组织召开|主持|召集|召开|举行|举办";
    const explicit = R`(?<subj>${LIST_S})(?<gap>(?:{GAP}|在{A}){0,24}?)(?<verb>${verbs})了?(?<obj>{M})`;
    // Every meeting held here, in the order the text holds them (a later 主持会议 refers back).
    type Held = { objAt: number; run: () => void };
    const found = new Map<number, Held>();
    const future = /将于|将在|将要|即将|拟于|拟在|计划于|预计|准备于/;
    // P联同P及P举行记者会: the first holds it, the others are with him.
    for (const m of this.p.matchAll(R`(?<lead>{P})(?:联同|偕同|会同|带领|率领)(?<others>${LIST_P})(?<gap>{GAP}{0,12}?)(?<verb>${verbs})了?(?<obj>{M})`)) {
      const objAt = m.index! + m[0].length - 1;
      if (future.test(m.groups!.gap)) {
        found.set(objAt, { objAt, run: () => undefined });
        continue;
      }
      const lead = unitsIn(this.enc, m.groups!.lead, m.index!);
      const others = unitsIn(this.enc, m.groups!.others, m.index! + 3);
      found.set(objAt, {
        objAt,
        run: () => {
          this.held(lead, this.enc.unitAt(objAt)!, false, m.index!, objAt + 1, m.index!);
          for (const u of others) this.attendTo(u, this.context.meeting, this.enc.indexOf(u.start), objAt + 1);
        },
      });
    }
    for (const m of this.p.matchAll(explicit)) {
      const subj = unitsIn(this.enc, m.groups!.subj, m.index!);
      const objAt = m.index! + m[0].length - 1;
      if (found.has(objAt)) continue;
      // 将于明日上午再次召开…会议: not yet held, so no meeting of the story.
      if (future.test(m.groups!.gap)) {
        found.set(objAt, { objAt, run: () => undefined });
        continue;
      }
      const separately = /分别/.test(m.groups!.gap) && subj.length > 1;
      found.set(objAt, { objAt, run: () => this.held(subj, this.enc.unitAt(objAt)!, separately, m.index!, objAt + 1, m.index!) });
    }
    // A dropped subject: the clause's own verb, the subject of the clause before.
    for (const m of this.p.matchAll(R`(?<verb>${verbs})了?(?<obj>{M})(?!的是|的为|的有)`)) {
      const objAt = m.index! + m[0].length - 1;
      if (found.has(objAt)) continue;
      if (future.test(this.p.slice(Math.max(0, m.index! - 8), m.index!))) continue;
      found.set(objAt, {
        objAt,
        run: () => {
          const subject = this.subjectAt(m.index!);
          const obj = this.enc.unitAt(objAt)!;
          // Held, by no one named: the meeting is still a gathering of the story.
          if (!subject.units.length) this.r.markHeld(this.meetingsOf(obj, this.dateOf(objAt)));
          else this.held(subject.units, obj, false, this.enc.indexOf(subject.units[0].start), objAt + 1, m.index!);
        },
      });
    }
    // 见面会在行政楼举行, 反馈会召开: held, in the passive; not when still to come (将于下周召开).
    for (const m of this.p.matchAll(R`(?<obj>{M})(?:于{GAP}{0,10}?|在{GAP}{0,16}?)?(?:隆重)?(?:举行|召开|开幕|举办)`)) {
      const objAt = m.index!;
      if (found.has(objAt) || /将|拟|计划|即将|预计/.test(m[0])) continue;
      found.set(objAt, { objAt, run: () => this.r.markHeld(this.meetingsOf(this.enc.unitAt(objAt)!, this.dateOf(objAt))) });
    }
    for (const h of [...found.values()].sort((x, y) => x.objAt - y.objAt)) h.run();
  }

  private held(subj: U[], obj: U, separately: boolean, from: number, to: number, verbAt: number) {
    const date = this.dateOf(verbAt);
    const before = { meeting: this.context.meeting, marks: this.meetingMarks.length };
    const meetings = this.meetingsOf(obj, date, separately ? subj.length : 1);
    this.r.markHeld(meetings);
    // 他又表示,中心昨日已与医管局召开联络会议: a meeting told of in someone's words is not
    // the one the people around it are at.
    if (/表示|介绍|说|指出|透露|称/.test(this.p.slice(0, from))) {
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

  private invertedChair() {
    // Most sentences hold none of these words: skip the rules at once.
    if (!/主持|召集/.test(this.p)) return;
    for (const m of this.p.matchAll(R`(?<obj>{M})由{GAP}{0,8}?(?<subj>${LIST_P}){GAP}{0,4}?(?:主持|召集)`)) {
      const meeting = this.meetingsOf(unitsIn(this.enc, m.groups!.obj, m.index!)[0], this.dateOf(m.index!), 1, true);
      for (const u of unitsIn(this.enc, m.groups!.subj, m.index! + 1 + m[0].indexOf(m.groups!.subj) - 1)) {
        for (const t of meeting) this.r.link(this.entityOf(u), "chaired", t, this.evidence(m.index!, m.index! + m[0].length), { date: t.date });
      }
    }
    // P主持由A与B合办的M: A and B organise it.
    for (const m of this.p.matchAll(R`(?:(?<subj>${LIST_P}){GAP}{0,8}?主持)?由(?<orgs>${LIST_S})(?:联合|共同)?(?:合办|主办|举办|承办|联合举办|共同举办|组织)的{GAP}{0,20}?(?<obj>{M})`)) {
      const objAt = m.index! + m[0].length - 1;
      const [meeting] = this.meetingsOf(this.enc.unitAt(objAt)!, this.dateOf(m.index!), 1, false, true);
      const orgsAt = m.index! + m[0].indexOf("由") + 1;
      for (const u of unitsIn(this.enc, m.groups!.orgs, orgsAt)) {
        const e = this.entityOf(u);
        if (e?.type === "agency") this.r.link(e, "organized", meeting, this.evidence(orgsAt - 1, objAt + 1), { date: meeting.date });
      }
      if (m.groups!.subj) for (const u of unitsIn(this.enc, m.groups!.subj, m.index!)) this.r.link(this.entityOf(u), "chaired", meeting, this.evidence(m.index!, objAt + 1), { date: meeting.date });
    }
    // …举行记者会,由P主持: the meeting named before, in this sentence or the last one.
    for (const m of this.p.matchAll(R`(?:^|[,;])由(?<subj>${LIST_P}){GAP}{0,4}?(?:主持|召集)`)) {
      const meeting = this.meetingBefore(m.index!);
      if (!meeting) continue;
      const subjAt = m.index! + m[0].indexOf("由") + 1;
      for (const u of unitsIn(this.enc, m.groups!.subj, subjAt)) this.r.link(this.entityOf(u), "chaired", meeting, this.evidence(subjAt - 1, m.index! + m[0].length), { date: meeting.date });
    }
    for (const m of this.p.matchAll(R`主持(?<obj>{M})的(?:是|为)(?<subj>${LIST_P})`)) {
      const objAt = m.index! + 2;
      const meeting = this.meetingsOf(this.enc.unitAt(objAt)!, this.dateOf(m.index!), 1, true);
      const subjAt = m.index! + m[0].length - m.groups!.subj.length;
      for (const u of unitsIn(this.enc, m.groups!.subj, subjAt)) {
        for (const t of meeting) this.r.link(this.entityOf(u), "chaired", t, this.evidence(m.index!, m.index! + m[0].length), { date: t.date });
      }
    }
  }

  private attendTo(u: U, meeting: Entity | undefined, from: number, to: number) {
    const e = this.entityOf(u);
    if (!e || !meeting || this.r.chairsOf(meeting).has(e)) return;
    if (e.type !== "official" && e.type !== "agency") return;
    this.r.link(e, "attended", meeting, this.evidence(from, to), { date: meeting.date });
  }

  private attend() {
    // Most sentences hold none of these words: skip the rules at once.
    if (!/参加|出席|列席|参会|陪同|一同|一起|共同|随同|在/.test(this.p)) return;
    const verbs = "参加|出席|列席|参会";
    for (const m of this.p.matchAll(R`(?<subj>${LIST_S})(?<gap>{GAP}{0,12}?)(?:一同|共同|一起)?(?:${verbs})了?(?<obj>{M})?`)) {
      const subj = unitsIn(this.enc, m.groups!.subj, m.index!);
      const objU = m.groups!.obj ? this.enc.unitAt(m.index! + m[0].length - 1) : undefined;
      const meeting = objU ? this.meetingsOf(objU, this.dateOf(m.index!))[0] : this.context.meeting;
      for (const u of subj) this.attendTo(u, meeting, this.enc.indexOf(u.start), m.index! + m[0].length);
    }
    // Dropped subject: 随后参加M.
    for (const m of this.p.matchAll(R`(?:^|[,;])(?:随后|随即|还|又|并|也)*(?:${verbs})了?(?<obj>{M})`)) {
      const objAt = m.index! + m[0].length - 1;
      const subject = this.subjectAt(objAt);
      const meeting = this.meetingsOf(this.enc.unitAt(objAt)!, this.dateOf(objAt))[0];
      for (const u of subject.units) this.attendTo(u, meeting, m.index! + 1, objAt + 1);
    }
    // 陪同(检查)的(还)有 A、B和C / A、B陪同
    for (const m of this.p.matchAll(R`陪同{GAP}{0,4}?的?(?:还|也)?有(?<subj>${LIST_S})`)) {
      const at = m.index! + m[0].length - m.groups!.subj.length;
      for (const u of unitsIn(this.enc, m.groups!.subj, at)) this.attendTo(u, this.context.meeting, m.index!, this.enc.indexOf(u.start) + 1);
    }
    for (const m of this.p.matchAll(R`(?<subj>${LIST_S})(?:等|等人)?(?:一同|一起)?陪同`)) {
      for (const u of unitsIn(this.enc, m.groups!.subj, m.index!)) this.attendTo(u, this.meetingBefore(m.index!), m.index!, m.index! + m[0].length);
    }
    // 在A及B陪同下: going along on the tour in progress.
    for (const m of this.p.matchAll(R`在(?<subj>${LIST_S})(?:的)?陪同下`)) {
      for (const u of unitsIn(this.enc, m.groups!.subj, m.index! + 1)) this.attendTo(u, this.meetingBefore(m.index!), m.index!, m.index! + m[0].length);
    }
    // P出席了在某处举行的M.
    for (const m of this.p.matchAll(R`(?<subj>${LIST_S})(?<gap>{GAP}{0,12}?)(?:出席|参加)了?在{GAP}{1,16}?(?:举行|召开|举办)的(?<obj>{M})`)) {
      const objAt = m.index! + m[0].length - 1;
      const [meeting] = this.meetingsOf(this.enc.unitAt(objAt)!, this.dateOf(objAt));
      for (const u of unitsIn(this.enc, m.groups!.subj, m.index!)) this.attendTo(u, meeting, m.index!, objAt + 1);
    }
    // 由该校校长X陪同参观; X一同督查, X一同视察: going along on the tour in progress.
    for (const m of this.p.matchAll(R`由(?<subj>${LIST_S})陪同`)) {
      for (const u of unitsIn(this.enc, m.groups!.subj, m.index! + 1)) this.attendTo(u, this.meetingBefore(m.index!), m.index!, m.index! + m[0].length);
    }
    for (const m of this.p.matchAll(R`(?<subj>${LIST_S})(?:等|等人)?(?:一同|一起|共同|随同)(?:${TOUR_ALT}|到场|前往)`)) {
      for (const u of unitsIn(this.enc, m.groups!.subj, m.index!)) this.attendTo(u, this.meetingBefore(m.index!), m.index!, m.index! + m[0].length);
    }
    // 在刘嘉树主持的专题会上: the one of the meetings of that name this person chaired.
    for (const m of this.p.matchAll(R`在(?<p>{P})主持的(?<obj>{M})(?:上|中)`)) {
      const chair = this.entityOf(this.enc.unitAt(m.index! + 1)!);
      const noun = this.enc.unitAt(m.index! + m[0].length - 2)!.data.meeting!.noun;
      const meeting = chair && this.r.meetingChairedBy(chair, noun);
      if (meeting) this.setMeeting(meeting, m.index!);
    }
    // P在M上(讲话): taking part by speaking there.
    for (const m of this.p.matchAll(R`(?<subj>${LIST_S}){GAP}{0,6}?在(?<obj>{M})(?:上|中|现场)`)) {
      const objAt = m.index! + m[0].length - 2;
      const meeting = this.meetingsOf(this.enc.unitAt(objAt)!, this.dateOf(m.index!))[0];
      for (const u of unitsIn(this.enc, m.groups!.subj, m.index!)) this.attendTo(u, meeting, m.index!, m.index! + m[0].length);
    }
  }

  private issue() {
    // Most sentences hold none of these words: skip the rules at once.
    if (!/印发|下发|发布|发出|制定|制订|编制|出台/.test(this.p)) return;
    const verbs = "印发|下发|发布|发出|制定|制订|编制|出台";
    for (const m of this.p.matchAll(R`(?:(?<subj>${LIST_S})(?<gap>{GAP}{0,24}?))?(?<verb>${verbs})(?:了|的)?(?:{GAP}{0,6}?的)?(?<objs>{D}(?:(?:、|和|及|以及|与)?{D})*)`)) {
      const objsAt = m.index! + m[0].length - m.groups!.objs.length;
      const date = this.dateOf(m.index!);
      let subj = m.groups!.subj ? unitsIn(this.enc, m.groups!.subj, m.index!) : [];
      // 省防指将响应提升至三级,并发布《…》: a body named before keeps acting after 并.
      if (!subj.length && /[,](?:并|并且|同时|随即|还)?$/.test(this.p.slice(Math.max(0, m.index! - 3), m.index!)) && /^(?:并|并且|同时|随即)/.test(this.p.slice(m.index!))) {
        subj = this.subjectAt(m.index!).units.filter((u) => u.kind === "A");
      }
      const issuers = this.entities(subj).filter((e) => e.type === "agency" || e.type === "official");
      const verbAt = objsAt - m.groups!.verb.length - (/(了|的)$/.test(this.p.slice(m.index!, objsAt)) ? 1 : 0);
      for (const u of unitsIn(this.enc, m.groups!.objs, objsAt)) {
        const notice = this.entityOf(u);
        const to = this.enc.indexOf(u.start) + 1;
        if (issuers.length) for (const e of issuers) this.r.link(e, "issued", notice, this.evidence(m.index!, to), { date });
        else this.r.link(this.r.mainAgency(), "issued", notice, this.evidence(Math.max(m.index!, verbAt), to), { date, inferred: true });
      }
    }
  }

  /** 先后到A、B和C调研: visits to each body, and the tour they make up. */
  private visits() {
    if (!/到|赴|深入|走进|走访|前往|参观/.test(this.p)) return;
    const go = GO_VERBS.join("|");
    const tour = [...TOUR_VERBS].sort((x, y) => y.length - x.length).join("|");
    const re = R`(?<go>${go})了?(?<list>(?:[^,;。!?:]){1,80}?)(?:等(?:地|处|单位|学校|场所|防控一线|人流密集场所|一线)?)?(?:(?<tour>(?:实地)?(?:${tour}))|(?=[,;。!?:]|$))`;
    for (const m of this.p.matchAll(re)) {
      const listAt = m.index! + m.groups!.go.length + (m[0][m.groups!.go.length] === "了" ? 1 : 0);
      const items = unitsIn(this.enc, m.groups!.list, listAt).filter((u) => u.kind === "A");
      // 到县里开展开学工作督查: the tour is named by its own words (see tours()).
      if (/开展|进行/.test(m.groups!.list)) continue;
      const tourVerb = m.groups!.tour;
      const nextClauseTour = !tourVerb && R0`^,(?:实地|逐一|分别)?(?:${TOUR_ALT})`.test(this.p.slice(m.index! + m[0].length));
      if (!items.length && !tourVerb && !nextClauseTour) continue;
      const subject = this.ledSubject && this.ledSubject.at <= m.index! ? { units: [this.ledSubject.who], explicit: true } : this.subjectAt(m.index!);
      const people = subject.units.filter((u) => u.kind === "P");
      const bodies = subject.units.filter((u) => u.kind === "A" || u.kind === "G");
      if (!people.length && !bodies.length) continue;
      const date = this.dateOf(m.index!);
      // A team goes where its leader goes: the visits are the leader's.
      const leaders = bodies.map((u) => (u.kind === "G" && u.data.entity ? this.r.leader(u.data.entity) : undefined)).filter((e): e is Entity => Boolean(e));
      const subjFrom = this.enc.indexOf(subject.units[0].start);
      const from = subjFrom >= 0 && subjFrom < m.index! ? subjFrom : m.index!;
      for (const item of items) {
        const to = this.enc.indexOf(item.start) + 1;
        for (const p of people) this.r.link(this.entityOf(p), "visited", this.entityOf(item), this.evidence(from, to), { date });
        for (const leader of leaders) this.r.link(leader, "visited", this.entityOf(item), this.evidence(from, to), { date });
      }
      let verb = tourVerb;
      let tourAt = m.index! + m[0].length - (tourVerb?.length ?? 0);
      if (!verb) {
        // 带队深入A、B和C,检查…: the tour verb opens the next clause.
        const next = R0`^,(?:实地|逐一|分别)?(?<tour>${TOUR_ALT})`.exec(this.p.slice(m.index! + m[0].length));
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
      const range = { start: this.enc.offsets[tourAt], end: this.enc.offsets[tourAt + verb.length - 1] + 1 };
      // 王慧、刘建军分别带队赴A、B检查: one tour each.
      const separately = people.length > 1 && /分别/.test(this.p.slice(from, m.index!));
      // 察看, 看望, 走访: part of a tour under way, unless none is.
      const weak = (!tourVerb && verb === m.groups!.go.replace(/^先后/, "")) || /^(实地)?(察看|查看|看望|慰问|走访|了解)$/.test(verb);
      if (separately) for (const p of people) this.tourFor([p], [], verb, range, date, this.enc.indexOf(p.start), tourAt + verb.length, weak);
      else this.tourFor(people, bodies, verb, range, date, from, tourAt + verb.length, weak);
    }
  }

  private tourFor(people: U[], bodies: U[], verb: string, range: TextRange, date: string | null, from: number, to: number, weak = false) {
    const lead = people.map((u) => this.entityOf(u)).find(Boolean) ?? (bodies[0] ? this.entityOf(bodies[0]) : undefined);
    if (!lead) return;
    // One tour per team and its leader: the team's tour is its leader's, and the other way round.
    const team = lead.type === "official" ? this.r.teamLedBy(lead) : undefined;
    const leader = lead.type === "group" ? this.r.leader(lead) : undefined;
    let meeting = this.context.tourOf.get(lead) ?? (team && this.context.tourOf.get(team)) ?? (leader && this.context.tourOf.get(leader));
    // A visit named only by its verb (到访, 走访) is part of the tour already under way.
    if (!meeting && weak) meeting = this.context.meeting;
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

  /** P检查…, 开展…督查: a tour with no list of bodies. */
  private tours() {
    if (!/调研|检查|督导|督查|考察|视察|巡查|指导/.test(this.p)) return;
    const strong = "调研指导|督导检查|检查指导|实地检查|实地督导|实地调研|调研|检查|督导|督查|考察|视察|巡查";
    for (const m of this.p.matchAll(R`(?<subj>${LIST_S})(?<gap>{GAP}{0,16}?)(?<verb>${strong})`)) {
      const subj = unitsIn(this.enc, m.groups!.subj, m.index!);
      const verbAt = m.index! + m[0].length - m.groups!.verb.length;
      // 一同督查 goes along on someone else's tour; 通报了督查中… only talks about one.
      if (/陪同|的|一同|一起|共同|随同|了|在|对|向|和|与|通报|听取|汇报|传达|部署|要求|开展|研究|表示|介绍/.test(m.groups!.gap)) continue;
      const after = this.p.slice(verbAt + m.groups!.verb.length, verbAt + m.groups!.verb.length + 2);
      if (/^(组|员|工作组|室)/.test(after)) continue;
      const people = subj.filter((u) => u.kind === "P");
      if (!people.length) continue;
      const lead = this.entityOf(people[0]);
      if (lead && this.context.tourOf.has(lead)) continue;
      const range = { start: this.enc.offsets[verbAt], end: this.enc.offsets[verbAt + m.groups!.verb.length - 1] + 1 };
      this.tourFor(people, [], m.groups!.verb, range, this.dateOf(verbAt), m.index!, verbAt + m.groups!.verb.length);
    }
    // 开展秋季学期开学工作督查: the tour named by its own words.
    for (const m of this.p.matchAll(R`(?:开展|进行|组织开展|组织)(?<name>{GAP}{0,16}?(?:督查|检查|调研|督导|巡查|视察|考察))`)) {
      const subject = this.subjectAt(m.index!);
      if (!subject.units.length) continue;
      const nameAt = m.index! + m[0].length - m.groups!.name.length;
      const range = { start: this.enc.offsets[nameAt], end: this.enc.offsets[nameAt + m.groups!.name.length - 1] + 1 };
      const people = subject.units.filter((u) => u.kind === "P");
      const bodies = subject.units.filter((u) => u.kind !== "P");
      const from = this.enc.indexOf(subject.units[0].start);
      this.tourFor(people, bodies, this.r.viewText(range.start, range.end), range, this.dateOf(m.index!), from >= 0 ? from : m.index!, m.index! + m[0].length);
    }
  }

  private dispatch() {
    // Most sentences hold none of these words: skip the rules at once.
    if (!/选派|派出|抽调|组建|派遣|委派|组派|来自/.test(this.p)) return;
    const verbs = "选派|派出|抽调|组建|组成|派遣|委派|组派";
    for (const m of this.p.matchAll(R`(?<subj>${LIST_A})(?<gap>{GAP}{0,6}?)(?<verb>${verbs})(?<rest>(?:[^;。\ue000-\uedff]|{P}){0,40}?)(?<obj>{G})`)) {
      const g = this.entityOf(this.enc.unitAt(m.index! + m[0].length - 1)!);
      const date = this.dateOf(m.index!);
      for (const u of unitsIn(this.enc, m.groups!.subj, m.index!)) {
        const e = this.entityOf(u);
        if (e && (e.type === "agency" || e.type === "hospital")) {
          this.r.link(e, "dispatched", g, this.evidence(this.enc.indexOf(u.start), m.index! + m[0].length), { date });
          if (g) this.r.setDispatcher(g, e);
        }
      }
    }
    for (const m of this.p.matchAll(R`(?:^|[,;])(?<verb>${verbs})(?<rest>[^;。\ue000-\uedff]{0,30}?)(?<obj>{G})`)) {
      const g = this.entityOf(this.enc.unitAt(m.index! + m[0].length - 1)!);
      for (const u of this.subjectAt(m.index! + 1).units) {
        const e = this.entityOf(u);
        if (e && (e.type === "agency" || e.type === "hospital")) this.r.link(e, "dispatched", g, this.evidence(m.index! + 1, m.index! + m[0].length), { date: this.dateOf(m.index! + 1) });
      }
    }
    // 队员来自A、B
    for (const m of this.p.matchAll(R`(?<g>{G})?{GAP}{0,10}?(?:队员|成员|医护人员|医务人员)(?:分别)?来自(?<list>${LIST_A})`)) {
      const g = m.groups!.g ? this.entityOf(this.enc.unitAt(m.index!)!) : this.lastGroupHere(m.index!) ?? this.r.currentGroup();
      const at = m.index! + m[0].length - m.groups!.list.length;
      for (const u of unitsIn(this.enc, m.groups!.list, at)) this.r.link(this.entityOf(u), "dispatched", g, this.evidence(m.index!, this.enc.indexOf(u.start) + 1), { date: this.dateOf(m.index!) });
    }
  }

  private aid() {
    // Most sentences hold none of these words: skip the rules at once.
    if (!/驰援|支援|奔赴|赶赴|出征|援助/.test(this.p)) return;
    for (const m of this.p.matchAll(R`(?:(?<g>{G})[^;。]{0,16}?)?(?:驰援|支援|奔赴|赶赴|出征|援助)(?<place>{L})`)) {
      const placeAt = m.index! + m[0].length - 1;
      const g = m.groups!.g ? this.entityOf(this.enc.unitAt(m.index!)!) : this.r.currentGroup() ?? this.lastGroupHere(placeAt);
      // The day of the going, which may be later than the team's forming (次日…出征).
      this.r.link(g, "aided", this.entityOf(this.enc.unitAt(placeAt)!), this.evidence(m.index!, placeAt + 1), { date: this.dateOf(placeAt) });
    }
  }

  private lastGroupHere(before: number): Entity | undefined {
    for (let i = before; i >= 0; i--) {
      const u = this.enc.unitAt(i);
      if (u?.kind === "G") return this.entityOf(u);
    }
    return undefined;
  }

  /** In a meeting's paragraph, a named subject who speaks or reports there attended it. */
  private speech() {
    const starts = this.clauseStarts();
    starts.forEach((start, k) => {
      const subj = this.explicitSubject(start);
      const meeting = this.meetingBefore(start);
      if (!subj.length || !meeting) return;
      const end = k + 1 < starts.length ? starts[k + 1] - 1 : this.p.length;
      const clause = this.p.slice(start, end);
      // The subject speaks, reports or is there: the verb close after it (P传达了…, P就…作了说明, P向P介绍).
      const lastSubject = subj[subj.length - 1];
      const afterSubject = clause.slice(this.enc.indexOf(lastSubject.start) - start + 1);
      const verb = SPEAKING.exec(afterSubject) ?? PRESENT.exec(afterSubject);
      if (!verb) return;
      const before = afterSubject.slice(0, verb.index);
      if (before.length > 16 && !/^[^,]*就/.test(before)) return;
      if (/(主持|召开|召集|举行|参加|出席|陪同|印发|将|要求)/.test(before)) return;
      for (const u of subj) {
        const e = this.entityOf(u);
        if (e && !this.r.has(e, "attended", meeting)) this.attendTo(u, meeting, start, start + clause.length);
      }
    });
  }
}
