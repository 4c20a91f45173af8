// Any text at all goes through the extractor without an exception, and every
// offset it returns points inside the text at the words it names.
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../src/graph/layout";
import { run } from "./helpers";

const PIECES = [
  "省教育厅", "厅长", "主持召开", "会议", "王", "李明", "副", "局", ",", "、", "。", ";", "(", ")", "《", "》", "「", "」",
  "1月2日", "次日", "他", "该局", "印发", "通知", "到", "调研", "医疗队", "驰援", "武汉", "由", "任组长", "\n", "記者", "來源:",
  "𠮷", "a", "1", " ", "的", "和", "及", "县", "委", "书记", "“", "”", "陪同", "出席", "分别", "以", "为",
];

describe("robustness", () => {
  it("takes empty, blank and non-Chinese text", () => {
    for (const text of ["", " ", "\n\n", "hello world", "1234", "《》", "「」「", "(((", "。。。"]) {
      const x = run(text);
      expect(x.relations.every((r) => x.entities.some((e) => e.id === r.source))).toBe(true);
    }
  });

  it("survives random pieces of the genre, with offsets inside the text and labels cut from it", () => {
    const random = seededRandom(39);
    for (let k = 0; k < 150; k++) {
      const n = 5 + Math.floor(random() * 80);
      let text = "";
      for (let i = 0; i < n; i++) text += PIECES[Math.floor(random() * PIECES.length)];
      const x = run(text);
      for (const e of x.entities) {
        for (const m of e.mentions) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.end).toBeGreaterThan(m.start);
        }
        expect(text.includes(e.label), `label ${e.label} in ${text}`).toBe(true);
      }
      for (const r of x.relations) for (const ev of r.evidence) expect(ev.end).toBeLessThanOrEqual(text.length);
    }
  });
});
