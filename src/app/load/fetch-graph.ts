// Fetching the graph file. A missing file, a network failure and a page
// served in its place (a dev server's fallback index.html) all read as
// "missing", with what was seen.
import type { LoadProblem } from "./problem";

export type FetchResult = { ok: true; text: string } | { ok: false; problem: LoadProblem };

export async function fetchGraphText(url: string, fetcher: typeof fetch = fetch): Promise<FetchResult> {
  let response: Response;
  try {
    response = await fetcher(url, { cache: "no-cache" });
  } catch (e) {
    return { ok: false, problem: { kind: "missing", message: "The graph file could not be fetched.", details: [String((e as Error).message ?? e)], url } };
  }
  if (!response.ok)
    return { ok: false, problem: { kind: "missing", message: "The graph file was not found.", details: [`HTTP ${response.status} ${response.statusText}`.trim()], url } };
  const type = response.headers.get("content-type") ?? "";
  const text = await response.text();
  if (/text\/html/i.test(type) && /^\s*</.test(text))
    return { ok: false, problem: { kind: "missing", message: "The graph file was not found.", details: ["The server answered with a web page instead of graph.json."], url } };
  return { ok: true, text };
}
