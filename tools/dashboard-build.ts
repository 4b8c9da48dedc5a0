import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * Builds one page with its Vite config when it has not been built yet: `folder` holds
 * `vite.config.mts` and gets `dist/`. A failed build does not stop the platform: the graph still
 * serves, and the page's path says how to build. Returns what happened, for the caller's log.
 */
function ensurePageBuilt(root: string, name: string, folder: string[]): string {
  const dist = join(root, ...folder, "dist");
  if (existsSync(join(dist, "index.html"))) return `${name}: serving ${dist}`;
  const vite = join(root, "node_modules", "vite", "bin", "vite.js");
  if (!existsSync(vite)) return `${name}: not built and vite is not installed; run \`npm install\``;
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [vite, "build", "--config", join(root, ...folder, "vite.config.mts"), "--logLevel", "warn"],
    { cwd: root, stdio: ["ignore", "inherit", "inherit"] },
  );
  if (result.status !== 0) return `${name}: the build failed (see above); it is not served`;
  return `${name}: built ${dist} in ${((Date.now() - started) / 1000).toFixed(1)} s`;
}

/**
 * Builds the gateway's pages that have not been built yet, so `npm start` on a clean clone serves
 * them: the dashboard (`dashboard/dist`, at /dashboard/, a few seconds) and the offline GraphQL
 * explorer (`dashboard/explorer/dist`, at /explorer/, about 6 s more: GraphiQL bundles the
 * Monaco editor). Returns what happened to each, in one line for the caller's log.
 */
export function ensureDashboardBuilt(root: string): string {
  return [
    ensurePageBuilt(root, "dashboard", ["dashboard"]),
    ensurePageBuilt(root, "explorer", ["dashboard", "explorer"]),
  ].join("; ");
}
