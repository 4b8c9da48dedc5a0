import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bearer } from "./subgraph";

/**
 * Steady load on a gateway from the dashboard's own operations, plus concurrent writes whose
 * acknowledged ids are kept, so a test can read every one of them back afterwards.
 */
const QUERIES = join(__dirname, "..", "..", "dashboard", "src", "queries");
const read = (file: string) => readFileSync(join(QUERIES, file), "utf8");

/** The region the writes go to: the Kurgan centre's own. */
export const WRITE_REGION = "RU-KGN";
const WRITER = bearer("org-rc-kurgan");

/** The dashboard's reads, each with variables a person would send. */
const READS: { name: string; query: string; variables: Record<string, unknown> }[] = [
  { name: "Region", query: read("region.graphql"), variables: { code: "RU-TYU" } },
  { name: "District", query: read("district.graphql"), variables: { code: "URAL" } },
  { name: "Organization", query: read("organization.graphql"), variables: { id: "org-rc-tyumen" } },
  { name: "Country", query: read("country.graphql"), variables: {} },
  {
    name: "RegionEvents",
    query: read("region-events.graphql"),
    variables: { code: WRITE_REGION, after: null },
  },
];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const CREATE = `mutation Create($input: CreateEventInput!) { createEvent(input: $input) { id } }`;

/** One request that did not get a whole answer: no response, a bad status, or any `errors`. */
export interface Failure {
  /** When it was sent (Date.now()). */
  at: number;
  operation: string;
  reason: string;
}

export interface LoadReport {
  requests: number;
  failures: Failure[];
  /** The ids of the events whose creation was acknowledged. */
  written: string[];
}

export interface Load {
  /** What has happened so far (the arrays are live). */
  report: LoadReport;
  /** Stops sending and resolves once every request in flight has been answered. */
  stop: () => Promise<LoadReport>;
}

/** Posts one operation; resolves to its data, or to the reason it is a failure. */
async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ data?: Record<string, any>; reason?: string }> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (response.status !== 200)
      return { reason: `HTTP ${response.status}: ${text.slice(0, 200)}` };
    const body = JSON.parse(text) as { data?: Record<string, any>; errors?: unknown[] };
    if (body.errors) return { reason: `errors: ${JSON.stringify(body.errors).slice(0, 300)}` };
    if (!body.data) return { reason: "no data" };
    return { data: body.data };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { reason: cause ?? (error as Error).message };
  }
}

/**
 * Starts `readers` loops over the dashboard's reads and `writers` loops creating events, each
 * pausing `pauseMs` between requests so the load is steady without taking every core of a
 * shared machine (which would slow the restarts it is there to observe).
 */
export function startLoad(url: string, readers: number, writers: number, pauseMs = 25): Load {
  const report: LoadReport = { requests: 0, failures: [], written: [] };
  let running = true;
  let serial = 0;
  const note = (at: number, operation: string, reason?: string) => {
    report.requests += 1;
    if (reason) report.failures.push({ at, operation, reason });
  };
  const reader = async (offset: number) => {
    for (let turn = offset; running; turn += 1) {
      const { name, query, variables } = READS[turn % READS.length];
      const at = Date.now();
      note(at, name, (await post(url, query, variables)).reason);
      await pause(pauseMs);
    }
  };
  const writer = async () => {
    while (running) {
      serial += 1;
      const input = {
        title: `Cluster load ${serial} ${Date.now()}`,
        kind: "SEMINAR",
        startsAt: "2026-12-01T10:00:00+05:00",
        timezone: "Asia/Yekaterinburg",
        regionCode: WRITE_REGION,
      };
      const at = Date.now();
      const { data, reason } = await post(url, CREATE, { input }, WRITER);
      note(at, "createEvent", reason);
      if (data?.createEvent?.id) report.written.push(data.createEvent.id as string);
      await pause(pauseMs);
    }
  };
  const loops = [
    ...Array.from({ length: readers }, (_, index) => reader(index)),
    ...Array.from({ length: writers }, () => writer()),
  ];
  return {
    report,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return report;
    },
  };
}

/** True when each of the dashboard's reads, sent once, gets a whole answer. */
export async function everyReadAnswers(url: string): Promise<boolean> {
  for (const { query, variables } of READS)
    if ((await post(url, query, variables)).reason) return false;
  return true;
}

/** Every event id of a region, paging through the dashboard's RegionEvents 20 at a time. */
export async function regionEventIds(url: string, code: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const { data, reason } = await post(url, read("region-events.graphql"), { code, after });
    if (!data) throw new Error(`reading ${code}'s events failed: ${reason}`);
    const events = data.region.events;
    for (const edge of events.edges) ids.add(edge.node.id as string);
    if (!events.pageInfo.hasNextPage) return ids;
    after = events.pageInfo.endCursor as string;
  }
}
