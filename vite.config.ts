import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

/**
 * `npm start` only (never the built page): the explorer saves
 * graph-data/corrections.json through POST /__corrections. The handler is
 * loaded through vite, so this file imports nothing of the project's own.
 */
function correctionsServer(): Plugin {
  return {
    name: "corrections-server",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use("/__corrections", (req, res) => {
        void server
          .ssrLoadModule("/scripts/lib/corrections-server.ts")
          .then(({ correctionsHandler }) => correctionsHandler()(req, res))
          .catch((err: unknown) => {
            res.statusCode = 500;
            res.end(String(err));
          });
      });
    },
  };
}

// graph-data/ is served as-is: the explorer fetches graph.json from it.
export default defineConfig({
  plugins: [react(), correctionsServer()],
  publicDir: "graph-data",
  build: { outDir: "dist", sourcemap: false },
});
