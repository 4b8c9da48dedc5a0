import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * Builds the dashboard (`dashboard/dist`, served by the gateway at /dashboard/) when it has not
 * been built yet, so `npm start` on a clean clone serves it. Vite takes a few seconds. A failed
 * build does not stop the platform: the graph still serves, and /dashboard/ says how to build.
 * Returns what happened, for the caller's log.
 */
export function ensureDashboardBuilt(root: string): string {
  const dist = join(root, "dashboard", "dist");
  if (existsSync(join(dist, "index.html"))) return `dashboard: serving ${dist}`;
  const vite = join(root, "node_modules", "vite", "bin", "vite.js");
  if (!existsSync(vite)) return "dashboard: not built and vite is not installed; run `npm install`";
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [vite, "build", "--config", join(root, "dashboard", "vite.config.mts"), "--logLevel", "warn"],
    { cwd: root, stdio: ["ignore", "inherit", "inherit"] },
  );
  if (result.status !== 0)
    return "dashboard: the build failed (see above); /dashboard/ is not served";
  return `dashboard: built ${dist} in ${((Date.now() - started) / 1000).toFixed(1)} s`;
}
