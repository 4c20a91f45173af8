// Builds a page with vite as `npm run build` does, whoever calls it. Vite
// takes the mode of the bundle (React's production or development build) from
// NODE_ENV when it is set, and vitest sets it to "test": a build started from
// a test run would otherwise be a development build.
import { join } from "node:path";
import { build, type InlineConfig } from "vite";

export interface BuiltChunk {
  fileName: string;
  code: string;
  isEntry: boolean;
  /** Chunks this one imports statically (loaded with it). */
  imports: string[];
  dynamicImports: string[];
}

export async function buildProductionSite(config: InlineConfig & { root: string; outDir: string }): Promise<BuiltChunk[]> {
  const { outDir, ...rest } = config;
  const saved = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    const output = await build({
      configFile: join(config.root, "vite.config.ts"),
      logLevel: "warn",
      mode: "production",
      ...rest,
      build: { chunkSizeWarningLimit: 2000, ...rest.build, outDir, emptyOutDir: true },
    });
    const outputs = Array.isArray(output) ? output : "output" in output ? [output] : [];
    return outputs.flatMap((o) =>
      o.output.flatMap((item) =>
        item.type === "chunk"
          ? [{ fileName: item.fileName, code: item.code, isEntry: item.isEntry, imports: [...item.imports], dynamicImports: [...item.dynamicImports] }]
          : [],
      ),
    );
  } finally {
    if (saved === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = saved;
  }
}
