// One long article extracted in this process, for the long-article benchmark:
//   tsx scripts/bench/long-article-child.ts <corpus dir> <characters>
// prints {"ms", "cpuMs", "maxRssMb", "chars", "entities", "relations"} as JSON. A hundred short
// articles are extracted first, so the figure is the long one's work, not the JIT's warm-up.
import { extractDocument } from "../../src/extract/index";
import { readArticles } from "./articles";

/** The bodies of the corpus's articles, one after another, cut to `chars` characters. */
function longArticleText(bodies: readonly string[], chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; length < chars; k++) {
    const body = bodies[k % bodies.length] + "\n";
    parts.push(body);
    length += body.length;
  }
  return parts.join("").slice(0, chars);
}

const [dir, charsArg] = process.argv.slice(2);
const bodies = readArticles(dir).map((a) => a.doc.text);
const text = longArticleText(bodies, Number(charsArg));
const doc = { id: "long", title: "long", chars: text.length, sha256: "", text };
for (const body of bodies.slice(0, 100)) extractDocument({ ...doc, text: body, chars: body.length }, { year: 2020 });
const started = performance.now();
const cpu = process.cpuUsage();
const x = extractDocument(doc, { year: 2020 });
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, chars: text.length, entities: x.entities.length, relations: x.relations.length }));
