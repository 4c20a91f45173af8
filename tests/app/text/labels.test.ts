import { describe, expect, it } from "vitest";
import { labelInScript, mapLabels, shorten } from "../../../src/app/text/labels";

const attrs = {
  label: "河南省教育廳",
  aliases: ["省教育廳"],
  search: { hans: ["河南省教育厅", "省教育厅"], hant: ["河南省教育廳", "省教育廳"], pinyin: [], initials: [] },
};

describe("labels", () => {
  it("gives the label or an alias as written, in Simplified or in Traditional", () => {
    expect(labelInScript(attrs, "source")).toBe("河南省教育廳");
    expect(labelInScript(attrs, "source", 1)).toBe("省教育廳");
    expect(labelInScript(attrs, "hans")).toBe("河南省教育厅");
    expect(labelInScript(attrs, "hans", 1)).toBe("省教育厅");
    expect(labelInScript({ label: "郑邦山" }, "hant")).toBe("郑邦山");
  });

  it("shortens long names for the map only", () => {
    expect(shorten("關於做好學校新型冠狀病毒感染的肺炎疫情防控工作的緊急通知", 8)).toBe("關於做好學校新…");
    expect(shorten("鄭邦山", 8)).toBe("鄭邦山");
    const graph = { forEachNode: (cb: (n: string, a: typeof attrs) => void) => cb("a", attrs) };
    expect(mapLabels(graph, "hans", 5).get("a")).toBe("河南省教…");
  });
});
