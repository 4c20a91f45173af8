// The table view beside the map: the edges (or nodes) of the current view as
// rows, sortable and filterable by each column. A row selects its node on the
// map and shows its evidence in the article pane; the rows shown can be saved
// as CSV. Loaded on first open, not with the page.
import { useId, useMemo, useState } from "react";
import { RELATIONS, NODE_TYPES, type NodeType, type Relation } from "../../graph/contract";
import { downloadBlob } from "../export/download";
import { RELATION_NAMES, TYPE_NAMES, type StringKey } from "../i18n/strings";
import { useT } from "../i18n/use-t";
import { useExplorer, useExplorerStore } from "../store/context";
import { useScriptConverter } from "../text/use-script-converter";
import { EDGE_COLUMNS, NODE_COLUMNS, edgeRows, filterRows, nodeRows, sortRows, type Column, type SortDirection, type TableKind } from "./rows";
import { rowsCsv } from "./rows-csv";

/** Rows drawn at once; the count, the filters and the CSV cover them all. */
const DRAWN = 500;

const COLUMN_NAMES: Record<Column, StringKey> = {
  source: "colSource",
  relation: "colRelation",
  target: "colTarget",
  date: "colDate",
  article: "colArticle",
  evidence: "colEvidence",
  name: "colName",
  type: "colType",
};

/** The filter of a column whose values are a fixed list (relation, type): any, or one of them. */
function ChoiceFilter<T extends string>(p: { label: string; any: string; value: T | null; options: readonly T[]; names: Record<T, string>; onChange: (v: T | null) => void }) {
  return (
    <select aria-label={p.label} value={p.value ?? ""} onChange={(e) => p.onChange((e.target.value || null) as T | null)}>
      <option value="">{p.any}</option>
      {p.options.map((o) => (
        <option key={o} value={o}>
          {p.names[o]}
        </option>
      ))}
    </select>
  );
}

export default function TablePanel() {
  const store = useExplorerStore();
  const { t, lang } = useT();
  const id = useId();
  const loaded = useExplorer((s) => s.loaded);
  const computed = useExplorer((s) => s.computed);
  const script = useExplorer((s) => s.view.script);
  const selected = useExplorer((s) => s.view.node);
  const fold = useExplorer((s) => s.searchIndex?.fold);
  const [kind, setKind] = useState<TableKind>("edges");
  const [text, setText] = useState<Partial<Record<Column, string>>>({});
  const [relation, setRelation] = useState<Relation | null>(null);
  const [type, setType] = useState<NodeType | null>(null);
  const [sort, setSort] = useState<{ column: Column; direction: SortDirection } | null>(null);
  // Article words follow the script switch too (OpenCC, loaded when first needed).
  const convert = useScriptConverter(script);

  const columns = kind === "edges" ? EDGE_COLUMNS : NODE_COLUMNS;
  const all = useMemo(() => {
    if (!loaded || !computed) return [];
    const o = { script, lang, sources: loaded.sourceById, convert };
    return kind === "edges" ? edgeRows(loaded.graph, computed.edges, o) : nodeRows(loaded.graph, computed.nodes, o);
  }, [loaded, computed, kind, script, lang, convert]);
  const rows = useMemo(() => {
    const kept = filterRows(all, { text, relation: kind === "edges" ? relation : null, type: kind === "nodes" ? type : null }, fold);
    return sort ? sortRows(kept, sort.column, sort.direction) : kept;
  }, [all, text, relation, type, kind, sort, fold]);

  if (!loaded || !computed) return null;
  const header = columns.map((c) => t(COLUMN_NAMES[c]));
  const saveCsv = () => downloadBlob(new Blob([rowsCsv(columns, header, rows)], { type: "text/csv;charset=utf-8" }), `table-${kind}.csv`);
  const choose = (row: (typeof rows)[number]) => {
    const s = store.getState();
    s.select(row.node, { moveCamera: true });
    if (row.span) s.showDoc(row.span.doc, { start: row.span.start, end: row.span.end });
  };
  const sortBy = (column: Column) =>
    setSort((now) => (now?.column !== column ? { column, direction: "asc" } : now.direction === "asc" ? { column, direction: "desc" } : null));
  const relationsShown = RELATIONS.filter((r) => computed.counts.relations[r] > 0 || r === relation);
  const typesShown = NODE_TYPES.filter((ty) => computed.counts.types[ty] > 0 || ty === type);

  return (
    <section className="table-panel" aria-label={t("table")}>
      <div className="table-bar">
        <div className="table-kind" role="group" aria-label={t("table")}>
          <button type="button" aria-pressed={kind === "edges"} onClick={() => setKind("edges")}>
            {t("tableEdges")}
          </button>
          <button type="button" aria-pressed={kind === "nodes"} onClick={() => setKind("nodes")}>
            {t("tableNodes")}
          </button>
        </div>
        <span className="muted table-count" role="status">
          {t("tableRows", { n: rows.length, total: all.length })}
        </span>
        <button type="button" onClick={saveCsv}>
          {t("tableExportCsv")}
        </button>
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={c} scope="col" aria-sort={sort?.column === c ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}>
                  <button type="button" className="sort-button" aria-label={t("tableSortBy", { column: header[i] })} onClick={() => sortBy(c)}>
                    {header[i]}
                    <span aria-hidden="true">{sort?.column === c ? (sort.direction === "asc" ? " ▲" : " ▼") : ""}</span>
                  </button>
                </th>
              ))}
            </tr>
            <tr className="filters">
              {columns.map((c, i) => (
                <td key={c}>
                  {c === "relation" ? (
                    <ChoiceFilter label={t("tableFilter", { column: header[i] })} any={t("tableAnyRelation")} value={relation} options={relationsShown} names={RELATION_NAMES[lang]} onChange={setRelation} />
                  ) : c === "type" ? (
                    <ChoiceFilter label={t("tableFilter", { column: header[i] })} any={t("tableAnyType")} value={type} options={typesShown} names={TYPE_NAMES[lang]} onChange={setType} />
                  ) : (
                    <input
                      type="search"
                      id={`${id}-${c}`}
                      aria-label={t("tableFilter", { column: header[i] })}
                      value={text[c] ?? ""}
                      onChange={(e) => setText({ ...text, [c]: e.target.value })}
                    />
                  )}
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, DRAWN).map((row) => (
              <tr
                key={row.key}
                data-key={row.key}
                className={row.node === selected ? "selected" : undefined}
                tabIndex={0}
                onClick={() => choose(row)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") choose(row);
                }}
                onMouseEnter={() => store.getState().hover(row.node)}
                onMouseLeave={() => store.getState().hover(null)}
              >
                {columns.map((c) => (
                  <td key={c} className={`col-${c}`}>
                    {row.cells[c]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
