// Takes a subgraph out of a graph file, in the format another tool reads.
//   npm run export -- --graph graph-data/graph.json --node <key> --depth 2 --format gexf --out file.gexf
// The choice of nodes and the writers are the explorer's own (src/export);
// this file only reads arguments and files and writes the result.
import { readFileSync, statSync } from "node:fs";
import { Command, Option } from "commander";
import { loadConverter } from "../src/export/opencc";
import { EXPORT_FORMATS, exportFiles, MULTI_FILE_FORMATS, type ExportFile, type ExportFormat } from "../src/export/formats";
import { NEO4J_IMPORT_COMMAND } from "../src/export/neo4j-import";
import { graphTables } from "../src/export/tables";
import { readGraphFile } from "../src/export/read";
import { convertLabels, SCRIPTS, type Script } from "../src/export/script";
import { SelectionError, takeSubgraph, type SubgraphChoice, type SubgraphRequest } from "../src/export/subgraph";
import { suggestNodes } from "../src/export/suggest";
import { xmldomParse } from "../src/export/xmldom";
import type { KnowledgeGraph } from "../src/graph/build";
import { NODE_TYPES, RELATIONS, type NodeType, type Relation } from "../src/graph/contract";
import { sqliteFile } from "./lib/sqlite-file";
import { OutputError, writeOutput } from "./lib/write-output";

/** A problem with the input: printed as one clear message, exit code 1, no stack trace. */
class UsageError extends Error {}

/** The explorer's formats, and SQLite tables, which need a SQLite engine and so are the command line's own. */
const CLI_FORMATS = [...EXPORT_FORMATS, "sqlite"] as const;
type CliFormat = (typeof CLI_FORMATS)[number];

const EXTENSIONS: Record<string, CliFormat> = {
  ".json": "json",
  ".gexf": "gexf",
  ".graphml": "graphml",
  ".csv": "csv",
  ".cypher": "cypher",
  ".cyp": "cypher",
  ".cql": "cypher",
  ".svg": "svg",
  ".sqlite": "sqlite",
  ".sqlite3": "sqlite",
  ".db": "sqlite",
};

interface Options {
  graph: string;
  node?: string;
  depth?: string;
  path?: string[];
  nodes?: string[];
  types?: string;
  relations?: string;
  from?: string;
  to?: string;
  script: Script;
  format?: CliFormat;
  out?: string;
}

function program(): Command {
  return new Command()
    .name("npm run export --")
    .description(
      "Take a subgraph out of a graph file: the whole graph, a node's neighbourhood, a path between two nodes or a " +
        "hand-picked set, optionally kept to some node types, relations and dates. Every format carries labels, types, " +
        "posts, dates, relations and each fact's evidence (the words, their article and character offsets).",
    )
    .option("--graph <file>", "graph to read: JSON (the contract), GEXF or GraphML", "graph-data/graph.json")
    .option("--node <key>", "the neighbourhood of this node (a key: <type>:<label>, e.g. official:張三)")
    .option("--depth <n>", "steps from --node, following edges either way (1 when not given)")
    .option("--path <keys...>", "a shortest path between two nodes: --path <from> <to>")
    .option("--nodes <keys...>", "these nodes and the edges among them: comma-separated (k1,k2) or space-separated")
    .option("--types <list>", `keep only these node types, comma-separated: ${NODE_TYPES.join(",")}`)
    .option("--relations <list>", `keep only these relations, comma-separated: ${RELATIONS.join(",")}`)
    .option("--from <date>", "keep events on or after this day (YYYY-MM-DD)")
    .option("--to <date>", "keep events on or before this day (YYYY-MM-DD)")
    .addOption(new Option("--script <script>", "labels, aliases and posts as written, or converted (evidence stays as written)").choices(SCRIPTS).default("original"))
    .addOption(new Option("--format <format>", "output format (default: from --out's extension, else json)").choices(CLI_FORMATS))
    .option("--out <file>", "where to write; without it, standard output (not for csv)")
    .addHelpText(
      "after",
      `
Formats:
  json      graphology JSON, the explorer's own format: opens again in the explorer
  gexf      GEXF 1.3 for Gephi and Gephi Lite: dynamic (dates as spells), r,g,b colours
  gexf-1.2  the same as GEXF 1.2, for networkx before 3.6 and older tools
  graphml   GraphML with typed keys; the articles' texts ride along as graph data
  csv       four files, RFC 4180, UTF-8 with BOM, CRLF: nodes, edges, articles, evidence. --out x.csv
            (or x) writes x.nodes.csv …; --out a directory (existing, or ending in /) writes nodes.csv … in it
  cypher    a script for cypher-shell -f: entities, relationships, articles, MENTIONED_IN links
  neo4j-import  the CSV set for neo4j-admin database import full (entities, articles, graph,
            relationships, mentions); --out a directory, then run the command it prints
  sqlite    one SQLite file with tables articles, nodes, edges, evidence, graph (pandas, R, DuckDB)
  svg       a drawing of the subgraph from its stored layout

Without --node, --path or --nodes the whole graph (after --types, --relations, --from, --to) is written.
Files are written whole or not at all (a temporary file renamed into place); a symbolic link is
followed and kept, a device or FIFO (--out /dev/stdout) is written into, never replaced.

Examples:
  npm run export -- --node official:張三 --depth 2 --format gexf --out out/zhang.gexf
  npm run export -- --path official:張三 agency:某市教育局 --out out/path.json
  npm run export -- --types official,meeting --from 2020-01-20 --to 2020-01-31 --format csv --out out/january/
  npm run export -- --nodes official:張三,official:李四 --script simplified --format cypher --out out/two.cypher`,
    );
}

