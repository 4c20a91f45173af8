// The acceptance test for real pages: each saved page of tests/fixtures/pages
// (six templates, three encodings) read and built as `npm run build-graph`
// does, then checked against expected.json: the page's metadata in the source
// entry, the entities and relations that must be found, and the furniture
// that must neither stay in the article text nor enter any node.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeArticle } from "../../src/extract/decode";
import { extractDocument } from "../../src/extract/index";
import { prepareArticle } from "../../src/extract/prepare";
import { buildGraph } from "../../src/graph/build";

const dir = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/pages");

interface Expected {
  file: string;
  charset: string;
  title: string;
  date: string;
  publisher?: string;
  site: string;
  url?: string;
  entities: string[];
  relations: string[];
  chrome: string[];
  notEntities?: string[];
}

const { pages } = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { pages: Expected[] };

async function build(file: string) {
  const bytes = new Uint8Array(readFileSync(join(dir, file)));
  const prepared = await prepareArticle(bytes, { id: file.replace(/\.html$/, ""), format: "html" });
  if (!prepared.ok) throw new Error(`${file}: ${prepared.reason}`);
  const { doc, year } = prepared.article;
  const graph = buildGraph([extractDocument(doc, { year })], { builtWith: "test", layout: false });
  const decoded = decodeArticle(bytes);
  return { doc, graph, charset: decoded.ok ? decoded.charset.label : undefined };
}

describe("saved government pages", () => {
  it("covers at least six templates", () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  for (const page of pages) {
    describe(page.file, () => {
      const built = build(page.file);

      it("is decoded in its own encoding", async () => {
        expect((await built).charset).toBe(page.charset);
      });

      it("gives title, date, publishing body, site and address in the source entry", async () => {
        const { doc } = await built;
        expect({ title: doc.title, date: doc.date, publisher: doc.publisher, site: doc.site, url: doc.url }).toEqual({
          title: page.title,
          date: page.date,
          publisher: page.publisher,
          site: page.site,
          url: page.url,
        });
      });

      it("starts its text with the headline and finds the entities and relations", async () => {
        const { doc, graph } = await built;
        expect(doc.text.split("\n")[0]).toBe(page.title);
        const nodes = graph.mapNodes((_, a) => `${a.type}:${a.label}`);
        for (const e of page.entities) expect(nodes, e).toContain(e);
        for (const e of page.notEntities ?? []) expect(nodes, e).not.toContain(e);
        const label = (n: string) => graph.getNodeAttribute(n, "label");
        const relations = graph.mapEdges((_, a, s, t) => `${label(s)} ${a.relation} ${label(t)}`);
        for (const r of page.relations) expect(relations, r).toContain(r);
      });

      it("keeps the furniture out of the text and out of every node", async () => {
        const { doc, graph } = await built;
        const names = graph.mapNodes((_, a) => [a.label, ...a.aliases]).flat();
        for (const chrome of page.chrome) {
          expect(doc.text, `"${chrome}" in the text`).not.toContain(chrome);
          expect(names.filter((n) => n.includes(chrome)), `"${chrome}" in a node`).toEqual([]);
        }
      });

      it("has one dated node per meeting: the headline makes no undated copy", async () => {
        const { graph } = await built;
        const meetings = graph.filterNodes((_, a) => a.type === "meeting").map((n) => graph.getNodeAttributes(n));
        for (const m of meetings) expect(m.date, m.label).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Set(meetings.map((m) => m.label)).size).toBe(meetings.length);
      });
    });
  }
});
