import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { BrowserContext } from "playwright-core";
import { CHROMIUM_PATH, launchHeadlessChromium } from "../../tools/chromium";

/** Debian's chromium package; the browser suites are skipped (with a message) when it is absent. */
export const CHROMIUM = CHROMIUM_PATH;

export const hasChromium = existsSync(CHROMIUM);

/** Where screenshots of the views are written (gitignored). */
export const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts");

const root = join(__dirname, "..", "..");

/**
 * Builds a page into a fresh temporary folder with the project's own Vite config: the dashboard
 * (`dashboard/vite.config.mts`) unless another config under the root is named, e.g.
 * `dashboard/explorer/vite.config.mts`.
 */
export async function buildDashboard(config = "dashboard/vite.config.mts"): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "ngo-page-"));
  await promisify(execFile)(
    process.execPath,
    [
      join(root, "node_modules", "vite", "bin", "vite.js"),
      "build",
      "--config",
      join(root, config),
      "--outDir",
      outDir,
      "--logLevel",
      "warn",
    ],
    { cwd: root },
  );
  return outDir;
}

/** A headless Chromium with a fresh profile (in a time zone, if named); screenshots go to ARTIFACTS. */
export async function launchBrowser(options: { timezoneId?: string } = {}): Promise<{
  context: BrowserContext;
  close: () => Promise<void>;
}> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return launchHeadlessChromium(options);
}
