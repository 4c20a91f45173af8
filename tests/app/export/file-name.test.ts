import { describe, expect, it } from "vitest";
import { exportBaseName, safeName } from "../../../src/app/export/file-name";

describe("export file names", () => {
  it("say what was taken, with the node's label as written", () => {
    expect(exportBaseName({ what: "view" })).toBe("graph-view");
    expect(exportBaseName({ what: "neighbourhood", node: "鄭邦山", depth: 2 })).toBe("鄭邦山-neighbourhood-2");
    expect(exportBaseName({ what: "path", from: "陳垠亭", to: "尹弘" })).toBe("path-陳垠亭-尹弘");
    expect(exportBaseName({ what: "picked", count: 3 })).toBe("picked-3-nodes");
  });

  it("keep out path separators, characters Windows refuses, controls and spaces", () => {
    expect(safeName('《關於/做好:"防控"工作*的通知?》')).toBe("《關於_做好_防控_工作_的通知_》");
    expect(safeName("a\\b|c<d>e\u0001f  g")).toBe("a_b_c_d_e_f_g");
    expect(safeName("../..")).toBe("node");
    expect(safeName(" . ")).toBe("node");
  });

  it("cut long labels to whole characters", () => {
    const long = "𠀀".repeat(50); // outside the BMP: two UTF-16 units each
    expect(Array.from(safeName(long))).toHaveLength(40);
    expect(safeName(long)).toBe("𠀀".repeat(40));
  });
});
