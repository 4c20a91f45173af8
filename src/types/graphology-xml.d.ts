// The environment-neutral halves of graphology-gexf and graphology-graphml.
// Their package entries either load @xmldom/xmldom (Node) or read the global
// DOMParser at import time (browser); these files do neither, so the same
// code runs in the browser, a worker and the tests, with the DOM passed in.

declare module "graphology-gexf/common/writer.js" {
  import type { Attributes } from "graphology-types";
  import type { GexfWriterOptions } from "graphology-gexf/common/types";
  import type Graph from "graphology";
  export default function write<N extends Attributes = Attributes, E extends Attributes = Attributes>(
    graph: Graph<N, E>,
    options?: GexfWriterOptions<N, E>,
  ): string;
}

declare module "graphology-gexf/common/parser.js" {
  import type { GexfParserOptions } from "graphology-gexf/common/types";
  import type Graph from "graphology";
  export default function createParserFunction(
    DOMParser: unknown,
    Document: unknown,
  ): (GraphClass: typeof Graph, source: Document, options?: GexfParserOptions) => Graph;
}

declare module "graphology-graphml/common/parser.js" {
  import type { GraphmlParserOptions } from "graphology-graphml/common/types";
  import type Graph from "graphology";
  export default function createParserFunction(
    DOMParser: unknown,
    Document: unknown,
  ): (GraphClass: typeof Graph, source: Document, options?: GraphmlParserOptions) => Graph;
}
