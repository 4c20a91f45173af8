// Which files are articles, by extension. A module of its own so the page's
// main thread can ask without loading the page reader (it runs in the worker).
export type ArticleFormat = "text" | "html";

export const ARTICLE_EXTENSIONS: Record<string, ArticleFormat> = { ".txt": "text", ".html": "html", ".htm": "html" };

/** The format a file name says, or undefined for files that are not articles. */
export function formatOfFile(name: string): ArticleFormat | undefined {
  const ext = /\.[^./\\]+$/.exec(name)?.[0].toLowerCase();
  return ext ? ARTICLE_EXTENSIONS[ext] : undefined;
}
