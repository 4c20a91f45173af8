// Downloads article pages politely: one request at a time per host with a
// pause between them, robots.txt honoured, a timeout per request, retries with
// growing pauses for the failures that pass (timeouts, 429, 5xx), redirects
// followed, a user agent that says who is asking. Each page is written whole or
// not at all (temp file + rename); a page already saved is not fetched again.
import { existsSync } from "node:fs";
import { join } from "node:path";
import robotsParser from "robots-parser";
import { writeFileAtomic } from "./atomic-write";
import { fileNameFor, savedPageBytes } from "./saved-page";

export const USER_AGENT = "cn-gov-news-graph-fetch/0.1 (+https://github.com/cn-gov-news-graph; saves article pages for a local knowledge graph)";
/** The product token robots.txt groups are matched against. */
const ROBOTS_AGENT = "cn-gov-news-graph-fetch";
const MAX_REDIRECTS = 10;

export interface FetchOptions {
  out: string;
  /** Pause between two requests to one host, in ms. */
  delayMs: number;
  /** Time allowed for one request, in ms. */
  timeoutMs: number;
  /** Further tries after a failure that may pass. */
  retries: number;
  /** The first pause before a retry, in ms; it doubles each time. */
  backoffMs: number;
  /** The fetch date written into each page (injectable for tests). */
  now?: () => Date;
}

export type PageOutcome =
  | { url: string; status: "saved"; file: string; finalUrl: string }
  | { url: string; status: "skipped"; file: string }
  | { url: string; status: "failed"; reason: string };

export interface FetchEvents {
  onDone?: (outcome: PageOutcome) => void;
}

class FetchFailure extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One host's queue: requests one after another, `delayMs` apart. */
class HostQueue {
  private last = 0;
  private tail: Promise<unknown> = Promise.resolve();
  constructor(private readonly delayMs: number) {}

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(async () => {
      const wait = this.last + this.delayMs - Date.now();
      if (this.last > 0 && wait > 0) await sleep(wait);
      try {
        return await task();
      } finally {
        this.last = Date.now();
      }
    });
    this.tail = next.catch(() => undefined);
    return next;
  }
}

export class PageFetcher {
  private readonly queues = new Map<string, HostQueue>();
  private readonly robots = new Map<string, Promise<ReturnType<typeof robotsParser> | undefined>>();

  constructor(private readonly options: FetchOptions) {}

  private queue(url: URL): HostQueue {
    let q = this.queues.get(url.host);
    if (!q) this.queues.set(url.host, (q = new HostQueue(this.options.delayMs)));
    return q;
  }

  /** One request through the host's queue, with the timeout; no retries. */
  private request(url: URL): Promise<Response> {
    return this.queue(url).run(async () => {
      try {
        return await fetch(url, {
          headers: { "user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5" },
          // Each hop of a redirect is a request of its own: through the queue, checked against robots.txt.
          redirect: "manual",
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
      } catch (err) {
        const e = err as Error & { cause?: { code?: string } };
        if (e.name === "TimeoutError") throw new FetchFailure(`no answer within ${this.options.timeoutMs} ms`, true);
        throw new FetchFailure(`cannot connect: ${e.cause?.code ?? e.message}`, true);
      }
    });
  }

  /** robots.txt of the address's origin, fetched once; a missing or unreadable one allows everything. */
  private async allowed(url: URL): Promise<boolean> {
    let rules = this.robots.get(url.origin);
    if (!rules) {
      const robotsUrl = new URL("/robots.txt", url.origin);
      rules = this.request(robotsUrl).then(
        async (res) => (res.ok ? robotsParser(robotsUrl.href, await res.text()) : undefined),
        () => undefined,
      );
      this.robots.set(url.origin, rules);
    }
    const parsed = await rules;
    return parsed?.isAllowed(url.href, ROBOTS_AGENT) ?? true;
  }

  /** The response at the end of the redirects, each hop allowed by its robots.txt. */
  private async follow(url: URL): Promise<{ res: Response; url: URL }> {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const res = await this.request(url);
      const location = res.headers.get("location");
      if (res.status < 300 || res.status > 399 || res.status === 304 || !location) return { res, url };
      await res.body?.cancel();
      const next = new URL(location, url);
      if (next.protocol !== "http:" && next.protocol !== "https:") throw new FetchFailure(`redirected to ${next.href}, not an http(s) address`, false);
      if (!(await this.allowed(next))) throw new FetchFailure(`redirected to ${next.href}, which robots.txt does not allow`, false);
      url = next;
    }
    throw new FetchFailure(`more than ${MAX_REDIRECTS} redirects`, false);
  }

  /** The page's bytes, retrying failures that may pass with pauses that double. */
  private async download(url: URL): Promise<{ body: Uint8Array; finalUrl: string; contentType: string | null }> {
    for (let attempt = 0; ; attempt++) {
      try {
        const { res, url: final } = await this.follow(url);
        if (!res.ok) {
          await res.body?.cancel();
          throw new FetchFailure(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`, res.status === 429 || res.status >= 500);
        }
        const body = new Uint8Array(await res.arrayBuffer());
        return { body, finalUrl: final.href, contentType: res.headers.get("content-type") };
      } catch (err) {
        const failure = err instanceof FetchFailure ? err : new FetchFailure((err as Error).message, true);
        if (!failure.retryable || attempt >= this.options.retries) {
          throw new FetchFailure(attempt > 0 ? `${failure.message} (after ${attempt + 1} tries)` : failure.message, false);
        }
        await sleep(this.options.backoffMs * 2 ** attempt);
      }
    }
  }

  async fetchPage(address: string): Promise<PageOutcome> {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      return { url: address, status: "failed", reason: "not a URL" };
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return { url: address, status: "failed", reason: "not an http(s) address" };
    url.hash = "";
    const file = join(this.options.out, fileNameFor(url));
    if (existsSync(file)) return { url: address, status: "skipped", file };
    try {
      if (!(await this.allowed(url))) return { url: address, status: "failed", reason: "robots.txt does not allow it" };
      const page = await this.download(url);
      const final = new URL(page.finalUrl);
      const fetched = (this.options.now?.() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
      writeFileAtomic(file, savedPageBytes(page.body, { requested: url.href, url: final.href, fetched, contentType: page.contentType }));
      return { url: address, status: "saved", file, finalUrl: final.href };
    } catch (err) {
      return { url: address, status: "failed", reason: err instanceof Error ? err.message : String(err) };
    }
  }

  /** Every address, hosts side by side, each host's pages one at a time in the order given. */
  async fetchAll(addresses: string[], events: FetchEvents = {}): Promise<PageOutcome[]> {
    const unique = [...new Set(addresses)];
    return Promise.all(
      unique.map(async (a) => {
        const outcome = await this.fetchPage(a);
        events.onDone?.(outcome);
        return outcome;
      }),
    );
  }
}
