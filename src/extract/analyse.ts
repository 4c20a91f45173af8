// Stage 3: every mention in the article, paragraph by paragraph: titles,
// meetings, bodies and teams, people with their posts, places, pronouns.
import { dateContext, paragraphDates, type DateContext, type ParagraphDates } from "./dates";
import { prepareText, type Paragraph, type PreparedText } from "./document";
import { NATIONAL_BODIES } from "./lexicon/national";
import { ORG_SUFFIXES } from "./lexicon/organisations";
import { ORG_REFERENCES, PERSON_PRONOUNS } from "./lexicon/words";

const pronounCodes = new Set(PERSON_PRONOUNS.map((p) => p.charCodeAt(0)));
import { findMeetings, type MeetingMention } from "./mentions/meetings";
import { findTitles, type TitleMention } from "./mentions/notices";
import { findPeople, type OfficialPhrase } from "./mentions/officials";
import { continuesWord, findOrgs, outermost, type OrgMention } from "./mentions/orgs";
import type { PostMention } from "./mentions/people";
import { findPlaces, placeNames, placeStem, type PlaceMention } from "./mentions/places";
import { Claims, WordIndex } from "./scan";

export interface Reference {
  start: number;
  end: number;
  text: string;
  kind: "person" | "org" | "group";
  /** For an org reference: the kinds of body it can stand for (该局 → 局). */
  endings?: string[];
}

export interface ParagraphMentions {
  paragraph: Paragraph;
  dates: ParagraphDates;
  titles: TitleMention[];
  meetings: MeetingMention[];
  orgs: OrgMention[];
  nestedOrgs: OrgMention[];
  officials: OfficialPhrase[];
  loosePosts: PostMention[];
  places: PlaceMention[];
  references: Reference[];
}

export interface Analysis extends PreparedText {
  dateContext: DateContext;
  paragraphs: Paragraph[];
  byParagraph: ParagraphMentions[];
}

const CLAIM_TITLE = 1;

/** Every written form of a national body; those no suffix finds (党中央, 国务院联防联控机制) are found by name. */
const nationalForms = new WordIndex(new Set(NATIONAL_BODIES.flat()));

/** The paragraph's bodies with the national bodies named in it that the suffix rules missed, in text order. */
function withNationalBodies(found: OrgMention[], view: string, p: Paragraph, inTitle: (i: number) => boolean): OrgMention[] {
  const out = found;
  for (let i = p.start; i < p.end; i++) {
    const form = nationalForms.at(view, i, p.end);
    if (!form || inTitle(i)) continue;
    const end = i + form.length;
    if (continuesWord(form, view[end])) continue; // 教育部门 is a kind of body, not the ministry
    // A longer body already read here (国务院办公厅 found by its suffix) keeps its name.
    if (!found.some((o) => o.start <= i && o.end >= end)) out.push({ start: i, end, type: "agency", text: form, suffix: form });
    i = end - 1;
  }
  return out.sort((x, y) => x.start - y.start);
}

export function analyse(text: string, meta: { date?: string; year?: number }): Analysis {
  const prepared = prepareText(text);
  const { view, rawView } = prepared;
  const ctx = dateContext(rawView, prepared.paragraphs, meta);
  const claims = new Claims(view.length);
  const content = prepared.paragraphs.filter((p) => p.kind !== "meta");

  // Titles first: nothing inside a document's title is read as a mention of its own.
  const titlesOf = new Map<Paragraph, TitleMention[]>();
  for (const p of content) {
    const titles = findTitles(view, p.start, p.end);
    titles.forEach((t) => claims.claim(t.outerStart, t.outerEnd, CLAIM_TITLE));
    titlesOf.set(p, titles);
  }
  const inTitle = (i: number) => claims.at(i) === CLAIM_TITLE;

  // Bodies first, in every paragraph, so that a short form given once in brackets
  // (江西省防汛抗旱指挥部(省防指)) is known wherever else it is written (省防指召开…).
  const orgsOf = new Map<Paragraph, OrgMention[]>();
  for (const p of content) orgsOf.set(p, withNationalBodies(findOrgs(view, p.start, p.end, inTitle), view, p, inTitle));
  const shortForms = new Set<string>();
  for (const list of orgsOf.values()) for (const o of list) if (o.bracketAlias) shortForms.add(o.bracketAlias.text);
  if (shortForms.size) {
    const index = new WordIndex(shortForms);
    for (const p of content) {
      const list = orgsOf.get(p)!;
      const taken = (i: number) => list.some((o) => i >= o.start && i < (o.bracketAlias ? o.bracketAlias.outerEnd : o.end));
      for (let i = p.start; i < p.end; i++) {
        const form = index.at(view, i, p.end);
        if (!form || inTitle(i) || taken(i) || taken(i + form.length - 1)) continue;
        const full = [...orgsOf.values()].flat().find((o) => o.bracketAlias?.text === form)!;
        list.push({ start: i, end: i + form.length, type: full.type, text: form, suffix: full.suffix });
        i += form.length - 1;
      }
      list.sort((x, y) => x.start - y.start);
    }
  }

  const byParagraph: ParagraphMentions[] = [];
  let previousDate: string | null = null;
  for (const p of content) {
    const dates = paragraphDates(view, p, ctx, p.kind === "headline" ? null : previousDate, inTitle);
    if (p.kind === "body") previousDate = dates.last;
    const meetings = findMeetings(view, p.start, p.end, inTitle);
    const inMeeting = (i: number) => meetings.some((m) => !m.referred && i >= m.start && i < m.end);
    const allOrgs = orgsOf.get(p)!;
    const { top, nested } = outermost(allOrgs);
    // Bodies inside a meeting's name (省政府常务会议) are nested in it.
    const orgs = top.filter((o) => !inMeeting(o.start));
    const nestedOrgs = [...nested, ...top.filter((o) => inMeeting(o.start))];
    const people = findPeople(view, p.start, p.end, orgs, (i) => inTitle(i) || inMeeting(i));
    // A body word inside a post word (省委常委) is no mention of the body.
    const postSpans = [...people.phrases.flatMap((ph) => ph.posts), ...people.loosePosts];
    const insidePost = (o: OrgMention) => postSpans.some((s) => o.start >= s.start && o.end <= s.end);
    byParagraph.push({
      paragraph: p,
      dates,
      titles: titlesOf.get(p)!,
      meetings,
      orgs: orgs.filter((o) => !insidePost(o)),
      nestedOrgs,
      officials: people.phrases,
      loosePosts: people.loosePosts,
      places: [],
      references: [],
    });
  }

  addKnownNames(view, byParagraph, inTitle);
  addReferences(view, byParagraph);
  addPlaces(view, byParagraph);
  return { ...prepared, dateContext: ctx, byParagraph };
}

