import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { launchHeadlessChromium } from "../chromium";
import { startScaleStack, type ScaleStack } from "./scale-stack";

/**
 * Opens every view of the dashboard in headless Chromium over a generated (national-scale)
 * dataset and prints, per view, the time from navigation to the view drawn with its numbers,
 * and what is wrong with it: page errors, error notices, sums over a truncated page, or lists
 * drawn without a page size. Run:
 *
 *   node -r @swc-node/register tools/bench/dashboard-scale.ts --data /tmp/gen-national
 *   node -r @swc-node/register tools/bench/dashboard-scale.ts --gateway http://127.0.0.1:4000
 *
 * With --data it starts the four subgraphs and the gateway over the folder's SQLite files
 * (production mode, as tools/bench/scale.ts does; copy the files first, migrations may run on
 * them), after building the dashboard into dashboard/dist unless --no-build is given.
 */

const root = join(__dirname, "..", "..");

/** One view to open: its URL hash, and what must be on it once drawn. */
interface ViewCase {
  name: string;
  hash: string;
  check: (page: Page) => Promise<string[]>;
}

/** Numbers on the page: at least `min` table rows, every cell of `column` a count above zero. */
async function tableProblems(page: Page, min: number, column?: number): Promise<string[]> {
  const rows = await page.locator("main table tbody tr").count();
  const problems = rows < min ? [`${rows} table rows, expected at least ${min}`] : [];
  if (column === undefined) return problems;
  const cells = await page
    .locator(`main table tbody tr td:nth-child(${column + 1})`)
    .allInnerTexts();
  const bad = cells.filter((cell) => !/^[1-9][\d\s\u00a0]*$/.test(cell.trim()));
  if (bad.length)
    problems.push(`column ${column}: ${bad.length} cells without a count (${bad[0]})`);
  return problems;
}

const VIEWS: ViewCase[] = [
  { name: "country", hash: "#/", check: (page) => tableProblems(page, 8, 1) },
  { name: "district URAL", hash: "#/district/URAL", check: (page) => tableProblems(page, 6, 1) },
  {
    name: "district CENTRAL",
    hash: "#/district/CENTRAL",
    check: (page) => tableProblems(page, 18, 1),
  },
  { name: "region RU-TYU", hash: "#/region/RU-TYU", check: (page) => tableProblems(page, 1) },
  { name: "region RU-MOW", hash: "#/region/RU-MOW", check: (page) => tableProblems(page, 1) },
  { name: "region RU-KHM", hash: "#/region/RU-KHM", check: (page) => tableProblems(page, 1) },
  {
    name: "organization org-rc-tyumen",
    hash: "#/organization/org-rc-tyumen",
    check: async () => [],
  },
  {
    // The generated organisation that operates the most programmes (over 300).
    name: "organization gen-org-0000014",
    hash: "#/organization/gen-org-0000014",
    check: async () => [],
  },
  {
    name: "search партнерство",
    hash: `#/search/${encodeURIComponent("партнерство")}`,
    check: async (page) => ((await page.locator("main section").count()) ? [] : ["no results"]),
  },
];

/** Problems any view can have: error notices, truncated sums, lists longer than a page. */
async function commonProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const notice = (await page.locator("#notice").innerText()).trim();
  if (notice) problems.push(`notice: ${notice.slice(0, 200)}`);
  const text = await page.locator("main").innerText();
  if (/учтены первые|counted the first/.test(text)) problems.push("a sum over a truncated page");
  // Page-side code as a string: the tools are compiled without the DOM's types.
  const longest = await page.evaluate<number>(
    `Math.max(0, ...[...document.querySelectorAll("main ul, main tbody")].map((l) => l.children.length))`,
  );
  if (longest > 100) problems.push(`a list of ${longest} items drawn at once`);
  return problems;
}

/**
 * Opens a view by its URL in a fresh page. Returns ms from navigation to its numbers in the page
 * (the "view-ready" mark main.ts sets) and to its charts drawn too (the next frame after it).
 */
async function measureView(page: Page, url: string): Promise<{ numbers: number; drawn: number }> {
  await page.goto("about:blank");
  await page.goto(url);
  await page.waitForSelector("main[data-state=ready]", { timeout: 60_000 });
  return page.evaluate<{ numbers: number; drawn: number }>(`new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(() => {
      const mark = performance.getEntriesByName("view-ready").at(-1);
      resolve({ numbers: Math.round(mark ? mark.startTime : NaN), drawn: Math.round(performance.now()) });
    })))`);
}

async function runViews(base: string, rounds: number, screenshot?: string): Promise<void> {
  const { context, close } = await launchHeadlessChromium();
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    console.log(
      `| view | numbers shown, first open, ms | numbers shown, best of ${rounds}, ms | charts drawn too, best, ms | problems |`,
    );
    console.log("|---|---|---|---|---|");
    for (const view of VIEWS) {
      pageErrors.length = 0;
      const times: { numbers: number; drawn: number }[] = [];
      for (let i = 0; i < rounds; i += 1) times.push(await measureView(page, base + view.hash));
      await page.waitForTimeout(300);
      const problems = [
        ...(await view.check(page)),
        ...(await commonProblems(page)),
        ...pageErrors,
      ];
      if (view.name === "country" && screenshot)
        await page.screenshot({ path: screenshot, fullPage: true });
      console.log(
        `| ${view.name} | ${times[0].numbers} | ${Math.min(...times.map((each) => each.numbers))} | ${Math.min(...times.map((each) => each.drawn))} | ${problems.join("; ") || "none"} |`,
      );
    }
  } finally {
    await close();
  }
}

function buildDashboard(): void {
  const vite = join(root, "node_modules", "vite", "bin", "vite.js");
  const config = join(root, "dashboard", "vite.config.mts");
  const result = spawnSync(
    process.execPath,
    [vite, "build", "--config", config, "--logLevel", "warn"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  if (result.status !== 0) throw new Error("the dashboard build failed");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: "string" },
      gateway: { type: "string" },
      rounds: { type: "string", default: "3" },
      screenshot: { type: "string" },
      "no-build": { type: "boolean", default: false },
    },
  });
  if (!values.data === !values.gateway)
    throw new Error("give either --data <folder> or --gateway <url>");
  let stack: ScaleStack | undefined;
  let origin = values.gateway?.replace(/\/(graphql)?$/, "");
  if (values.data) {
    if (!values["no-build"]) buildDashboard();
    const env: Record<string, string> = {};
    for (const name of ["regions", "organizations", "events", "programmes"])
      env[`${name.toUpperCase()}_DATABASE`] = join(values.data, `${name}.sqlite`);
    const started = Date.now();
    stack = await startScaleStack(root, env);
    console.log(`stack started in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    origin = stack.gatewayUrl.replace(/\/graphql$/, "");
  }
  if (values.screenshot) mkdirSync(join(values.screenshot, ".."), { recursive: true });
  try {
    await runViews(`${origin}/dashboard/`, Number(values.rounds), values.screenshot);
  } finally {
    await stack?.stop();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
