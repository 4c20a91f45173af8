// `npm run fetch` against a local server on 127.0.0.1 serving fixture pages:
// GBK with a wrong <meta> and the right HTTP header, a redirect, a 404, a slow
// page, one that fails once, and a robots.txt that forbids a path. No test
// touches the internet.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PageFetcher, USER_AGENT } from "../../scripts/lib/page-fetcher";
import { fileNameFor } from "../../scripts/lib/saved-page";
import { prepareArticle } from "../../src/extract/prepare";

const ROOT = process.cwd();
const pages = join(ROOT, "tests/fixtures/pages");
const gushi = readFileSync(join(pages, "gushi-county.html"));
// The county page's bytes are GBK; its <meta> now wrongly says UTF-8, as happens: the HTTP header is right.
const wrongMeta = Buffer.from(gushi.toString("latin1").replace("charset=gb2312", "charset=utf-8"), "latin1");
const henan = readFileSync(join(pages, "henan-jyt.html"));

interface Hit {
  path: string;
  start: number;
  agent?: string;
}
const hits: Hit[] = [];
let inFlight = 0;
let maxInFlight = 0;
let flakyCount = 0;
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    hits.push({ path, start: Date.now(), agent: req.headers["user-agent"] });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const done = () => inFlight--;
    res.on("close", done);
    const send = (status: number, type: string, body: Buffer | string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": type, ...headers });
      res.end(body);
    };
    if (path === "/robots.txt") send(200, "text/plain", "User-agent: *\nDisallow: /private/\n");
    else if (path === "/news/gushi.html") send(200, "text/html; charset=GBK", wrongMeta);
    else if (path === "/old/gushi.html") send(301, "text/plain", "", { location: "/news/gushi.html" });
    else if (path === "/flaky.html") {
      if (flakyCount++ === 0) send(503, "text/plain", "busy");
      else send(200, "text/html", henan);
    } else if (path === "/slow.html") setTimeout(() => res.writable && send(200, "text/html", henan), 3000);
    else if (path === "/private/secret.html") send(200, "text/html", "<p>secret</p>");
    else send(404, "text/plain", "not found");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const DELAY = 150;
const fetcher = (out: string) =>
  new PageFetcher({ out, delayMs: DELAY, timeoutMs: 400, retries: 1, backoffMs: 20, now: () => new Date("2026-01-02T03:04:05Z") });

