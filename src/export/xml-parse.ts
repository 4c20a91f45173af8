// Parsing XML text into a DOM document, with broken XML reported as an error
// rather than a half-read document. The browser uses its own DOMParser; Node
// (the command line, the tests) passes xmldomParse from ./xmldom instead.

/** Parses XML text; throws an Error saying where and why when it is not well-formed. */
export type XmlParse = (text: string) => Document;

/**
 * Graph files have no DOCTYPE. One may declare entities that expand a small file into
 * gigabytes (the browser's parser expands internal entities; "billion laughs") or point
 * outside the file: refused before parsing, in the browser and in Node alike.
 */
export function refuseDoctype(text: string): void {
  if (/<!DOCTYPE/i.test(text)) throw new Error("refused: the file declares a DOCTYPE (entities or an outside DTD), which graph files never need; export it again without one");
}

export const browserXmlParse: XmlParse = (text) => {
  refuseDoctype(text);
  const doc = new DOMParser().parseFromString(text, "application/xml");
  // Browsers do not throw: they return a document holding a <parsererror>.
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`broken XML: ${(error.textContent ?? "").replace(/\s+/g, " ").trim()}`);
  if (!doc.documentElement) throw new Error("broken XML: no root element");
  return doc;
};