function listOption<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): Set<T> | undefined {
  if (value === undefined) return undefined;
  const items = value.split(",").map((s) => s.trim()).filter(Boolean);
  const wrong = items.filter((s) => !(allowed as readonly string[]).includes(s));
  if (wrong.length) throw new UsageError(`${flag}: unknown ${wrong.join(", ")}; choose from ${allowed.join(", ")}`);
  if (!items.length) throw new UsageError(`${flag}: give at least one of ${allowed.join(", ")}`);
  return new Set(items as T[]);
}

/** A real day YYYY-MM-DD: 2020-02-31 is refused (Date.parse would roll it over to March). */
function dateOption(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  const real = day !== undefined && m !== null && day.getUTCFullYear() === Number(m[1]) && day.getUTCMonth() === Number(m[2]) - 1 && day.getUTCDate() === Number(m[3]);
  if (!real) throw new UsageError(`${flag}: ${value} is not a date YYYY-MM-DD (a real day)`);
  return value;
}

/** Keys from --nodes: each argument is a key, or several joined by commas (a key that itself has a comma wins). */
function nodeKeys(graph: KnowledgeGraph, args: string[]): string[] {
  return args.flatMap((arg) => (graph.hasNode(arg) ? [arg] : arg.split(",").map((s) => s.trim()).filter(Boolean)));
}

function request(graph: KnowledgeGraph, o: Options): SubgraphRequest {
  const chosen = [o.node !== undefined && "--node", o.path !== undefined && "--path", o.nodes !== undefined && "--nodes"].filter(Boolean);
  if (chosen.length > 1) throw new UsageError(`choose one of --node, --path and --nodes, not ${chosen.join(" and ")}`);
  if (o.depth !== undefined && o.node === undefined) throw new UsageError("--depth goes with --node");
  let choice: SubgraphChoice = { kind: "all" };
  if (o.node !== undefined) {
    const depth = o.depth === undefined ? 1 : Number(o.depth);
    if (!Number.isInteger(depth) || depth < 0) throw new UsageError(`--depth: ${o.depth} is not a whole number ≥ 0`);
    choice = { kind: "neighbourhood", node: o.node, depth };
  } else if (o.path !== undefined) {
    if (o.path.length !== 2) throw new UsageError(`--path takes two node keys, got ${o.path.length}`);
    choice = { kind: "path", from: o.path[0], to: o.path[1] };
  } else if (o.nodes !== undefined) {
    const nodes = nodeKeys(graph, o.nodes);
    if (!nodes.length) throw new UsageError("--nodes: no node keys given");
    choice = { kind: "nodes", nodes };
  }
  const from = dateOption(o.from, "--from");
  const to = dateOption(o.to, "--to");
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const filter = {
    types: listOption<NodeType>(o.types, NODE_TYPES, "--types"),
    relations: listOption<Relation>(o.relations, RELATIONS, "--relations"),
    from,
    to,
  };
  return { choice, filter };
}

