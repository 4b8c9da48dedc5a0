import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/**
 * The dashboard is built into `dashboard/dist` and served by the gateway at `/dashboard/`.
 * Everything it needs (ECharts, urql, styles) is bundled: the page loads nothing from elsewhere
 * and works offline. `npm run dev:dashboard` serves it with a proxy to a running gateway.
 */
const { version } = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
) as { version: string };

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  // The version the page names itself with to the gateway (apollographql-client-version).
  define: { __DASHBOARD_VERSION__: JSON.stringify(version) },
  base: "/dashboard/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // One chunk for the page is the simplest to serve; ECharts is tree-shaken to what is used.
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { "/graphql": "http://localhost:4000" } },
});
