// What the extractor hands to the graph builder: one article's entities and
// relations, each pointing back at the words of the source text.
import type { NodeType, Relation, SourceDoc } from "../graph/contract";

/** A character range in the document being extracted (UTF-16, end exclusive). */
export interface TextRange {
  start: number;
  end: number;
}

export interface ExtractedEntity {
  /** Local id, unique within one extraction. */
  id: string;
  type: NodeType;
  /** The fullest form written, in the article's own script. */
  label: string;
  /** The label folded to Simplified script: entities of different articles
   *  with the same type and matchKey are the same node. */
  matchKey: string;
  aliases: string[];
  titles?: string[];
  date?: string;
  mentions: TextRange[];
}

export interface ExtractedRelation {
  source: string;
  target: string;
  relation: Relation;
  date?: string;
  title?: string;
  inferred?: boolean;
  evidence: TextRange[];
}

export interface Extraction {
  doc: SourceDoc;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}

/** Metadata an article may carry in front matter or that the caller supplies. */
export interface ArticleMeta {
  id: string;
  title?: string;
  date?: string;
  url?: string;
  year?: number;
}
