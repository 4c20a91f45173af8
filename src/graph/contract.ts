// The graph contract (shared/graph-schema.md) as TypeScript types and a zod
// schema. The build script writes it, the explorer and the exporters read it,
// and imported files are validated against it.
import { z } from "zod";

export const NODE_TYPES = [
  "official",
  "agency",
  "hospital",
  "university",
  "school",
  "group",
  "notice",
  "meeting",
  "place",
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const RELATIONS = [
  "holds_post",
  "chaired",
  "attended",
  "organized",
  "issued",
  "visited",
  "dispatched",
  "aided",
  "leads",
  "member_of",
  "mentions",
] as const;
export type Relation = (typeof RELATIONS)[number];

/** A character range (UTF-16 offsets, end exclusive) in one source text. */
export interface Span {
  doc: string;
  start: number;
  end: number;
}

/** How an article's jurisdiction was found, strongest first. */
export const REGION_SOURCES = ["front-matter", "page", "url", "text"] as const;
export type RegionSource = (typeof REGION_SOURCES)[number];

/** A jurisdiction: a GB/T 2260 code and the names of its divisions from the province down. */
export interface Jurisdiction {
  code: string;
  names: string[];
}

export interface SourceRegion extends Jurisdiction {
  by: RegionSource;
}

export interface SourceDoc {
  id: string;
  title: string;
  date?: string;
  url?: string;
  /** The name of the site a saved page came from (its SiteName), when the page gives it. */
  site?: string;
  /** The body that published the page (its ContentSource or 来源), when the page gives it. */
  publisher?: string;
  /** The article's jurisdiction, when anything tells it. */
  region?: SourceRegion;
  chars: number;
  sha256: string;
  /** The text every offset of this document indexes. */
  text: string;
}

export interface NodeAttributes {
  label: string;
  type: NodeType;
  aliases: string[];
  date?: string;
  titles?: string[];
  mentions: Span[];
  x: number;
  y: number;
  size: number;
  color: string;
  [extra: string]: unknown;
}

export interface EdgeAttributes {
  relation: Relation;
  date?: string;
  evidence: Span[];
  title?: string;
  inferred?: boolean;
  [extra: string]: unknown;
}

export interface GraphAttributes {
  sources: SourceDoc[];
  builtWith: string;
  [extra: string]: unknown;
}

/** A UTF-16 surrogate with no partner: not a character; encodeURIComponent and the DOM refuse it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text the explorer shows, searches and puts in links: well-formed Unicode. */
const shownText = z.string().refine((s) => !LONE_SURROGATE.test(s), { message: "not well-formed Unicode (a lone surrogate)" });

/** A key of a node, an edge or an article: it goes into links (encodeURIComponent throws on a lone surrogate). */
const keyText = z
  .string()
  .min(1)
  .refine((s) => !LONE_SURROGATE.test(s), { message: "not well-formed Unicode (a lone surrogate)" });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be an ISO date YYYY-MM-DD");

export const spanSchema = z
  .object({
    doc: keyText,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: "end must not be before start" });

const jurisdictionSchema = z.object({ code: z.string().min(1), names: z.array(z.string()) });

export const sourceSchema = z.object({
  id: keyText,
  title: shownText,
  date: isoDate.optional(),
  url: z.string().optional(),
  site: z.string().optional(),
  publisher: z.string().optional(),
  region: jurisdictionSchema.extend({ by: z.enum(REGION_SOURCES) }).optional(),
  chars: z.number().int().nonnegative(),
  sha256: z.string(),
  text: z.string(),
});

export const nodeAttributesSchema = z.looseObject({
  label: shownText.min(1),
  type: z.enum(NODE_TYPES),
  aliases: z.array(shownText),
  date: isoDate.optional(),
  titles: z.array(shownText).optional(),
  mentions: z.array(spanSchema),
  x: z.number().finite(),
  y: z.number().finite(),
  size: z.number().finite().positive(),
  color: z.string().min(1),
});

export const edgeAttributesSchema = z.looseObject({
  relation: z.enum(RELATIONS),
  date: isoDate.optional(),
  evidence: z.array(spanSchema),
  title: shownText.optional(),
  inferred: z.boolean().optional(),
});

export const serializedGraphSchema = z.object({
  options: z
    .object({
      type: z.string().optional(),
      multi: z.boolean().optional(),
      allowSelfLoops: z.boolean().optional(),
    })
    .optional(),
  attributes: z.looseObject({
    sources: z.array(sourceSchema),
    builtWith: z.string(),
  }),
  nodes: z.array(z.object({ key: keyText, attributes: nodeAttributesSchema })),
  edges: z.array(
    z.object({
      key: keyText.optional(),
      source: keyText,
      target: keyText,
      attributes: edgeAttributesSchema,
      undirected: z.boolean().optional(),
    }),
  ),
});

export type SerializedGraph = z.infer<typeof serializedGraphSchema>;

export const GRAPH_OPTIONS = { type: "directed", multi: true, allowSelfLoops: false } as const;