function readGraph(file: string): KnowledgeGraph {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === "ENOENT" ? "no such file" : err.code === "EISDIR" ? "it is a directory" : err.message;
    throw new UsageError(`cannot read graph file ${file}: ${why}${err.code === "ENOENT" && file === "graph-data/graph.json" ? " (run npm run build-graph first, or give --graph)" : ""}`);
  }
  const result = readGraphFile(text, { fileName: file, xml: xmldomParse });
  if (!result.ok) throw new UsageError(`${file} is not a valid graph:\n${result.errors.map((e) => `  - ${e}`).join("\n")}`);
  for (const note of result.filled) console.error(`note: ${file}: ${note}`);
  return result.graph;
}

async function explainUnknown(graph: KnowledgeGraph, error: SelectionError, file: string): Promise<string> {
  const fold = await loadConverter("simplified");
  const lines = [`${error.message} (in ${file})`];
  for (const key of error.unknownKeys) {
    const close = suggestNodes(graph, key, { fold });
    if (close.length) lines.push(`did you mean, for ${key}:`, ...close.map((s) => `  ${s.key}  (${s.type}: ${s.label})`));
    else lines.push(`no node like ${key}; node keys look like ${graph.nodes().slice(0, 2).join(", ")}`);
  }
  return lines.join("\n");
}

function formatOf(o: Options): CliFormat {
  if (o.format) return o.format;
  const ext = o.out?.toLowerCase().match(/\.[a-z0-9]+$/)?.[0];
  return (ext && EXTENSIONS[ext]) || "json";
}

/** Where each file goes: <out> itself, or for a set of files <base>.nodes.csv … (or nodes.csv … in a directory). */
function targets(out: string, format: CliFormat, suffixes: string[]): string[] {
  if (!(MULTI_FILE_FORMATS as readonly string[]).includes(format)) return [out];
  let isDir = out.endsWith("/");
  try {
    isDir ||= statSync(out).isDirectory();
  } catch {
    // not there yet: a file base name
  }
  if (isDir) return suffixes.map((s) => `${out.replace(/\/?$/, "/")}${s.slice(1)}`);
  const base = out.replace(/\.csv$/i, "").replace(/\.(nodes|edges|articles|evidence|entities|graph|relationships|mentions)$/i, "");
  return suffixes.map((s) => `${base}${s}`);
}

async function filesOf(sub: KnowledgeGraph, format: CliFormat): Promise<(Omit<ExportFile, "content"> & { content: string | Uint8Array })[]> {
  if (format === "sqlite") return [{ suffix: ".sqlite", mime: "application/vnd.sqlite3", content: await sqliteFile(graphTables(sub)) }];
  return exportFiles(sub, format);
}

async function main(argv: string[]): Promise<void> {
  const cli = program();
  cli.parse(argv);
  const o = cli.opts<Options>();
  const format = formatOf(o);
  const toStdout = o.out === undefined || o.out === "-";
  if (toStdout && (MULTI_FILE_FORMATS as readonly string[]).includes(format)) throw new UsageError(`${format} writes several files: give --out (a base name or a directory)`);
  if (toStdout && format === "sqlite") throw new UsageError("sqlite writes a database file: give --out");
  if (o.out !== undefined && o.out.trim() === "") throw new UsageError("--out: the path is empty");

  const graph = readGraph(o.graph);
  let sub: KnowledgeGraph;
  try {
    sub = takeSubgraph(graph, request(graph, o));
  } catch (e) {
    if (e instanceof SelectionError) throw new UsageError(e.unknownKeys.length ? await explainUnknown(graph, e, o.graph) : `${e.message} (in ${o.graph})`);
    throw e;
  }
  if (o.script !== "original") sub = convertLabels(sub, await loadConverter(o.script));

  const files = await filesOf(sub, format);
  const articles = sub.getAttribute("sources").length;
  const summary = `${sub.order} nodes, ${sub.size} edges, evidence from ${articles} article${articles === 1 ? "" : "s"}`;
  if (toStdout) {
    process.stdout.write(files[0].content);
    console.error(`export: ${format}, ${summary}`);
    return;
  }
  const paths = targets(o.out!, format, files.map((f) => f.suffix));
  files.forEach((f, i) => writeOutput(paths[i], f.content, [o.graph]));
  console.error(`export: wrote ${paths.join(", ")} (${format}): ${summary}`);
  if (format === "neo4j-import") console.error(`export: load it into a stopped Neo4j, in that folder:\n  ${NEO4J_IMPORT_COMMAND}`);
}

main(process.argv).catch((e: unknown) => {
  // One line (or the lines of a graph's problems) and exit code 1; never a stack trace.
  if (e instanceof UsageError || e instanceof OutputError) console.error(`error: ${e.message}`);
  else console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
