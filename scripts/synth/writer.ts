// Writes article text piece by piece and records, as it goes, where each
// entity is named and which words state each relation: the "planted"
// extraction a benchmark can build a graph from while the real extractor is
// not there yet. Offsets are UTF-16 indices into the text written.
import type { NodeType, Relation } from "../../src/graph/contract";
import type { ExtractedEntity, ExtractedRelation, TextRange } from "../../src/extract/types";

/** What the writer knows about an entity: its world key and full name. */
export interface EntityRef {
  key: string;
  type: NodeType;
  /** The fullest name, in Simplified script. */
  label: string;
  date?: string;
}

interface Mention {
  ref: EntityRef;
  start: number;
  end: number;
  /** A post written next to an official's name in this mention. */
  title?: string;
}

interface PlantedRelation {
  source: EntityRef;
  target: EntityRef;
  relation: Relation;
  start: number;
  end: number;
  date?: string;
  title?: string;
  inferred?: boolean;
}

export interface RelationOptions {
  date?: string;
  title?: string;
  inferred?: boolean;
}

export class TextWriter {
  text = "";
  readonly mentions: Mention[] = [];
  readonly relations: PlantedRelation[] = [];

  get pos(): number {
    return this.text.length;
  }

  put(s: string): this {
    this.text += s;
    return this;
  }

  /** Writes the entity's name (or a short form) and records the mention. */
  name(ref: EntityRef, surface: string = ref.label, title?: string): TextRange {
    const start = this.pos;
    this.text += surface;
    const m: Mention = { ref, start, end: this.pos };
    if (title) m.title = title;
    this.mentions.push(m);
    return { start, end: this.pos };
  }

  /** Records that words already written also name another entity
   *  (X、Y分别召开…会议: one name, two meetings). */
  alsoNames(ref: EntityRef, range: TextRange): void {
    this.mentions.push({ ref, start: range.start, end: range.end });
  }

  /** A relation stated by the words from `from` to the current position. */
  relate(source: EntityRef, relation: Relation, target: EntityRef, from: number, options: RelationOptions = {}): void {
    this.relations.push({ source, target, relation, start: from, end: this.pos, ...options });
  }

  /** Appends another writer's text, shifting its records. */
  append(other: TextWriter): void {
    const shift = this.pos;
    this.text += other.text;
    for (const m of other.mentions) this.mentions.push({ ...m, start: m.start + shift, end: m.end + shift });
    for (const r of other.relations) this.relations.push({ ...r, start: r.start + shift, end: r.end + shift });
  }

  /** The records as the extractor's output shape; `surfaceOf` reads the
   *  final text (which may be in another script) at a range. */
  toExtraction(surfaceOf: (range: TextRange) => string, toScript: (s: string) => string): {
    entities: ExtractedEntity[];
    relations: ExtractedRelation[];
  } {
    const entities: ExtractedEntity[] = [];
    const byKey = new Map<string, ExtractedEntity>();

    const entityOf = (ref: EntityRef): ExtractedEntity => {
      let e = byKey.get(ref.key);
      if (!e) {
        const id = `e${entities.length + 1}`;
        e = { id, type: ref.type, label: toScript(ref.label), matchKey: ref.label, aliases: [], mentions: [] };
        if (ref.type === "official") e.titles = [];
        if (ref.date) e.date = ref.date;
        entities.push(e);
        byKey.set(ref.key, e);
      }
      return e;
    };

    const surfaces = new Map<ExtractedEntity, string[]>();
    const labelSet = new Set<ExtractedEntity>();
    for (const m of this.mentions) {
      const e = entityOf(m.ref);
      const surface = surfaceOf(m);
      e.mentions.push({ start: m.start, end: m.end });
      // The label is the full name as the article's own script writes it.
      if (!labelSet.has(e) && this.text.slice(m.start, m.end) === m.ref.label) {
        labelSet.add(e);
        e.label = surface;
      }
      const list = surfaces.get(e) ?? [];
      if (!list.includes(surface)) list.push(surface);
      surfaces.set(e, list);
      if (m.title && !e.titles!.includes(toScript(m.title))) e.titles!.push(toScript(m.title));
    }
    for (const [e, list] of surfaces) e.aliases = list.filter((a) => a !== e.label);

    const relations: ExtractedRelation[] = this.relations.map((r) => {
      const out: ExtractedRelation = {
        source: entityOf(r.source).id,
        target: entityOf(r.target).id,
        relation: r.relation,
        evidence: [{ start: r.start, end: r.end }],
      };
      if (r.date) out.date = r.date;
      if (r.title) out.title = toScript(r.title);
      if (r.inferred) out.inferred = true;
      return out;
    });
    return { entities, relations };
  }
}
