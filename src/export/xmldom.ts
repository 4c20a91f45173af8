// XML parsing for Node (command line, tests) through @xmldom/xmldom, the DOM
// graphology's GEXF and GraphML parsers are built on. xmldom reads on past
// most mistakes, so every warning it raises counts as an error here: a file
// either parses cleanly or is refused. The browser does not import this.
import { DOMParser } from "@xmldom/xmldom";
import { refuseDoctype, type XmlParse } from "./xml-parse";

function tidy(message: string): string {
  const m = /^\[xmldom \w+\]\t([\s\S]*?)\n?@#\[line:(\d+),col:(\d+|undefined)\]/.exec(message);
  if (!m) return message.replace(/^\[xmldom \w+\]\t/, "").trim();
  return m[3] === "undefined" ? m[1].trim() : `line ${m[2]}, column ${m[3]}: ${m[1].trim()}`;
}

export const xmldomParse: XmlParse = (text) => {
  refuseDoctype(text);
  const problems: string[] = [];
  const report = (m: string) => problems.push(tidy(m));
  const doc = new DOMParser({ locator: {}, errorHandler: { warning: report, error: report, fatalError: report } }).parseFromString(text, "application/xml");
  if (problems.length) throw new Error(`broken XML: ${problems[0]}`);
  if (!doc.documentElement) throw new Error("broken XML: no root element");
  return doc as unknown as Document;
};
