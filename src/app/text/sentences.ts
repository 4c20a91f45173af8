// Relations written as sentences a reader understands, in English or Chinese,
// from either end: "issued by 河南省教育廳 on 2020-01-22" on the notice's
// page, "issued 《…》" on the agency's, and "A issued B" in a path. The
// sentence comes back as parts so the names can be rendered as links.
import type { Relation } from "../../graph/contract";
import type { Lang } from "../i18n/strings";

/** Whose page the sentence is written for: the edge's source, its target, or neither. */
export type Perspective = "source" | "target" | "full";

export type SentencePart = { text: string } | { node: "source" | "target" };

interface Templates {
  full: string;
  source: string;
  target: string;
}

type Table = Record<Relation, Templates>;

// {s} and {t} are the two ends, {title} the post where the edge has one.
const EN: Table = {
  holds_post: { full: "{s} is {title} at {t}", source: "is {title} at {t}", target: "has {title} {s}" },
  chaired: { full: "{s} chaired {t}", source: "chaired {t}", target: "chaired by {s}" },
  attended: { full: "{s} attended {t}", source: "attended {t}", target: "attended by {s}" },
  organized: { full: "{s} organized {t}", source: "organized {t}", target: "organized by {s}" },
  issued: { full: "{s} issued {t}", source: "issued {t}", target: "issued by {s}" },
  visited: { full: "{s} visited {t}", source: "visited {t}", target: "visited by {s}" },
  dispatched: { full: "{s} dispatched {t}", source: "dispatched {t}", target: "dispatched by {s}" },
  aided: { full: "{s} went to aid {t}", source: "went to aid {t}", target: "aided by {s}" },
  leads: { full: "{s} leads {t}", source: "leads {t}", target: "led by {s}" },
  member_of: { full: "{s} is a member of {t}", source: "is a member of {t}", target: "has member {s}" },
  mentions: { full: "{s} mentions {t}", source: "mentions {t}", target: "mentioned in {s}" },
};

const EN_UNTITLED_POST: Templates = { full: "{s} holds a post at {t}", source: "holds a post at {t}", target: "has on its staff {s}" };

const ZH: Table = {
  holds_post: { full: "{s}任{t}{title}", source: "任{t}{title}", target: "{title}{s}" },
  chaired: { full: "{s}主持{t}", source: "主持{t}", target: "由{s}主持" },
  attended: { full: "{s}出席{t}", source: "出席{t}", target: "{s}出席" },
  organized: { full: "{s}組織{t}", source: "組織{t}", target: "由{s}組織" },
  issued: { full: "{s}印發{t}", source: "印發{t}", target: "由{s}印發" },
  visited: { full: "{s}到{t}考察", source: "到{t}考察", target: "{s}到此考察" },
  dispatched: { full: "{s}選派{t}", source: "選派{t}", target: "由{s}選派" },
  aided: { full: "{s}馳援{t}", source: "馳援{t}", target: "{s}前來馳援" },
  leads: { full: "{s}領導{t}", source: "領導{t}", target: "由{s}領導" },
  member_of: { full: "{s}是{t}的成員", source: "是{t}的成員", target: "成員{s}" },
  mentions: { full: "{s}提及{t}", source: "提及{t}", target: "見於{s}" },
};

const ZH_UNTITLED_POST: Templates = { full: "{s}任職於{t}", source: "任職於{t}", target: "{s}在此任職" };

export interface SentenceFacts {
  relation: Relation;
  title?: string;
  date?: string;
  /** The target's label as written: a post that repeats it (省委 + 省委常委) is written once. */
  targetLabel?: string;
}

export function relationSentence(facts: SentenceFacts, perspective: Perspective, lang: Lang): SentencePart[] {
  const untitled = facts.relation === "holds_post" && !facts.title;
  const templates = lang === "zh" ? (untitled ? ZH_UNTITLED_POST : ZH[facts.relation]) : untitled ? EN_UNTITLED_POST : EN[facts.relation];
  let template = templates[perspective];
  if (facts.date) template += lang === "zh" ? "（{date}）" : " on {date}";
  const { title, targetLabel } = facts;
  // 任{t}{title} would read 任省委省委常委: the post goes on from the body's name.
  if (lang === "zh" && template.includes("{t}{title}") && title && targetLabel && title.length > targetLabel.length && title.startsWith(targetLabel))
    return fill(template, { ...facts, title: title.slice(targetLabel.length) });
  return fill(template, facts);
}

function fill(template: string, facts: SentenceFacts): SentencePart[] {
  const parts: SentencePart[] = [];
  const push = (text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && "text" in last) last.text += text;
    else parts.push({ text });
  };
  for (const piece of template.split(/(\{\w+\})/)) {
    if (piece === "{s}") parts.push({ node: "source" });
    else if (piece === "{t}") parts.push({ node: "target" });
    else if (piece === "{title}") push(facts.title ?? "");
    else if (piece === "{date}") push(facts.date ?? "");
    else push(piece);
  }
  return parts;
}

/** Plain text of a sentence, with the ends' labels filled in. */
export function sentenceText(parts: SentencePart[], source: string, target: string): string {
  return parts.map((p) => ("text" in p ? p.text : p.node === "source" ? source : target)).join("");
}

const GROUPS: Record<Lang, Record<Relation, { out: string; in: string }>> = {
  en: {
    holds_post: { out: "Posts held", in: "Post holders" },
    chaired: { out: "Chaired", in: "Chaired by" },
    attended: { out: "Attended", in: "Attended by" },
    organized: { out: "Organized", in: "Organized by" },
    issued: { out: "Issued", in: "Issued by" },
    visited: { out: "Visited", in: "Visited by" },
    dispatched: { out: "Dispatched", in: "Dispatched by" },
    aided: { out: "Went to aid", in: "Aided by" },
    leads: { out: "Leads", in: "Led by" },
    member_of: { out: "Member of", in: "Members" },
    mentions: { out: "Mentions", in: "Mentioned in" },
  },
  zh: {
    holds_post: { out: "任職", in: "任職人員" },
    chaired: { out: "主持", in: "主持人" },
    attended: { out: "出席", in: "出席者" },
    organized: { out: "組織", in: "組織者" },
    issued: { out: "印發", in: "印發者" },
    visited: { out: "考察", in: "到此考察" },
    dispatched: { out: "選派", in: "選派方" },
    aided: { out: "馳援", in: "馳援方" },
    leads: { out: "領導", in: "領導者" },
    member_of: { out: "所屬", in: "成員" },
    mentions: { out: "提及", in: "見於" },
  },
};

/** Heading of a group of relations of one kind and direction on a node's page. */
export function relationGroupTitle(relation: Relation, direction: "out" | "in", lang: Lang): string {
  return GROUPS[lang][relation][direction];
}
