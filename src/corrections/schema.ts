// The corrections file (graph-data/corrections.json): what a person changed in
// the graph, one entry per operation, replayed by every build. Entries point
// at articles and the words written in them (anchors), never at node keys or
// positions a rebuild would change.
import { z } from "zod";
import { NODE_TYPES, RELATIONS } from "../graph/contract";

export const CORRECTIONS_VERSION = 1;

/** Written words in one article: where they were, and enough to find them again after the article is edited. */
export const anchorSchema = z
  .object({
    doc: z.string().min(1),
    /** The article's sha256 when the anchor was made: a match means the offsets still hold. */
    sha256: z.string().optional(),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    /** The words themselves, searched for near `start` when the article changed. */
    text: z.string().min(1),
    /** A few characters either side, to tell one occurrence of the words from another. */
    before: z.string().optional(),
    after: z.string().optional(),
  })
  .refine((a) => a.end > a.start, { message: "end must be after start" })
  .refine((a) => a.end - a.start === a.text.length, { message: "text must be as long as the span" });
export type Anchor = z.infer<typeof anchorSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be an ISO date YYYY-MM-DD");

/** For the person reading the file: what the entry is about. Not used to apply it. */
const contextSchema = z.object({ label: z.string(), sentence: z.string().optional() });

/** A relation, by the words of its two ends. */
const edgeRefSchema = z.object({
  source: anchorSchema,
  relation: z.enum(RELATIONS),
  target: anchorSchema,
  date: isoDate.optional(),
});
export type EdgeRef = z.infer<typeof edgeRefSchema>;

/** One entry's shape, keys in the order the file is written: id, op, what it concerns, then the context for the reader. */
const entry = <Op extends string, Shape extends z.ZodRawShape>(op: Op, shape: Shape) =>
  z.object({ id: z.string().min(1), op: z.literal(op), ...shape, context: contextSchema.optional() });

export const correctionSchema = z.discriminatedUnion("op", [
  /** The node holding `node`'s words joins the node holding `into`'s words (also: accepting a candidate pair). */
  entry("merge", { node: anchorSchema, into: anchorSchema }),
  /** A candidate pair (same name, kept apart) decided: they are different. */
  entry("distinct", { a: anchorSchema, b: anchorSchema }),
  /** The mentions in the anchor's article move to a new node. */
  entry("split", { node: anchorSchema }),
  entry("rename", { node: anchorSchema, label: z.string().min(1) }),
  entry("retype", { node: anchorSchema, type: z.enum(NODE_TYPES) }),
  entry("delete-node", { node: anchorSchema }),
  entry("delete-edge", { edge: edgeRefSchema }),
  entry("add-edge", { edge: edgeRefSchema, evidence: anchorSchema }),
  entry("set-node-date", { node: anchorSchema, date: isoDate }),
  entry("set-edge-date", { edge: edgeRefSchema, date: isoDate }),
]);
export type Correction = z.infer<typeof correctionSchema>;
export type CorrectionOp = Correction["op"];

export const correctionsFileSchema = z.object({
  version: z.literal(CORRECTIONS_VERSION),
  corrections: z.array(z.unknown()),
});

export interface CorrectionsFile {
  version: typeof CORRECTIONS_VERSION;
  corrections: Correction[];
}
