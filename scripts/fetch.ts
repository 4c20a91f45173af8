// `npm run fetch`: article pages from the web into graph-data/articles, for
// `npm run build-graph`. Node glue: argv, the URL list, progress and the
// summary; the polite downloading is scripts/lib/page-fetcher.ts.
import { readFileSync } from "node:fs";
import { Command, InvalidArgumentError } from "commander";
import cliProgress from "cli-progress";
import { PageFetcher, type PageOutcome } from "./lib/page-fetcher";

const DEFAULT_OUT = "graph-data/articles";

function positiveInt(what: string) {
  return (value: string) => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`expected ${what}, a whole number.`);
    return Number(value);
  };
}

/** Addresses from a list file: one per line; blank lines and lines starting with # are skipped. */
function readList(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new Error(`${path}: cannot read the list: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name("npm run fetch --")
    .description("Download article pages (politely) into a folder for npm run build-graph.")
    .argument("[urls...]", "addresses of article pages")
    .option("-l, --list <file>", "a file of addresses, one per line (# starts a comment)")
    .option("-o, --out <dir>", "where the pages are saved", DEFAULT_OUT)
    .option("--delay <ms>", "pause between two requests to the same host", positiveInt("milliseconds"), 2000)
    .option("--timeout <ms>", "time allowed for one request", positiveInt("milliseconds"), 30000)
    .option("--retries <n>", "further tries after a timeout, HTTP 429 or 5xx", positiveInt("a count"), 3)
    .option("-q, --quiet", "print failures only")
    .addHelpText(
      "after",
      `
Each page is saved as <host>_<path>.html with the address it came from, the fetch
date and the charset of the HTTP header recorded in its first lines. A page whose
file exists is not fetched again. robots.txt is honoured; one request at a time
per host. The exit code is 1 when any page failed.

Examples:
  npm run fetch -- https://www.gov.cn/zhengce/2021-05/20/content_5600001.htm
  npm run fetch -- --list urls.txt --out graph-data/articles`,
    )
    .parse(argv);

  const opts = program.opts<{ list?: string; out: string; delay: number; timeout: number; retries: number; quiet?: boolean }>();
  let urls = [...program.args];
  if (opts.list) {
    try {
      urls.push(...readList(opts.list));
    } catch (err) {
      console.error(`error: ${(err as Error).message}`);
      return 1;
    }
  }
  urls = [...new Set(urls)];
  if (urls.length === 0) {
    console.error("error: no addresses: give URLs or --list <file> (npm run fetch -- --help)");
    return 1;
  }

  const bar =
    !opts.quiet && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { stream: process.stderr, format: "fetching {bar} {value}/{total} pages  {page}", clearOnComplete: true, hideCursor: true, gracefulExit: false },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  bar?.start(urls.length, 0, { page: "" });
  let done = 0;
  const fetcher = new PageFetcher({ out: opts.out, delayMs: opts.delay, timeoutMs: opts.timeout, retries: opts.retries, backoffMs: 1000 });
  const outcomes = await fetcher.fetchAll(urls, {
    onDone: (o: PageOutcome) => bar?.update(++done, { page: o.url.slice(0, 60) }),
  });
  bar?.stop();

  const failed = outcomes.filter((o) => o.status === "failed");
  if (!opts.quiet) {
    for (const o of outcomes) if (o.status === "saved") console.log(`saved ${o.file}${o.finalUrl !== o.url ? ` (from ${o.finalUrl})` : ""}`);
    const saved = outcomes.filter((o) => o.status === "saved").length;
    const skipped = outcomes.filter((o) => o.status === "skipped").length;
    console.log(`${saved} saved, ${skipped} already there, ${failed.length} failed; into ${opts.out}`);
  }
  if (failed.length) {
    console.error(`failed (${failed.length}):`);
    for (const o of failed) if (o.status === "failed") console.error(`  ${o.url}: ${o.reason}`);
  }
  return failed.length ? 1 : 0;
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
