// The development server's corrections endpoint on a real HTTP server: it
// writes the file atomically, and refuses other sites, other content types
// and what is not a corrections file, leaving the file as it was.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { correctionsHandler } from "../../scripts/lib/corrections-server";

let dir: string;
let file: string;
let server: Server;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "corrections-server-"));
  file = join(dir, "graph-data", "corrections.json");
  server = createServer((req, res) => void correctionsHandler(file)(req, res));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/__corrections`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
});

const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) => fetch(url, { method: "POST", headers, body });
const GOOD = `${JSON.stringify({ version: 1, corrections: [{ id: "c1", op: "delete-node", node: { doc: "a", start: 0, end: 2, text: "张明" } }] }, null, 2)}\n`;

describe("the corrections endpoint", () => {
  it("writes the file the page sends, creating its folder, with no temp file left", async () => {
    const res = await post(GOOD);
    expect([res.status, await res.text()]).toEqual([200, `saved ${file}: 1 entries`]);
    expect(readFileSync(file, "utf8")).toBe(GOOD);
    expect(readdirSync(join(dir, "graph-data"))).toEqual(["corrections.json"]);
  });

  it("refuses another site, another content type, another method and a file that is not corrections, keeping the old file", async () => {
    writeFileSync(file, GOOD);
    expect((await post("{}", { "content-type": "application/json", origin: "http://evil.example" })).status).toBe(403);
    expect((await post(GOOD, { "content-type": "text/plain" })).status).toBe(415);
    expect((await fetch(url)).status).toBe(405);
    const bad = await post('{"nodes": []}');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("not a corrections file");
    expect((await post("{ not json")).status).toBe(400);
    expect(readFileSync(file, "utf8")).toBe(GOOD);
  });
});
