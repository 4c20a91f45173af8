// A short form given to the wrong full name. An article of 浏阳 that names
// 长沙市教育局 and 浏阳市教育局 writes 市教育局 for its own city's bureau,
// but the extractor, which knows no jurisdiction, may have made it an alias
// of 长沙市教育局. Here the short form's mentions, and the relations stated
// through them, go to the body its relative word means in this article. Pure.
import type { ExtractedEntity, Extraction } from "../extract/types";
import { simplify } from "../extract/script";
import type { ArticleContext } from "./context";
import { isBody } from "./keys";
import { parseBodyName } from "./names";

export function reassignShortForms(x: Extraction, ctx: ArticleContext): Extraction {
  const province = ctx.province?.code;
  const named = new Map<string, ExtractedEntity>();
  for (const e of x.entities) {
    if (!isBody(e.type)) continue;
    const b = parseBodyName(simplify(e.label), province);
    if (b.named) named.set(`${e.type}|${b.named.code}|${b.rest}`, e);
  }
  if (named.size < 2) return x;

  let entities = x.entities;
  let relations = x.relations;
  for (const e of x.entities) {
    if (!isBody(e.type)) continue;
    const own = parseBodyName(simplify(e.label), province);
    if (!own.named) continue;
    for (const alias of e.aliases) {
      const b = parseBodyName(simplify(alias), province);
      if (!b.relative || b.rest !== own.rest) continue;
      const moved = e.mentions.filter((m) => simplify(x.doc.text.slice(m.start, m.end)) === simplify(alias));
      const at = moved[0]?.start;
      const meant = at === undefined ? undefined : ctx.resolve(b.relative, at);
      const owner = meant && meant.code !== own.named.code ? named.get(`${e.type}|${meant.code}|${b.rest}`) : undefined;
      if (!owner) continue;
      const inMoved = (r: { start: number; end: number }) => moved.some((m) => m.start >= r.start && m.end <= r.end);
      const inKept = (r: { start: number; end: number }) =>
        e.mentions.some((m) => !moved.includes(m) && m.start >= r.start && m.end <= r.end);
      entities = entities.map((y) =>
        y.id === e.id
          ? { ...y, aliases: y.aliases.filter((a) => a !== alias), mentions: y.mentions.filter((m) => !moved.includes(m)) }
          : y.id === owner.id
            ? { ...y, aliases: y.aliases.includes(alias) ? y.aliases : [...y.aliases, alias], mentions: [...y.mentions, ...moved].sort((p, q) => p.start - q.start) }
            : y,
      );
      relations = relations.map((r) => {
        const touches = (r.source === e.id || r.target === e.id) && r.evidence.some(inMoved) && !r.evidence.some(inKept);
        if (!touches) return r;
        return { ...r, source: r.source === e.id ? owner.id : r.source, target: r.target === e.id ? owner.id : r.target };
      });
    }
  }
  return entities === x.entities ? x : { ...x, entities, relations };
}
