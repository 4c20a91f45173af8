// A graph file with a DOCTYPE is refused before it is parsed: an internal entity
// used 50,000 times expanded a 200 KB GEXF in the browser until the tab crashed.
import { describe, expect, it } from "vitest";
import { readGraphFile } from "../../src/export/read";
import { xmldomParse } from "../../src/export/xmldom";
import { refuseDoctype } from "../../src/export/xml-parse";

const laughs = (uses: number) =>
  `<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY lol "${"哈".repeat(20)}">]>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>` +
  `<node id="a" label="${"&lol;".repeat(uses)}"/></nodes><edges/></graph></gexf>`;

describe("XML graph files with a DOCTYPE", () => {
  it("are refused by the check both parsers run, whatever its case or content", () => {
    expect(() => refuseDoctype(laughs(50_000))).toThrow(/DOCTYPE/);
    expect(() => refuseDoctype('<?xml version="1.0"?><!doctype graphml SYSTEM "http://example.org/x.dtd"><graphml/>')).toThrow(/DOCTYPE/);
    expect(() => refuseDoctype('<?xml version="1.0"?><graphml><graph/></graphml>')).not.toThrow();
  });

  it("are refused by the reader with one message, GEXF and GraphML alike", () => {
    const gexf = readGraphFile(laughs(10), { fileName: "lol.gexf", xml: xmldomParse });
    expect(gexf).toMatchObject({ ok: false, errors: [expect.stringMatching(/^refused: the file declares a DOCTYPE/)] });
    const graphml = readGraphFile('<?xml version="1.0"?><!DOCTYPE graphml><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"/></graphml>', {
      fileName: "g.graphml",
      xml: xmldomParse,
    });
    expect(graphml).toMatchObject({ ok: false, errors: [expect.stringMatching(/DOCTYPE/)] });
  });
});
