import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's chromium package; the browser suites are skipped (with a message) when it is absent. */
export const CHROMIUM = "/usr/bin/chromium";

export const hasChromium = existsSync(CHROMIUM);

/** Where screenshots of the views are written (gitignored). */
export const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts");

const root = join(__dirname, "..", "..");

/** Builds the dashboard into a fresh temporary folder with the project's own Vite config. */
export async function buildDashboard(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "ngo-dashboard-"));
  await promisify(execFile)(
    process.execPath,
    [
      join(root, "node_modules", "vite", "bin", "vite.js"),
      "build",
      "--config",
      join(root, "dashboard", "vite.config.mts"),
      "--outDir",
      outDir,
      "--logLevel",
      "warn",
    ],
    { cwd: root },
  );
  return outDir;
}

/** A headless Chromium with a fresh profile, and how to close it and remove the profile. */
export async function launchBrowser(): Promise<{
  context: BrowserContext;
  close: () => Promise<void>;
}> {
  const profile = mkdtempSync(join(tmpdir(), "ngo-chromium-"));
  // launchPersistentContext is how playwright takes a user-data-dir: a fresh one per run.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
