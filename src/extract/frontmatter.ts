// An optional `---` block at the top of a plain-text article:
//
//   ---
//   title: 某某新聞
//   date: 2020-02-01
//   url: https://example.org/a.html
//   year: 2020
//   region: 河南省
//   ---
//
// It gives the article's metadata; the year is the one for dates written
// without one (1月21日). Other keys are allowed and ignored. Pure.
import { divisionOfName } from "../gazetteer/index";
import { parseIsoDate } from "./calendar";
import { simplify } from "./script";

export interface ArticleMetadata {
  title?: string;
  /** Publication date, ISO YYYY-MM-DD. */
  date?: string;
  url?: string;
  /** The year of events dated without one. */
  year?: number;
  /** The article's jurisdiction, a GB/T 2260 code (from `region: 甘肃省` or `region: 620000`). */
  region?: string;
}

export interface FrontMatterError {
  /** The field at fault, when one is. */
  field?: string;
  reason: string;
}

export type FrontMatterResult =
  | { ok: true; meta: ArticleMetadata; body: string }
  | { ok: false; error: FrontMatterError };

const OPENER = /^---[ \t]*\r?\n/;
const CLOSER = /^---[ \t]*$/m;

const unquote = (v: string) => (/^(["']).*\1$/.test(v) ? v.slice(1, -1) : v);

export function splitFrontMatter(text: string): FrontMatterResult {
  const open = OPENER.exec(text);
  if (!open) return { ok: true, meta: {}, body: text };

  const rest = text.slice(open[0].length);
  const close = CLOSER.exec(rest);
  if (!close) return { ok: false, error: { reason: "front matter opened with --- has no closing --- line" } };

  const meta: ArticleMetadata = {};
  const seen = new Set<string>();
  const lines = rest.slice(0, close.index).split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim();
    if (line === "" || line.startsWith("#")) continue;
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) return { ok: false, error: { reason: `front matter line ${n + 2}: expected "key: value", got "${line}"` } };
    const key = kv[1].toLowerCase();
    const value = unquote(kv[2].trim()).trim();
    if (seen.has(key)) return { ok: false, error: { field: key, reason: `front matter field "${key}" is given twice` } };
    seen.add(key);
    const bad = (why: string): FrontMatterResult => ({
      ok: false,
      error: { field: key, reason: `front matter field "${key}": "${value}" ${why}` },
    });

    switch (key) {
      case "title":
        if (value === "") return bad("is empty");
        meta.title = value;
        break;
      case "date": {
        const date = parseIsoDate(value);
        if (!date) return bad("is not a calendar date YYYY-MM-DD");
        meta.date = date;
        break;
      }
      case "url":
        if (!/^https?:\/\/\S+$/i.test(value)) return bad("is not an http(s) address");
        meta.url = value;
        break;
      case "year": {
        if (!/^\d{4}$/.test(value) || +value < 1000) return bad("is not a four-digit year");
        meta.year = +value;
        break;
      }
      case "region": {
        const division = divisionOfName(/^\d{6}$/.test(value) ? value : simplify(value));
        if (!division) return bad("is not a division of GB/T 2260: give a code (620000) or a name (甘肃省, 绵阳市三台县)");
        meta.region = division.code;
        break;
      }
      default:
        break; // notes and other keys are for people
    }
  }

  const afterCloser = rest.slice(close.index + close[0].length).replace(/^\r?\n/, "");
  return { ok: true, meta, body: afterCloser.replace(/^(?:[ \t]*\r?\n)+/, "") };
}
