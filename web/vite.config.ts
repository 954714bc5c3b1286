import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // GraphiQL's editor is large; it is only loaded by /graphql, never by the explorer.
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      onwarn(warning, warn) {
        // GraphiQL marks modules "use no memo" for the React compiler; bundling them is harmless.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
      input: {
        main: path.join(root, "index.html"),
        graphiql: path.join(root, "graphiql.html"),
      },
    },
  },
  server: {
    proxy: { "/graphql": "http://localhost:4000", "/healthz": "http://localhost:4000" },
  },
});
