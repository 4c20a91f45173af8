// Bringing data in: files chosen or dropped, and pasted articles. A graph
// file replaces the graph on screen once it passes the reader's checks (else
// the old graph stays and the problems are listed); articles are extracted in
// a worker, one by one with progress, and merged into the graph on screen;
// their new nodes are then settled by a short layout run that can be stopped.
import type { StoreApi } from "zustand/vanilla";
import { looksLikeCorrections } from "../../corrections/file";
import type { Extraction } from "../../extract/types";
import { freshDocumentIds } from "../../graph/source";
import type { ExplorerStore } from "../store/store";
import { classifyFile } from "./classify";
import { extractInWorker } from "./extract-client";
import { readGraphFileInWorker, type GraphFileOutcome } from "./graph-file-client";
import { fileTooBig } from "./limits";
import { unrenderableKeys } from "../load/renderable";
import type { ArticleJob } from "./extract-messages";
import { emptyReport, extracting, withArticle, type ArticleLine, type ImportReport } from "./report";

export interface PastedArticle {
  text: string;
  title?: string;
  date?: string;
  year?: number;
}

type Store = StoreApi<ExplorerStore>;

/** True while an import is reading or extracting: a second one waits for it. */
export function importBusy(store: Store): boolean {
  return extracting(store.getState().importReport);
}

export async function importData(store: Store, files: File[], pasted: PastedArticle[] = []): Promise<void> {
  if (importBusy(store)) return;
  const report: ImportReport = emptyReport();
  let graphFile: File | undefined;
  const articleFiles: { file: File; format: "text" | "html" }[] = [];
  for (const file of files) {
    const kind = classifyFile(file.name);
    if (kind.kind === "graph") {
      if (graphFile) report.skipped.push({ name: file.name, why: "second-graph" });
      else graphFile = file;
    } else if (kind.kind === "article") articleFiles.push({ file, format: kind.format });
    else report.skipped.push({ name: file.name, why: "unknown" });
  }
  store.getState().setImportReport(report);
  if (graphFile) await openGraphFile(store, graphFile);
  if (articleFiles.length || pasted.length) await addArticles(store, articleFiles, pasted);
}

/** Corrections files are a few kilobytes; a larger JSON file is a graph, read in the worker without a look on the page. */
const CORRECTIONS_MAX_BYTES = 5 * 1024 * 1024;

async function openGraphFile(store: Store, file: File): Promise<void> {
  const set = (line: NonNullable<ImportReport["graphFile"]>) => store.getState().setImportReport((r) => (r ? { ...r, graphFile: line } : r));
  const format = /\.json$/i.test(file.name) ? "json" : /\.gexf$/i.test(file.name) ? "gexf" : "graphml";
  const tooBig = fileTooBig(format, file.size);
  if (tooBig) {
    set({ name: file.name, ok: false, messages: [tooBig] });
    return;
  }
  let outcome: GraphFileOutcome;
  // A corrections file is JSON too, and small: applied to the graph on screen.
  if (format === "json" && file.size <= CORRECTIONS_MAX_BYTES) {
    const text = await file.text().catch(() => "");
    if (looksLikeCorrections(text)) {
      const { applied, lines } = store.getState().loadCorrections(text, file.name);
      set({ name: file.name, ok: applied > 0 || lines.length === 0, nodes: store.getState().loaded?.graph.order ?? 0, edges: store.getState().loaded?.graph.size ?? 0, messages: lines });
      return;
    }
  }
  if (format === "json") {
    // Read, checked and laid out in a worker, with its steps shown and a Cancel.
    set({ name: file.name, ok: false, messages: [], progress: "reading" });
    const run = readGraphFileInWorker(file, (progress) => set({ name: file.name, ok: false, messages: [], progress }));
    store.getState().setCancelImport(run.cancel);
    outcome = await run.done;
    if (store.getState().cancelImport === run.cancel) store.getState().setCancelImport(null);
  } else {
    // XML needs the page's DOMParser (workers have none): files are kept small by the limit above.
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      set({ name: file.name, ok: false, messages: [`cannot be read: ${(e as Error).message}`] });
      return;
    }
    const { readGraphFile } = await import("../../export/read");
    const result = readGraphFile(text, { fileName: file.name });
    outcome = result.ok ? { ok: true, graph: result.graph, filled: result.filled } : { ok: false, errors: result.errors };
  }
  if (!outcome.ok) {
    set({ name: file.name, ok: false, messages: outcome.errors });
    return;
  }
  const unrenderable = unrenderableKeys(outcome.graph);
  if (unrenderable) {
    set({ name: file.name, ok: false, messages: [unrenderable] });
    return;
  }
  const previous = store.getState().loaded?.graph;
  try {
    store.getState().replaceGraph(outcome.graph);
  } catch (e) {
    // Whatever went wrong with the new graph, the one the person had stays on screen.
    if (previous) store.getState().replaceGraph(previous);
    set({ name: file.name, ok: false, messages: [`cannot be shown: ${(e as Error).message}`] });
    return;
  }
  set({ name: file.name, ok: true, nodes: outcome.graph.order, edges: outcome.graph.size, messages: outcome.filled });
}

