// The synthetic corpus: N articles from one seeded world. Article i depends
// only on (seed, i), so the first 100 articles of a 10,000-article corpus are
// the 100-article corpus. For benchmarks and scale tests only: the text is
// made of templates and says nothing about extraction quality.
import { makeArticle, type SynthArticle } from "./article";
import { makeWorld, type World } from "./world";

export interface CorpusOptions {
  count: number;
  seed: number;
}

export function* generateCorpus({ count, seed }: CorpusOptions, world: World = makeWorld(seed)): Generator<SynthArticle> {
  for (let i = 0; i < count; i++) yield makeArticle(world, seed, i);
}

/** The file as graph-data/articles holds it: front matter, then the text. */
export function articleFile(a: SynthArticle): string {
  return `---\ntitle: ${a.title}\nyear: ${a.year}\nregion: ${a.region}\nnote: synthetic article for benchmarks (${a.script})\n---\n${a.text}`;
}

/** One line of the planted-extractions file (JSON Lines, one article a line). */
export function plantedLine(a: SynthArticle): string {
  return JSON.stringify({ doc: a.id, ...a.planted });
}
