// Once per end-to-end run: build the page with vite (a production build, as
// `npm run build` makes it), write the fixture graphs next to it, serve both
// on a free port.
import { rmSync } from "node:fs";
import type { Server } from "node:http";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { buildProductionSite } from "../../scripts/lib/build-site";
import { writeFixtures } from "./fixtures";
import { serveDirectory } from "./static-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = resolve(import.meta.dirname, "../..");
export const SITE_DIR = join(root, "test-results/e2e-site");

export default async function setup(project: TestProject) {
  rmSync(SITE_DIR, { recursive: true, force: true });
  await buildProductionSite({ root, outDir: SITE_DIR });
  await writeFixtures(join(SITE_DIR, "fixtures"));
  const { url, server } = await serveDirectory(SITE_DIR);
  project.provide("baseUrl", url);
  return async () => {
    await new Promise<void>((done) => (server as Server).close(() => done()));
  };
}