async function addArticles(store: Store, files: { file: File; format: "text" | "html" }[], pasted: PastedArticle[]): Promise<void> {
  const taken = store.getState().loaded?.sources.map((s) => s.id) ?? [];
  // Pasted articles are named by their title; their ids all start "pasted".
  const names = [...files.map((f) => f.file.name), ...pasted.map((p) => p.title?.trim() || "pasted")];
  const ids = freshDocumentIds([...files.map((f) => f.file.name), ...pasted.map(() => "pasted")], taken);
  store.getState().setImportReport((r) => (r ? { ...r, articles: names.map((name) => ({ name, state: "waiting" })) } : r));

  // Jobs for the worker, and the report line of each (a file that cannot be read gets no job).
  const jobs: ArticleJob[] = [];
  const lineOf: number[] = [];
  for (const [i, { file, format }] of files.entries()) {
    try {
      jobs.push({ kind: "file", id: ids[i], name: file.name, format, bytes: new Uint8Array(await file.arrayBuffer()) });
      lineOf.push(i);
    } catch (e) {
      store.getState().setImportReport((r) => withArticle(r, i, { state: "failed", reason: `cannot be read: ${(e as Error).message}` }));
    }
  }
  pasted.forEach((p, k) => {
    jobs.push({ kind: "text", id: ids[files.length + k], name: names[files.length + k], ...p });
    lineOf.push(files.length + k);
  });

  const hashes = new Set(store.getState().loaded?.sources.map((s) => s.sha256).filter(Boolean));
  const extractions: Extraction[] = [];
  const run = extractInWorker(
    jobs,
    (event) => {
      if (event.type === "finished") return;
      const update = (patch: Partial<ArticleLine>) => store.getState().setImportReport((r) => withArticle(r, lineOf[event.index], patch));
      if (event.type === "stage") update(event.stage === "extracting" ? { state: event.stage, chars: event.chars } : { state: event.stage });
    else if (event.type === "failed") update({ state: "failed", reason: event.reason });
    else {
      const { extraction } = event;
      if (hashes.has(extraction.doc.sha256)) {
        update({ state: "duplicate" });
        return;
      }
      hashes.add(extraction.doc.sha256);
      extractions.push(extraction);
      update({ state: "added", entities: extraction.entities.length, relations: extraction.relations.length });
    }
    },
    (index) => store.getState().setImportReport((r) => withArticle(r, lineOf[index], { state: "cancelled" })),
  );
  store.getState().setCancelImport(run.cancel);
  await run.done;
  if (store.getState().cancelImport === run.cancel) store.getState().setCancelImport(null);
  // Articles extracted before a cancel still go in.
  if (extractions.length) await mergeArticles(store, extractions);
}

async function mergeArticles(store: Store, extractions: Extraction[]): Promise<void> {
  const state = store.getState();
  state.stopLayout?.();
  const merge = await import("./merge-articles");
  const doc = extractions[extractions.length - 1].doc.id;
  const loaded = store.getState().loaded;
  let added: string[];
  try {
    if (loaded) {
      const result = merge.mergeIntoGraph(loaded.graph, extractions);
      store.getState().graphChanged({ doc });
      added = result.addedNodes;
      store.getState().setImportReport((r) => (r ? { ...r, merged: { nodes: result.addedNodes.length, edges: result.addedEdges.length, doc } } : r));
    } else {
      // No graph yet (none built, or it could not be read): these articles are the graph.
      const { graph, result } = merge.graphFromArticles(extractions);
      store.getState().replaceGraph(graph);
      store.getState().showDoc(doc);
      store.getState().setImportReport((r) => (r ? { ...r, merged: { nodes: result.addedNodes.length, edges: result.addedEdges.length, doc } } : r));
      return;
    }
  } catch (e) {
    store.getState().setImportReport((r) => (r ? { ...r, mergeError: (e as Error).message } : r));
    return;
  }
  if (!added.length) return;

  const graph = loaded.graph;
  const run = merge.settleNewNodes(graph, added);
  store.getState().setStopLayout(run.stop);
  store.getState().setImportReport((r) => (r ? { ...r, layout: "running" } : r));
  const how = await run.done;
  if (store.getState().stopLayout === run.stop) store.getState().setStopLayout(null);
  // Another graph may be on screen by now: report only on this one.
  if (store.getState().loaded?.graph === graph) store.getState().setImportReport((r) => (r ? { ...r, layout: how } : r));
}
