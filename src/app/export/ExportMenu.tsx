// The Export dialog: what to take (the current view, a neighbourhood, the
// path, the hand-picked set), the script of the labels, the format; then a
// download. The writers load on the first download, not with the page.
import { useId, useMemo, useState, type FormEvent } from "react";
import type { Script as ExportScript } from "../../export/script";
import type { StringKey } from "../i18n/strings";
import { useT } from "../i18n/use-t";
import { Modal } from "../panels/Modal";
import { useExplorer, useExplorerStore } from "../store/context";
import type { Script } from "../store/view-state";
import { labelInScript } from "../text/labels";
import { exportSelection, type ExportSource } from "./choose-subgraph";
import { downloadBlob } from "./download";
import { exportBaseName, FILE_EXTENSION, FILE_FORMATS, type ExportWhat, type FileFormat } from "./file-name";
import { mapAsPng } from "./map-image";

const SCRIPT_OF_VIEW: Record<Script, ExportScript> = { source: "original", hans: "simplified", hant: "traditional" };
const SCRIPT_NAMES: Record<ExportScript, StringKey> = { original: "scriptSource", simplified: "scriptHans", traditional: "scriptHant" };
const FORMAT_NAMES: Record<FileFormat, StringKey> = {
  json: "formatJson",
  gexf: "formatGexf",
  graphml: "formatGraphml",
  csv: "formatCsv",
  cypher: "formatCypher",
  svg: "formatSvg",
  png: "formatPng",
};
const DEPTHS = [1, 2, 3];

interface Choices {
  what: ExportWhat;
  depth: number;
  script: ExportScript | null;
  format: FileFormat;
}

type Status = { kind: "idle" } | { kind: "working" } | { kind: "saved"; file: string; nodes?: number; edges?: number } | { kind: "failed"; reason: string };

