import { readFileSync } from "node:fs";
import { join } from "node:path";
import { result, type Attack } from "./attack";
import { post, query, type Outcome } from "./http";
import { SUBGRAPHS, type SupervisedStack } from "./stack";

/** Resident memory every process must stay under through a flood, in MiB. */
const FLOOD_MAX_MIB = 400;
/** Distinct operations in the flood, and how many anonymous clients send them at once. */
const DISTINCT_OPERATIONS = 10_000;
const CLIENTS = 16;

const CODES = ["RU-TYU", "RU-KGN", "RU-SVE", "RU-CHE", "RU-KHM", "RU-MOW", "RU-SPE", "RU-TAT"];

/**
 * The n-th operation of the flood, about 1.4 KB: eight aliased `region` lookups with nested lists,
 * the shape that grew a gateway from 238 to 1,239 MiB when every one was new to it.
 */
export function distinctOperation(n: number): string {
  const lookups = CODES.map(
    (code, k) =>
      `r${k}_${n}: region(code: "${code}") { code name federalDistrict { code regions { code name } } municipalities { id name } }`,
  );
  return `query Flood${n} { ${lookups.join(" ")} }`;
}

/**
 * Median milliseconds of `count` sequential requests, after two unrecorded ones (a first request
 * warms caches and code paths); all must be answered without errors.
 */
async function medianMs(count: number, send: () => Promise<Outcome>): Promise<number> {
  const times: number[] = [];
  for (let i = -2; i < count; i += 1) {
    const outcome = await send();
    if (outcome.status !== 200 || outcome.codes !== "")
      throw new Error(`answered ${outcome.status} ${outcome.codes}: ${outcome.text.slice(0, 200)}`);
    if (i >= 0) times.push(outcome.ms);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]);
}

/** The dashboard's district query, as the dashboard sends it. */
function dashboardQuery(stack: SupervisedStack, root: string) {
  const document = readFileSync(
    join(root, "schema/operations/ural-district-dashboard.graphql"),
    "utf8",
  );
  return () => query(stack.urls.gateway, document, { district: "URAL" });
}

/** Peak resident memory of every process, and whether each is under FLOOD_MAX_MIB. */
function peaks(stack: SupervisedStack): { note: string; under: boolean } {
  const all = stack.peakMiB();
  const names = [...SUBGRAPHS, "gateway"];
  return {
    note: names.map((name) => `${name} ${Math.round(all[name] ?? 0)}`).join(", "),
    under: names.every((name) => (all[name] ?? 0) < FLOOD_MAX_MIB),
  };
}

/** Attacks by many requests, each cheap alone: distinct operations, many-word searches. */
export const floodAttacks: Attack[] = [
  {
    name: `${DISTINCT_OPERATIONS.toLocaleString("en")} distinct 1.4 KB operations from ${CLIENTS} anonymous clients`,
    run: async (stack, root) => {
      const dashboard = dashboardQuery(stack, root);
      const before = await medianMs(5, dashboard);
      const started = performance.now();
      let next = 0;
      let failed: Outcome | undefined;
      const client = async () => {
        while (next < DISTINCT_OPERATIONS) {
          const outcome = await query(stack.urls.gateway, distinctOperation(next++));
          if (outcome.status !== 200 || outcome.codes !== "") failed ??= outcome;
        }
      };
      await Promise.all(Array.from({ length: CLIENTS }, client));
      const seconds = (performance.now() - started) / 1000;
      const after = await medianMs(5, dashboard);
      const memory = peaks(stack);
      const last = await query(stack.urls.gateway, distinctOperation(0));
      // "Usual latency": within twice the median before the flood, or 50 ms of it on a busy machine.
      const usual = after <= Math.max(2 * before, before + 50);
      return result(
        failed ?? last,
        !failed && memory.under && usual,
        `${(DISTINCT_OPERATIONS / seconds).toFixed(0)} req/s; dashboard median ${before} ms before, ${after} ms after; peak MiB ${memory.note} (limit ${FLOOD_MAX_MIB})`,
      );
    },
  },
  {
    name: "99-word searches (`п п … п <word>`) from 4 anonymous clients beside a small events query",
    run: async (stack) => {
      const small = () =>
        query(stack.urls.gateway, `{ events(first: 5) { totalCount edges { node { title } } } }`);
      const before = await medianMs(5, small);
      const words = Array.from({ length: 98 }, () => "п").join(" ");
      const search = `query($s: String) { events(first: 20, filter: { search: $s }) { totalCount edges { node { title } } } }`;
      let sent = 0;
      const outcomes: Outcome[] = [];
      const client = async () => {
        while (sent < 200) {
          outcomes.push(
            await post(stack.urls.gateway, {
              query: search,
              variables: { s: `${words} w${sent++}` },
            }),
          );
        }
      };
      const during = Promise.all(Array.from({ length: 4 }, client));
      const smallDuring = await medianMs(5, small);
      await during;
      const refused = outcomes.every((outcome) => outcome.codes === "MAX_SEARCH_TERMS_EXCEEDED");
      const slowest = Math.round(Math.max(...outcomes.map((outcome) => outcome.ms)));
      const message = outcomes[0]?.body?.errors?.[0]?.message ?? "";
      return result(
        outcomes[0],
        refused && slowest < 1000 && smallDuring <= Math.max(2 * before, before + 50),
        `${outcomes.length} refused: "${message}"; slowest ${slowest} ms; small query median ${before} ms before, ${smallDuring} ms during`,
      );
    },
  },
];
