// Parsing XML text into a DOM document, with broken XML reported as an error
// rather than a half-read document. The browser uses its own DOMParser; Node
// (the command line, the tests) passes xmldomParse from ./xmldom instead.

/** Parses XML text; throws an Error saying where and why when it is not well-formed. */
export type XmlParse = (text: string) => Document;

export const browserXmlParse: XmlParse = (text) => {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  // Browsers do not throw: they return a document holding a <parsererror>.
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`broken XML: ${(error.textContent ?? "").replace(/\s+/g, " ").trim()}`);
  if (!doc.documentElement) throw new Error("broken XML: no root element");
  return doc;
};
