import { strToU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvCell, writeCsv, zipCsv } from "../../src/export/csv";
import type { EdgeView, NodeView } from "./fixture";
import { expectCarried, seedNeighbourhood } from "./roundtrip";

function rows(table: string): Record<string, string>[] {
  expect(table.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(table.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe("writeCsv", () => {
  it("round-trips the seed's neighbourhood through papaparse", () => {
    const sub = seedNeighbourhood();
    const { nodes, edges } = writeCsv(sub);
    const nodeViews = new Map<string, NodeView>(
      rows(nodes).map((r) => [
        r.id,
        { label: r.label, type: r.type, aliases: JSON.parse(r.aliases), titles: r.titles ? JSON.parse(r.titles) : undefined, date: r.date || undefined },
      ]),
    );
    const edgeViews = new Map<string, EdgeView>(
      rows(edges).map((r) => {
        expect(r.evidence_text).toBe(JSON.parse(r.evidence).map((s: any) => s.text).join("\n"));
        return [
          r.id,
          { source: r.source, target: r.target, relation: r.relation, date: r.date || undefined, title: r.title || undefined, inferred: r.inferred === "true", evidence: JSON.parse(r.evidence) },
        ];
      }),
    );
    expectCarried(sub, nodeViews, edgeViews);
    for (const r of rows(edges)) {
      expect(r.source_label).toBe(sub.getNodeAttribute(r.source, "label"));
      expect(r.target_label).toBe(sub.getNodeAttribute(r.target, "label"));
    }
  });

  it("writes RFC 4180: header first, CRLF between records, quotes doubled, BOM once", () => {
    const { nodes, edges } = writeCsv(seedNeighbourhood());
    expect(nodes.split("\r\n")[0]).toBe("\uFEFFid,label,type,aliases,titles,date,x,y,size,color,mentions");
    expect(edges.split("\r\n")[0]).toBe("\uFEFFid,source,target,source_label,target_label,relation,date,title,inferred,evidence_text,evidence");
    expect(nodes.endsWith("\r\n")).toBe(true);
    expect(nodes.indexOf("\uFEFF", 1)).toBe(-1);
    // Outside quoted fields every line break is CRLF.
    const outside = nodes.replace(/"(?:[^"]|"")*"/g, "");
    expect(outside).not.toMatch(/[^\r]\n/);
    expect(nodes).toContain('"""A&B<研究院>"",乙\n𠮷野家𡃁仔中心"');
  });

  it("quotes only what needs it and guards cells a spreadsheet would run as formulas", () => {
    expect(csvCell("plain 文字")).toBe("plain 文字");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("line\r\nbreak")).toBe('"line\r\nbreak"');
    expect(csvCell("=HYPERLINK(\"x\")")).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(-12.5)).toBe("-12.5");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(undefined)).toBe("");
  });

  it("zips both tables with the same bytes every time", () => {
    const tables = writeCsv(seedNeighbourhood());
    const zip = zipCsv(tables, "neighbourhood");
    expect(zipCsv(writeCsv(seedNeighbourhood()), "neighbourhood")).toEqual(zip);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(["neighbourhood.edges.csv", "neighbourhood.nodes.csv"]);
    expect(files["neighbourhood.nodes.csv"]).toEqual(strToU8(tables.nodes));
    expect(files["neighbourhood.edges.csv"]).toEqual(strToU8(tables.edges));
    expect([...files["neighbourhood.nodes.csv"].subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
  });
});