describe("npm run fetch", () => {
  const out = mkdtempSync(join(tmpdir(), "fetch-"));
  let outcomes: Awaited<ReturnType<PageFetcher["fetchAll"]>>;

  beforeAll(async () => {
    outcomes = await fetcher(out).fetchAll(
      ["/news/gushi.html", "/old/gushi.html", "/missing.html", "/slow.html", "/flaky.html", "/private/secret.html"].map((p) => base + p),
    );
  }, 20_000);

  const outcome = (path: string) => outcomes.find((o) => o.url === base + path)!;

  it("saves pages whose HTTP header gives the charset so that the build reads them as the browser did", async () => {
    expect(outcome("/news/gushi.html")).toMatchObject({ status: "saved" });
    const saved = readFileSync(join(out, fileNameFor(new URL(base + "/news/gushi.html"))));
    const r = await prepareArticle(new Uint8Array(saved), { id: "gushi", format: "html" });
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.doc.title).toBe("县政府召开全县防汛工作部署会");
    expect(r.article.doc.text).toContain("县长陈志强主持会议并讲话");
    expect(r.article.doc.url).toBe(`${base}/news/gushi.html`);
  });

  it("records the address, the fetch date and the header's charset in the page's first lines, the server's bytes after them", () => {
    const saved = readFileSync(join(out, fileNameFor(new URL(base + "/news/gushi.html"))));
    const head = saved.subarray(0, saved.length - wrongMeta.length).toString("latin1");
    expect(head).toContain(`<!-- saved from url=(${String(`${base}/news/gushi.html`.length).padStart(4, "0")})${base}/news/gushi.html -->`);
    expect(head).toContain("fetched 2026-01-02T03:04:05Z");
    expect(head).toContain('<meta charset="gbk">');
    expect(saved.subarray(saved.length - wrongMeta.length).equals(wrongMeta)).toBe(true);
  });

  it("follows a redirect and records where the page came from", () => {
    expect(outcome("/old/gushi.html")).toMatchObject({ status: "saved", finalUrl: `${base}/news/gushi.html` });
    const saved = readFileSync(join(out, fileNameFor(new URL(base + "/old/gushi.html"))), "latin1");
    expect(saved).toContain(`saved from url=(${String(`${base}/news/gushi.html`.length).padStart(4, "0")})${base}/news/gushi.html`);
  });

  it("lists a 404, a page that never answers and a path robots.txt forbids as failures, and saves none of them", () => {
    expect(outcome("/missing.html")).toEqual({ url: `${base}/missing.html`, status: "failed", reason: "HTTP 404 Not Found" });
    expect(outcome("/slow.html")).toEqual({ url: `${base}/slow.html`, status: "failed", reason: "no answer within 400 ms (after 2 tries)" });
    expect(outcome("/private/secret.html")).toEqual({ url: `${base}/private/secret.html`, status: "failed", reason: "robots.txt does not allow it" });
    expect(hits.some((h) => h.path.startsWith("/private/"))).toBe(false);
    const files = readdirSync(out);
    expect(files.some((f) => /missing|slow|secret/.test(f))).toBe(false);
    expect(files.filter((f) => f.startsWith(".") || f.endsWith(".tmp"))).toEqual([]);
  });

  it("retries a page that fails once", () => {
    expect(outcome("/flaky.html")).toMatchObject({ status: "saved" });
    expect(hits.filter((h) => h.path === "/flaky.html")).toHaveLength(2);
  });

  it("asks robots.txt once, one request at a time, at least the delay apart, with its user agent", () => {
    expect(hits.filter((h) => h.path === "/robots.txt")).toHaveLength(1);
    expect(maxInFlight).toBe(1);
    const starts = hits.map((h) => h.start).sort((a, b) => a - b);
    for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(DELAY - 2);
    expect(new Set(hits.map((h) => h.agent))).toEqual(new Set([USER_AGENT]));
  });

  it("does not fetch a page again once it is saved", async () => {
    const before = hits.length;
    const again = await fetcher(out).fetchAll([`${base}/news/gushi.html`, `${base}/flaky.html`]);
    expect(again.map((o) => o.status)).toEqual(["skipped", "skipped"]);
    expect(hits.length).toBe(before);
  });
});

describe("the fetch command line", () => {
  it("takes addresses and a list, saves the good pages and lists the failures with exit code 1", async () => {
    const out = mkdtempSync(join(tmpdir(), "fetch-cli-"));
    const list = join(out, "urls.txt");
    writeFileSync(list, `# pages\n${base}/flaky.html\n\n${base}/missing.html\n`);
    const run = promisify(execFile);
    const r = await run(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/fetch.ts", `${base}/news/gushi.html`, "--list", list, "--out", out, "--delay", "10"], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1" },
    }).then(
      (x) => ({ code: 0, ...x }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("2 saved, 0 already there, 1 failed");
    expect(r.stderr).toContain(`failed (1):\n  ${base}/missing.html: HTTP 404 Not Found`);
    expect(readdirSync(out).filter((f) => f.endsWith(".html")).sort()).toEqual(
      [fileNameFor(new URL(`${base}/flaky.html`)), fileNameFor(new URL(`${base}/news/gushi.html`))].sort(),
    );
  }, 30_000);
});

describe("fileNameFor", () => {
  it("makes a flat, readable name from host and path, a query adding a hash", () => {
    expect(fileNameFor(new URL("https://www.gov.cn/zhengce/2021-05/20/content_5600001.htm"))).toBe("www.gov.cn_zhengce_2021-05_20_content_5600001.html");
    expect(fileNameFor(new URL("http://example.org/"))).toBe("example.org_index.html");
    const a = fileNameFor(new URL("http://example.org/show.jsp?id=1"));
    const b = fileNameFor(new URL("http://example.org/show.jsp?id=2"));
    expect(a).toMatch(/^example\.org_show_[0-9a-f]{8}\.html$/);
    expect(a).not.toBe(b);
  });
});
