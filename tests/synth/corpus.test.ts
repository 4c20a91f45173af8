import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { articleFile, generateCorpus, plantedLine } from "../../scripts/synth/corpus";
import { MAX_CHARS, MIN_CHARS, type SynthArticle } from "../../scripts/synth/article";
import { makeWorld } from "../../scripts/synth/world";
import { writeSynthCorpus } from "../../scripts/synth-corpus";
import { division } from "../../src/gazetteer/index";

const corpus = (count: number, seed: number): SynthArticle[] => [...generateCorpus({ count, seed })];
const sample = corpus(300, 11);

describe("synthetic corpus", () => {
  it("is byte-identical for the same seed and differs for another", () => {
    const a = corpus(20, 5);
    const b = corpus(20, 5);
    expect(a.map(articleFile)).toEqual(b.map(articleFile));
    expect(a.map(plantedLine)).toEqual(b.map(plantedLine));
    expect(corpus(20, 6).map(articleFile)).not.toEqual(a.map(articleFile));
  });

  it("gives article i the same text whatever the count, so small corpora are prefixes of large ones", () => {
    const small = corpus(10, 3).map(articleFile);
    const large = corpus(30, 3).map(articleFile);
    expect(large.slice(0, 10)).toEqual(small);
  });

  it("writes half the articles in Simplified and half in Traditional script", () => {
    const hans = sample.filter((a) => a.script === "zh-Hans");
    const hant = sample.filter((a) => a.script !== "zh-Hans");
    expect(hans.length).toBe(150);
    expect(new Set(hant.map((a) => a.script))).toEqual(new Set(["zh-Hant-TW", "zh-Hant-HK"]));
    // Simplified text turns into something else in Traditional, and back.
    const toHant = { "zh-Hant-TW": OpenCC.Converter({ from: "cn", to: "tw" }), "zh-Hant-HK": OpenCC.Converter({ from: "cn", to: "hk" }) };
    const toHans = OpenCC.Converter({ from: "t", to: "cn" });
    for (const a of hans.slice(0, 20)) expect(toHant["zh-Hant-TW"](a.text)).not.toBe(a.text);
    for (const a of hant.slice(0, 20)) {
      expect(toHans(a.text)).not.toBe(a.text);
      expect(toHant[a.script as keyof typeof toHant](a.text)).toBe(a.text);
    }
  });

  it("keeps article lengths between 500 and 4,000 characters with a mean near the seed's", () => {
    const lengths = sample.map((a) => a.text.length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(MIN_CHARS);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_CHARS);
    const mean = lengths.reduce((s, n) => s + n, 0) / lengths.length;
    expect(mean).toBeGreaterThan(2800);
    expect(mean).toBeLessThan(3700);
    expect(lengths.filter((n) => n < 1500).length).toBeGreaterThan(0);
  });

  it("sets each article in a real jurisdiction (front-matter region) and writes names relative to it", () => {
    for (const a of sample) {
      expect(division(a.region), a.id).toBeDefined();
      expect(articleFile(a)).toContain(`\nregion: ${a.region}\n`);
    }
    expect(new Set(sample.map((a) => a.region.slice(0, 2))).size).toBeGreaterThan(3);
    const hans = sample.filter((a) => a.script === "zh-Hans").map((a) => a.text).join("\n");
    for (const relative of ["省委", "省政府", "市教育局", "市卫健委"]) expect(hans).toContain(relative);
    // Counties' education bodies by their short form, in articles of those counties.
    expect(sample.some((a) => a.script === "zh-Hans" && a.text.includes("县教体局"))).toBe(true);
  });

  it("makes the same officials and agencies recur across articles", () => {
    const articlesWith = new Map<string, number>();
    for (const a of sample) {
      for (const key of new Set(a.planted.entities.filter((e) => e.type === "official" || e.type === "agency").map((e) => `${e.type}:${e.matchKey}`))) {
        articlesWith.set(key, (articlesWith.get(key) ?? 0) + 1);
      }
    }
    const counts = [...articlesWith.values()].sort((a, b) => b - a);
    // A few leaders in many articles, and a long tail: not one article each.
    expect(counts[0]).toBeGreaterThan(sample.length / 10);
    expect(counts.filter((n) => n >= 5).length).toBeGreaterThan(50);
    expect(counts.filter((n) => n === 1).length).toBeLessThan(counts.length);
  });

  it("plants mentions and evidence at the right offsets", () => {
    for (const a of sample.slice(0, 60)) {
      const { entities, relations } = a.planted;
      const byId = new Map(entities.map((e) => [e.id, e]));
      for (const e of entities) {
        for (const m of e.mentions) expect([e.label, ...e.aliases]).toContain(a.text.slice(m.start, m.end));
        if (a.script === "zh-Hans") expect(e.label).toBe(e.matchKey);
      }
      for (const r of relations) {
        expect(byId.has(r.source) && byId.has(r.target)).toBe(true);
        const [ev] = r.evidence;
        expect(ev.start).toBeGreaterThanOrEqual(0);
        expect(ev.end).toBeLessThanOrEqual(a.text.length);
        const inside = (id: string) => byId.get(id)!.mentions.some((m) => m.start >= ev.start && m.end <= ev.end);
        expect(inside(r.source) || inside(r.target)).toBe(true);
      }
    }
  });

  it("covers the genre's relations", () => {
    const relations = new Set(sample.flatMap((a) => a.planted.relations.map((r) => r.relation)));
    for (const r of ["holds_post", "chaired", "attended", "organized", "issued", "visited", "dispatched", "aided", "leads", "member_of", "mentions"]) {
      expect(relations).toContain(r);
    }
    expect(sample.some((a) => a.planted.relations.some((r) => r.inferred))).toBe(true);
  });

  it("makes up names rather than reusing those of the real articles", () => {
    const toHans = OpenCC.Converter({ from: "tw", to: "cn" });
    const goldFiles = [
      "tests/fixtures/seed-gold.json",
      ...readdirSync("tests/fixtures/dev/gold").map((f) => join("tests/fixtures/dev/gold", f)),
    ];
    const real = new Set(
      goldFiles.flatMap((f) =>
        (JSON.parse(readFileSync(f, "utf8")) as { entities: { type: string; name: string }[] }).entities
          .filter((e) => e.type === "official")
          .map((e) => toHans(e.name)),
      ),
    );
    expect(real.size).toBeGreaterThan(20);
    for (const seed of [1, 2, 3]) {
      for (const p of makeWorld(seed).provinces) for (const o of p.officials) expect(real.has(o.name)).toBe(false);
    }
  });

  it("writes front matter like the seed article's, and refuses a folder of other files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "synth-"));
    await writeSynthCorpus({ count: 3, out: join(dir, "c"), seed: 2, planted: join(dir, "p.jsonl") });
    const first = readFileSync(join(dir, "c", "synth-00001.txt"), "utf8");
    expect(first).toMatch(/^---\ntitle: .+\nyear: 20\d\d\n[\s\S]*?\n---\n/);
    expect(readFileSync(join(dir, "p.jsonl"), "utf8").trim().split("\n")).toHaveLength(3);

    writeFileSync(join(dir, "c", "notes.md"), "mine");
    await expect(writeSynthCorpus({ count: 3, out: join(dir, "c"), seed: 2 })).rejects.toThrow(/notes\.md/);
    expect(readFileSync(join(dir, "c", "notes.md"), "utf8")).toBe("mine");
  });
});
