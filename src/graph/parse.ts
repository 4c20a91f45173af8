// Reading a graph file: JSON text -> a checked graphology graph, or a problem
// that names what is wrong (the field, the node, the reason), so a person can
// fix the file or rebuild it. Pure: the explorer and the tools share it.
import Graph from "graphology";
import type { KnowledgeGraph } from "./build";
import { GRAPH_OPTIONS, serializedGraphSchema, type SerializedGraph } from "./contract";

export type { KnowledgeGraph };

export interface GraphProblem {
  /** json: not JSON; schema: not the contract; structure: edges or keys do not fit together; empty: no nodes. */
  kind: "json" | "schema" | "structure" | "empty";
  message: string;
  details: string[];
}

export type ParseResult = { ok: true; graph: KnowledgeGraph } | { ok: false; problem: GraphProblem };

const MAX_DETAILS = 6;

function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || "(top level)";
}

export function parseGraphText(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: { kind: "json", message: "The file is not valid JSON.", details: [(e as Error).message] } };
  }
  return graphFromData(data);
}

export function graphFromData(data: unknown): ParseResult {
  const parsed = serializedGraphSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const details = issues.slice(0, MAX_DETAILS).map((issue) => {
      const where = fieldPath(issue.path);
      const nodeKey = describeOwner(data, issue.path);
      return `${where}${nodeKey}: ${issue.message}`;
    });
    if (issues.length > MAX_DETAILS) details.push(`… and ${issues.length - MAX_DETAILS} more`);
    return { ok: false, problem: { kind: "schema", message: "The file does not follow the graph contract.", details } };
  }
  return graphFromSerialized(parsed.data);
}

/** Names the node or edge an issue sits in, when the path points into one. */
function describeOwner(data: unknown, path: readonly PropertyKey[]): string {
  const [list, index] = path;
  if ((list !== "nodes" && list !== "edges") || typeof index !== "number") return "";
  const item = (data as Record<string, unknown[]>)[list]?.[index] as Record<string, unknown> | undefined;
  if (!item) return "";
  if (list === "nodes" && typeof item.key === "string") return ` (node "${item.key}")`;
  if (list === "edges" && typeof item.source === "string" && typeof item.target === "string")
    return ` (edge "${item.source}" → "${item.target}")`;
  return "";
}

export function graphFromSerialized(data: SerializedGraph): ParseResult {
  if (data.nodes.length === 0)
    return { ok: false, problem: { kind: "empty", message: "The graph has no nodes.", details: [] } };
  const details: string[] = [];
  const keys = new Set<string>();
  for (const node of data.nodes) {
    if (keys.has(node.key)) details.push(`nodes: the key "${node.key}" is used twice`);
    keys.add(node.key);
  }
  data.edges.forEach((edge, i) => {
    for (const end of ["source", "target"] as const)
      if (!keys.has(edge[end])) details.push(`edges[${i}].${end}: no node has the key "${edge[end]}"`);
    if (edge.source === edge.target) details.push(`edges[${i}]: an edge from "${edge.source}" to itself`);
  });
  if (details.length) {
    const shown = details.slice(0, MAX_DETAILS);
    if (details.length > MAX_DETAILS) shown.push(`… and ${details.length - MAX_DETAILS} more`);
    return { ok: false, problem: { kind: "structure", message: "The nodes and edges of the file do not fit together.", details: shown } };
  }
  const graph: KnowledgeGraph = new Graph({ ...GRAPH_OPTIONS });
  try {
    graph.import(data as unknown as import("graphology-types").SerializedGraph<never, never, never>);
  } catch (e) {
    return { ok: false, problem: { kind: "structure", message: "The graph could not be read.", details: [(e as Error).message] } };
  }
  return { ok: true, graph };
}
