import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { correctionsServer } from "./scripts/lib/corrections-server";

// graph-data/ is served as-is: the explorer fetches graph.json from it. The
// development server also saves graph-data/corrections.json for the explorer.
export default defineConfig({
  plugins: [react(), correctionsServer()],
  publicDir: "graph-data",
  build: { outDir: "dist", sourcemap: false },
});
