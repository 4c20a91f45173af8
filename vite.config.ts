import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// graph-data/ is served as-is: the explorer fetches graph.json from it.
export default defineConfig({
  plugins: [react()],
  publicDir: "graph-data",
  build: { outDir: "dist", sourcemap: false },
});