const masks = new WeakMap<ParagraphMentions, { version: number; mask: Uint8Array }>();

/** Whether [start, end) touches a mention already found in the paragraph (a mask, rebuilt when mentions change). */
function covered(pm: ParagraphMentions, start: number, end: number): boolean {
  const version = pm.officials.length * 100003 + pm.orgs.length * 101 + pm.nestedOrgs.length;
  let entry = masks.get(pm);
  if (!entry || entry.version !== version) {
    const base = pm.paragraph.start;
    const mask = new Uint8Array(pm.paragraph.end - base);
    for (const [s, e] of spansOf(pm)) mask.fill(1, Math.max(0, s - base), Math.max(0, e - base));
    entry = { version, mask };
    masks.set(pm, entry);
  }
  for (let i = start; i < end; i++) if (entry.mask[i - pm.paragraph.start]) return true;
  return false;
}

function spansOf(pm: ParagraphMentions): number[][] {
  return [
    ...pm.titles.map((t) => [t.outerStart, t.outerEnd]),
    ...pm.orgs.map((o) => [o.start, o.end]),
    ...pm.nestedOrgs.map((o) => [o.start, o.end]),
    ...pm.officials.map((o) => [o.start, o.end]),
    ...pm.meetings.filter((m) => !m.referred).map((m) => [m.start, m.end]),
    ...pm.loosePosts.map((p) => [p.start, p.end]),
  ];
}

/** A name found next to a post is a name wherever else it is written. */
function addKnownNames(view: string, byParagraph: ParagraphMentions[], inTitle: (i: number) => boolean) {
  const names = new WordIndex(byParagraph.flatMap((pm) => pm.officials.map((o) => o.name.text)));
  for (const pm of byParagraph) {
    const found: OfficialPhrase[] = [];
    for (let i = pm.paragraph.start; i < pm.paragraph.end; i++) {
      const name = names.at(view, i, pm.paragraph.end);
      if (!name) continue;
      const end = i + name.length;
      if (inTitle(i) || covered(pm, i, end)) continue;
      found.push({ start: i, end, name: { start: i, end, text: name }, posts: [] });
      i = end - 1;
    }
    if (found.length) pm.officials = [...pm.officials, ...found].sort((a, b) => a.start - b.start);
  }
}

const orgReferenceWords = new WordIndex(Object.keys(ORG_REFERENCES));
const groupWords = new WordIndex(ORG_SUFFIXES.filter(([, t]) => t === "group").map(([s]) => s));

function addReferences(view: string, byParagraph: ParagraphMentions[]) {
  for (const pm of byParagraph) {
    const { start: from, end: to } = pm.paragraph;
    for (let i = from; i < to; i++) {
      const team = groupWords.at(view, i, to);
      // 专家组成: 组 starts the next word (组成, 组建, 组长), no team is named.
      if (team && !covered(pm, i, i + team.length) && !(team.endsWith("组") && /[成建织长员合]/.test(view[i + team.length] ?? "")) && !(team.endsWith("队") && /[伍员长列]/.test(view[i + team.length] ?? ""))) {
        pm.references.push({ start: i, end: i + team.length, text: team, kind: "group", endings: [team] });
        i += team.length - 1;
        continue;
      }
      const word = orgReferenceWords.at(view, i, to);
      if (word && !covered(pm, i, i + word.length)) {
        pm.references.push({ start: i, end: i + word.length, text: word, kind: "org", endings: ORG_REFERENCES[word] });
        i += word.length - 1;
        continue;
      }
      const ch = view.charCodeAt(i);
      if (pronounCodes.has(ch) && !covered(pm, i, i + 1) && !/^[们人]/.test(view[i + 1] ?? "")) {
        pm.references.push({ start: i, end: i + 1, text: view[i], kind: "person" });
      }
    }
  }
}

function addPlaces(view: string, byParagraph: ParagraphMentions[]) {
  const stems = new Set<string>();
  for (const pm of byParagraph) {
    for (const o of [...pm.orgs, ...pm.nestedOrgs]) {
      const stem = placeStem(o.text);
      if (stem) stems.add(stem);
    }
  }
  const names = placeNames(stems);
  for (const pm of byParagraph) {
    pm.places = findPlaces(view, pm.paragraph.start, pm.paragraph.end, names, (s, e) => !covered(pm, s, e));
  }
}
