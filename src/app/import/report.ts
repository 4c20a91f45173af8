// What an import did, file by file, for the import panel to show: a graph
// file opened (with what was filled in) or refused (with why, the graph on
// screen unchanged); each article read, extracted and added, or failed with
// its reason while the others still go in; then the new nodes settling.

export type ArticleState = "waiting" | "reading" | "extracting" | "added" | "failed" | "duplicate" | "cancelled";

export interface ArticleLine {
  name: string;
  state: ArticleState;
  reason?: string;
  entities?: number;
  relations?: number;
  /** Its length once read, shown while it is extracted. */
  chars?: number;
}

export interface GraphFileLine {
  name: string;
  ok: boolean;
  nodes?: number;
  edges?: number;
  /** The problems when refused; what was filled in when opened. */
  messages: string[];
  /** While the file is read and checked: the step it is at. */
  progress?: "reading" | "checking";
}

export interface ImportReport {
  graphFile?: GraphFileLine;
  /** Files that are neither a graph nor an article, or a second graph file. */
  skipped: { name: string; why: "unknown" | "second-graph" }[];
  articles: ArticleLine[];
  /** What the articles added once merged. */
  merged?: { nodes: number; edges: number; doc: string };
  /** The merge itself failed: nothing was added. */
  mergeError?: string;
  layout: "none" | "running" | "stopped" | "done";
}

export function emptyReport(): ImportReport {
  return { skipped: [], articles: [], layout: "none" };
}

export function withArticle(report: ImportReport | null, index: number, patch: Partial<ArticleLine>): ImportReport | null {
  if (!report || !report.articles[index]) return report;
  const articles = report.articles.slice();
  articles[index] = { ...articles[index], ...patch };
  return { ...report, articles };
}

/** True while a graph file is being read or some article is still being read or extracted. */
export function extracting(report: ImportReport | null): boolean {
  return Boolean(report?.graphFile?.progress) || Boolean(report?.articles.some((a) => a.state === "waiting" || a.state === "reading" || a.state === "extracting"));
}