function ExportForm({ choices, setChoices, onClose }: { choices: Choices; setChoices: (c: Choices) => void; onClose: () => void }) {
  const { t } = useT();
  const ids = useId();
  const loaded = useExplorer((s) => s.loaded);
  const computed = useExplorer((s) => s.computed);
  const view = useExplorer((s) => s.view);
  const picked = useExplorer((s) => s.picked);
  const renderer = useExplorer((s) => s.renderer);
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  const graph = loaded?.graph;
  const name = (n: string) => (graph?.hasNode(n) ? labelInScript(graph.getNodeAttributes(n), view.script) : n);
  const available: Record<ExportWhat, boolean> = {
    view: true,
    neighbourhood: Boolean(view.node),
    path: Boolean(computed?.path),
    picked: picked.length > 0,
  };
  const png = choices.format === "png";
  // A choice that no longer applies (the path was cleared) falls back to the view; a PNG frames the whole view or the neighbourhood.
  const what: ExportWhat = (png && choices.what !== "neighbourhood") || !available[choices.what] ? "view" : choices.what;
  const script = choices.script ?? SCRIPT_OF_VIEW[view.script];
  const src: ExportSource | null = graph && computed ? { graph, computed, view, picked } : null;

  const preview = useMemo(() => {
    if (!src) return null;
    try {
      const s = exportSelection(src, what, choices.depth);
      return { nodes: s.nodes.size, edges: s.edges.size };
    } catch (e) {
      return { problem: (e as Error).message };
    }
    // src is rebuilt on each render from exactly these parts.
  }, [graph, computed, view, picked, what, choices.depth]);

  if (!src) return null;
  const baseName = exportBaseName({
    what,
    node: view.node ? name(view.node) : undefined,
    depth: choices.depth,
    from: computed?.path ? name(computed.path.nodes[0]) : undefined,
    to: computed?.path ? name(computed.path.nodes[computed.path.nodes.length - 1]) : undefined,
    count: picked.length,
  });

  const download = async (e: FormEvent) => {
    e.preventDefault();
    setStatus({ kind: "working" });
    try {
      if (png) {
        if (!renderer) throw new Error("the map is not drawn");
        const file = baseName + FILE_EXTENSION.png;
        const framed = what === "neighbourhood" ? [...exportSelection(src, what, choices.depth).nodes] : null;
        downloadBlob(await mapAsPng(renderer, framed), file);
        setStatus({ kind: "saved", file });
      } else {
        const { makeExportFile } = await import("./make-export");
        const out = await makeExportFile(src, { what, depth: choices.depth, script, format: choices.format as Exclude<FileFormat, "png">, baseName });
        downloadBlob(out.blob, out.fileName);
        setStatus({ kind: "saved", file: out.fileName, nodes: out.nodes, edges: out.edges });
      }
    } catch (err) {
      setStatus({ kind: "failed", reason: (err as Error).message ?? String(err) });
    }
  };

  const radio = <T extends string>(group: string, value: T, current: T, onPick: (v: T) => void, label: string, disabled = false) => (
    <label className={disabled ? "disabled" : undefined}>
      <input type="radio" name={`${ids}-${group}`} value={value} checked={current === value} disabled={disabled} onChange={() => onPick(value)} />
      {label}
    </label>
  );
  const path = computed?.path;

  return (
    <form className="export-form" onSubmit={download}>
      <fieldset>
        <legend>{t("exportWhat")}</legend>
        {radio("what", "view", what, (w) => setChoices({ ...choices, what: w }), t("exportView", { nodes: computed!.nodes.size, edges: computed!.edges.size }))}
        <div className="with-depth">
          {radio(
            "what",
            "neighbourhood",
            what,
            (w) => setChoices({ ...choices, what: w }),
            view.node ? t("exportNeighbourhood", { node: name(view.node) }) : t("exportNeighbourhoodNone"),
            !available.neighbourhood,
          )}
          <label className="inline-select">
            <span>{t("exportDepth")}</span>
            <select
              value={choices.depth}
              disabled={!available.neighbourhood}
              onChange={(e) => setChoices({ ...choices, what: "neighbourhood", depth: Number(e.target.value) })}
            >
              {DEPTHS.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
        </div>
        {radio(
          "what",
          "path",
          what,
          (w) => setChoices({ ...choices, what: w }),
          path ? t("exportPath", { from: name(path.nodes[0]), to: name(path.nodes[path.nodes.length - 1]) }) : t("exportPathNone"),
          png || !available.path,
        )}
        {radio("what", "picked", what, (w) => setChoices({ ...choices, what: w }), picked.length ? t("exportPicked", { n: picked.length }) : t("exportPickedNone"), png || !available.picked)}
        <p className="muted small">{t("exportFiltersNote")}</p>
      </fieldset>
      <fieldset>
        <legend>{t("exportScript")}</legend>
        <div className="choice-row">
          {(["original", "simplified", "traditional"] as const).map((s) => (
            <span key={s}>{radio("script", s, script, (v) => setChoices({ ...choices, script: v }), t(SCRIPT_NAMES[s]), png)}</span>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("exportFormat")}</legend>
        {FILE_FORMATS.map((f) => (
          <span key={f} className="format-choice">
            {radio("format", f, choices.format, (v) => setChoices({ ...choices, format: v }), t(FORMAT_NAMES[f]))}
          </span>
        ))}
        {png && <p className="muted small">{t("exportPngNote")}</p>}
      </fieldset>
      <p className="export-status" role="status">
        {status.kind === "working" && t("exportWorking")}
        {status.kind === "saved" &&
          (status.nodes === undefined ? t("exportSavedImage", { file: status.file }) : t("exportSaved", { file: status.file, nodes: status.nodes, edges: status.edges! }))}
        {status.kind === "failed" && <span className="error-text">{t("exportFailed", { reason: status.reason })}</span>}
        {status.kind === "idle" && preview && "problem" in preview && <span className="error-text">{t("exportFailed", { reason: preview.problem! })}</span>}
        {status.kind === "idle" && !png && preview && "nodes" in preview && (
          <span className="muted">{t("exportPreview", { file: baseName + FILE_EXTENSION[choices.format], nodes: preview.nodes!, edges: preview.edges! })}</span>
        )}
      </p>
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={status.kind === "working" || Boolean(preview && "problem" in preview)}>
          {t("exportDownload")}
        </button>
        <button type="button" onClick={onClose}>
          {t("close")}
        </button>
      </div>
    </form>
  );
}

export function ExportMenu() {
  const { t } = useT();
  const ready = useExplorer((s) => s.status.kind === "ready");
  const [open, setOpen] = useState(false);
  const [choices, setChoices] = useState<Choices>({ what: "view", depth: 1, script: null, format: "json" });
  const store = useExplorerStore();
  const openDialog = () => {
    // With a node selected the dialog starts on its neighbourhood, at the focus depth the person is looking at.
    const { depth, node } = store.getState().view;
    setChoices((c) => ({ ...c, what: node ? "neighbourhood" : c.what === "neighbourhood" ? "view" : c.what, depth: depth > 0 ? depth : c.depth }));
    setOpen(true);
  };
  return (
    <>
      <button type="button" aria-haspopup="dialog" disabled={!ready} onClick={openDialog}>
        {t("exportOpen")}
      </button>
      {open && (
        <Modal title={t("exportTitle")} onClose={() => setOpen(false)} className="export-dialog">
          <ExportForm choices={choices} setChoices={setChoices} onClose={() => setOpen(false)} />
        </Modal>
      )}
    </>
  );
}
