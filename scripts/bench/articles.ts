// Reads a folder of .txt articles into source documents, for the benchmarks.
// A stand-in for the build CLI's own reader until it lands in main: front
// matter (title, year, date, url) is taken off and the rest is the text.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { SourceDoc } from "../../src/graph/contract";

export interface ArticleInput {
  doc: SourceDoc;
  year?: number;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

export function readArticle(path: string, id: string): ArticleInput {
  const raw = readFileSync(path, "utf8");
  const fm = FRONT_MATTER.exec(raw);
  const fields = new Map<string, string>();
  for (const line of fm?.[1].split("\n") ?? []) {
    const colon = line.indexOf(":");
    if (colon > 0) fields.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const text = fm ? raw.slice(fm[0].length) : raw;
  const doc: SourceDoc = {
    id,
    title: fields.get("title") ?? text.split("\n", 1)[0].trim(),
    chars: text.length,
    sha256: createHash("sha256").update(text).digest("hex"),
    text,
  };
  const date = fields.get("date");
  if (date) doc.date = date;
  const url = fields.get("url");
  if (url) doc.url = url;
  const year = Number(fields.get("year"));
  return Number.isInteger(year) && year > 0 ? { doc, year } : { doc };
}

/** The .txt articles of a folder, in code-unit order of file name. */
export function readArticles(dir: string): ArticleInput[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return files.map((f) => readArticle(join(dir, f), f.slice(0, -".txt".length)));
}
