// The development server's one write: the explorer under `npm start` saves
// graph-data/corrections.json through it (POST /__corrections, the whole file;
// vite.config.ts mounts it).
// Only a corrections file from the page itself is taken: same origin, JSON
// (a cross-site form cannot send it without a preflight the server refuses),
// readable as a corrections file; it is written atomically.
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseCorrections } from "../../src/corrections/index";
import { CORRECTIONS_ENDPOINT } from "../../src/app/corrections/endpoint";
import { writeFileAtomic } from "./atomic-write";
import { DEFAULT_CORRECTIONS } from "./read-corrections";

const MAX_BYTES = 20 * 1024 * 1024;

function reply(res: ServerResponse, status: number, message: string) {
  res.statusCode = status;
  res.setHeader("content-type", "text/plain; charset=utf-8");
  res.end(message);
}

async function bodyOf(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function correctionsHandler(file: string = DEFAULT_CORRECTIONS) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "POST") return reply(res, 405, "POST the whole corrections file");
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${req.headers.host}` && origin !== `https://${req.headers.host}`) return reply(res, 403, `not from this page: ${origin}`);
    if (!(req.headers["content-type"] ?? "").startsWith("application/json")) return reply(res, 415, "expected application/json");
    const text = await bodyOf(req);
    if (text === null) return reply(res, 413, `larger than ${MAX_BYTES} bytes`);
    const parsed = parseCorrections(text, file);
    if (parsed.entries.length === 0 && parsed.errors.length) return reply(res, 400, parsed.errors.join("\n"));
    try {
      writeFileAtomic(file, text);
    } catch (err) {
      return reply(res, 500, `${file}: cannot write: ${err instanceof Error ? err.message : String(err)}`);
    }
    reply(res, 200, `saved ${file}: ${parsed.entries.length} entries`);
  };
}
