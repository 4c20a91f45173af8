// How `npm run fetch` stores a page: under a file name made from its address,
// with the server's bytes after a short header in ASCII that records where the
// page came from, when it was fetched and the charset the HTTP header gave.
// The header is what browsers write into a saved page (`saved from url=`) plus
// a <meta charset>, the first one the build's decoder meets, so the build reads
// the bytes as the browser did. The fetch date lives only in this input file:
// the graph never holds it.
import { createHash } from "node:crypto";
import { bomCharset, knownCharset } from "../../src/extract/charset";

/** A file name for an address: host and path, flattened, ending in .html; a query adds a short hash. */
export function fileNameFor(url: URL): string {
  const path = decodeURIComponentSafe(url.pathname).replace(/\/+$/, "") || "/index";
  const stem = `${url.hostname}${url.port ? `_${url.port}` : ""}${path}`
    .replace(/\.(s?html?|jsp|aspx?|php|cgi)$/i, "")
    .replace(/[^\p{L}\p{N}._-]+/gu, "_")
    .replace(/_+/g, "_")
    .replace(/^[._]+|_+$/g, "")
    .slice(0, 150);
  const query = url.search ? `_${createHash("sha256").update(url.search).digest("hex").slice(0, 8)}` : "";
  return `${stem}${query}.html`;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The charset a Content-Type header names, if TextDecoder knows it. */
export function headerCharset(contentType: string | null): string | undefined {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? "");
  return m ? knownCharset(m[1]) : undefined;
}

export interface SavedPageInfo {
  /** The address asked for. */
  requested: string;
  /** The address the page came from after redirects. */
  url: string;
  /** ISO date and time of the fetch (UTC). */
  fetched: string;
  contentType: string | null;
}

const ascii = (s: string) => new TextEncoder().encode(s);
/** Comments end at `-->`; an address cannot carry one into the header. */
const safe = (s: string) => s.replace(/--+>?/g, (m) => encodeURIComponent(m));

/**
 * The bytes to write for a fetched page. A byte-order mark settles the
 * encoding before any header (UTF-16 is rewritten as UTF-8: the header is
 * ASCII); otherwise the HTTP header's charset, when it names one, is recorded.
 */
export function savedPageBytes(body: Uint8Array, info: SavedPageInfo): Uint8Array {
  let charset = headerCharset(info.contentType);
  const bom = bomCharset(body);
  if (bom) {
    body = bom.label === "utf-8" ? body.subarray(bom.length) : new TextEncoder().encode(new TextDecoder(bom.label).decode(body.subarray(bom.length)));
    charset = "utf-8";
  }
  const url = safe(info.url);
  const lines = [
    `<!-- saved from url=(${String(url.length).padStart(4, "0")})${url} -->`,
    `<!-- fetched ${info.fetched} by npm run fetch from ${safe(info.requested)}${charset ? `; charset ${charset} from the HTTP header` : ""} -->`,
    ...(charset ? [`<meta charset="${charset}">`] : []),
    "",
  ];
  const head = ascii(lines.join("\n"));
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}
