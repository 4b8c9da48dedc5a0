import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/**
 * The GraphQL explorer (GraphiQL) is built into `dashboard/explorer/dist` and served by the
 * gateway at `/explorer/`. Like the dashboard, everything is bundled (React, GraphiQL, the Monaco
 * editor and its web workers, fonts and styles), so the page loads nothing from another host and
 * works offline, unlike Apollo Sandbox, which GET /graphql loads from Apollo's CDN.
 * `npm run dev:explorer` serves it with a proxy to a running gateway.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/explorer/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // GraphiQL with Monaco is a few megabytes whatever is done; it is a developer tool, served
    // from the gateway's own origin and cached for a year (hashed names), so no warning for it.
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      // GraphiQL's React libraries mark their modules "use client" for server-component bundlers;
      // this page has no server components, so dropping the directive changes nothing.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
  // Monaco's workers are ES modules that import other modules.
  worker: { format: "es" },
  server: { proxy: { "/graphql": "http://localhost:4000" } },
});
