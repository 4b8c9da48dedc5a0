import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { encodeCursor } from "../../subgraphs/shared/pagination";
import { federalDistricts, regions } from "../../subgraphs/shared/geography";
import { explainListQueries } from "./scale-plans";
import { startScaleStack } from "./scale-stack";
import { entitiesStatements } from "./scale-entities";

/** Where the generated databases are: the SQLite files of a folder, or a PostgreSQL URL. */
export interface ScaleOptions {
  root: string;
  /** A folder holding <name>.sqlite files, as `npm run generate` wrote them. */
  dataDir?: string;
  /** PostgreSQL URL the generator wrote to (schemas per subgraph). */
  databaseUrl?: string;
  /** Requests per measured workload. */
  requests: number;
}

const SEARCH_WORDS = [
  "семьи",
  "добровольчества",
  "экологического",
  "ветеранов",
  "Тюмень",
  "центр",
  "инклюзивного",
  "краеведения",
];

/** Words matching tens of thousands of organisations at national scale ("центр": 124,575). */
const COMMON_WORDS = ["центр", "добровольчества", "краеведения", "семьи", "ветеранов"];

/**
 * The i-th request's spelling of a common word: the word in turn, with the case of its first
 * letters set by i's bits. The search folds case, so every spelling finds the same rows, but the
 * count cache is keyed by the filter as sent: each request is a first, uncached search.
 */
function uncachedSpelling(i: number): string {
  const word = COMMON_WORDS[i % COMMON_WORDS.length];
  const variant = Math.floor(i / COMMON_WORDS.length);
  return [...word]
    .map((letter, k) => (k < 5 && (variant >> k) & 1 ? letter.toUpperCase() : letter))
    .join("");
}

/** The environment naming the generated databases for every subgraph. */
export function databaseEnv(options: ScaleOptions): Record<string, string> {
  if (options.databaseUrl) return { DATABASE_URL: options.databaseUrl };
  const env: Record<string, string> = {};
  for (const name of ["regions", "organizations", "events", "programmes", "volunteers"])
    env[`${name.toUpperCase()}_DATABASE`] = join(options.dataDir!, `${name}.sqlite`);
  return env;
}

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors)
    throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return performance.now() - started;
}

/** Latencies of `count` sequential requests, after a short warm-up; p50 and p95 in ms. */
async function measure(count: number, send: (i: number) => Promise<number>) {
  for (let i = 0; i < Math.min(5, count); i += 1) await send(i);
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) times.push(await send(i));
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p95: at(0.95) };
}

const PAGE = `query Page($after: String) { organizations(first: 20, after: $after) { totalCount edges { node { id name kind } } } }`;
const SEARCH = `query Search($q: String!) { organizations(first: 20, filter: { search: $q }) { totalCount edges { node { id name } } } }`;

/**
 * The cursor after the n-th organisation by name (page 5,000 of 20 starts after row 99,980) and
 * the page it opens; a smaller network's last page when it has fewer rows.
 */
async function cursorAt(
  options: ScaleOptions,
  offset: number,
): Promise<{ cursor: string; page: number }> {
  const row = await entitiesStatements.rowAt(databaseEnv(options), offset);
  return {
    cursor: encodeCursor({ list: "organization.name", value: row.name, id: row.id }),
    page: Math.floor((row.offset + 1) / 20) + 1,
  };
}

/**
 * The national-scale benchmark: starts the platform over the generated databases and measures,
 * through the gateway, keyset pages, the dashboards, search, the statements of `_entities` and
 * each process's peak memory; then prints the query plans of the main list queries.
 */
export async function runScaleBenchmark(options: ScaleOptions): Promise<string> {
  const env = databaseEnv(options);
  const deep = await cursorAt(options, 99_979);
  const stack = await startScaleStack(options.root, env);
  const lines: string[] = [];
  try {
    const url = stack.gatewayUrl;
    const dashboard = readFileSync(
      join(options.root, "schema/operations/ural-district-dashboard.graphql"),
      "utf8",
    );
    const region = readFileSync(
      join(options.root, "schema/operations/tyumen-region.graphql"),
      "utf8",
    );
    const n = options.requests;
    const first = await measure(n, () => post(url, PAGE));
    const far = await measure(n, () => post(url, PAGE, { after: deep.cursor }));
    const district = await measure(n, (i) =>
      post(url, dashboard, { district: federalDistricts[i % 8].code }),
    );
    const regionPage = await measure(n, (i) =>
      post(url, region, { code: regions[(i * 7) % regions.length].code }),
    );
    // The heaviest district and region of the country-shaped network, and the Ural pair the
    // project started from, each asked the same way every time.
    const named = [
      [
        "district dashboard, Central (18 regions, the most organisations)",
        dashboard,
        { district: "CENTRAL" },
        "p95 < 100 ms",
      ],
      ["district dashboard, Ural", dashboard, { district: "URAL" }, "p95 < 100 ms"],
      ["region page, Moscow (the most organisations)", region, { code: "RU-MOW" }, "p95 < 50 ms"],
      ["region page, Tyumen Oblast", region, { code: "RU-TYU" }, "p95 < 50 ms"],
    ] as const;
    const fixed: { name: string; goal: string; m: { p50: number; p95: number } }[] = [];
    for (const [name, query, variables, goal] of named)
      fixed.push({ name, goal, m: await measure(n, () => post(url, query, variables)) });
    const search = await measure(n, (i) =>
      post(url, SEARCH, { q: SEARCH_WORDS[i % SEARCH_WORDS.length] }),
    );
    // A new spelling for every request, the warm-up's included (measure repeats its first five).
    let spellings = 0;
    const uncached = await measure(n, () =>
      post(url, SEARCH, { q: uncachedSpelling(spellings++) }),
    );
    const row = (name: string, m: { p50: number; p95: number }, goal: string) =>
      `| ${name} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${goal} |`;
    lines.push(
      `| through the gateway (${n} sequential requests each) | p50 ms | p95 ms | goal |`,
      "|---|---|---|---|",
      row("`organizations(first: 20)`, page 1", first, "–"),
      row(
        `\`organizations(first: 20)\`, page ${deep.page.toLocaleString("en")} (keyset)`,
        far,
        `within 1.2x of page 1: ${(far.p50 / first.p50).toFixed(2)}x`,
      ),
      row("district dashboard, a different district per request", district, "p95 < 100 ms"),
      row("region page, a different region per request", regionPage, "p95 < 50 ms"),
      ...fixed.map(({ name, m, goal }) => row(name, m, goal)),
      row("`organizations(filter: { search })`, varied words", search, "p95 < 100 ms"),
      row(
        "`organizations(filter: { search })`, a common word, uncached every time",
        uncached,
        "p95 < 100 ms",
      ),
    );
    const peaks = stack.peakMiB();
    lines.push("", "| process | peak RSS (VmHWM), MiB |", "|---|---|");
    for (const [name, mib] of Object.entries(peaks)) lines.push(`| ${name} | ${mib.toFixed(0)} |`);
  } finally {
    await stack.stop();
  }
  const statements = await entitiesStatements.count(env, 100);
  lines.push("", "| `_entities` with 100 keys | SQL statements |", "|---|---|");
  for (const [name, count] of Object.entries(statements)) lines.push(`| ${name} | ${count} |`);
  lines.push("", await explainListQueries(env));
  return lines.join("\n");
}
