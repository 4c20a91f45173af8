// The graph's JSON (the text JSON.stringify(graph.export()) gives, byte for
// byte) as a sequence of pieces: one per node, one per edge, one per item of
// an array attribute (the sources, whose texts together are the whole corpus).
// No piece holds more than one entry, so a corpus too large for one string
// can still be written (see scripts/lib/write-graph-stream.ts). Pure.
import type Graph from "graphology";

const isEmpty = (o: object) => {
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) return false;
  return true;
};

/** An object's members as JSON.stringify writes them, an array value item by item. */
function* objectChunks(o: Record<string, unknown>): Generator<string> {
  yield "{";
  let first = true;
  for (const [k, v] of Object.entries(o)) {
    if (!Array.isArray(v)) {
      const text = JSON.stringify(v);
      if (text === undefined) continue; // undefined and functions are left out, as JSON.stringify leaves them
      yield `${first ? "" : ","}${JSON.stringify(k)}:${text}`;
    } else {
      yield `${first ? "" : ","}${JSON.stringify(k)}:[`;
      for (let i = 0; i < v.length; i++) yield `${i ? "," : ""}${JSON.stringify(v[i]) ?? "null"}`;
      yield "]";
    }
    first = false;
  }
  yield "}";
}

export function* graphJsonChunks(graph: Graph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":`;
  yield* objectChunks(graph.getAttributes());
  yield `,"nodes":[`;
  let i = 0;
  for (const { node, attributes } of graph.nodeEntries()) {
    const entry = isEmpty(attributes) ? { key: node } : { key: node, attributes };
    yield `${i++ ? "," : ""}${JSON.stringify(entry)}`;
  }
  yield `],"edges":[`;
  i = 0;
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const entry: Record<string, unknown> = { key: edge, source, target };
    if (!isEmpty(attributes)) entry.attributes = attributes;
    if (graph.type === "mixed" && undirected) entry.undirected = true;
    yield `${i++ ? "," : ""}${JSON.stringify(entry)}`;
  }
  yield "]}";
}
