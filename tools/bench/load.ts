import autocannon from "autocannon";
import type { Workload } from "./workloads";

/** One timed run of one workload against one target. */
export interface Sample {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  /** Answers that were not HTTP 2xx, connection errors and timeouts: a valid run has none. */
  failures: number;
}

/** Key order does not matter when two gateways' answers are compared. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  return value;
}

/**
 * Sends every body of `workload` to `url` once and returns the answers, refusing any that is not
 * HTTP 200 with data and no errors: a target that answers errors fast must not look fast.
 */
export async function answers(url: string, workload: Workload): Promise<string[]> {
  const out: string[] = [];
  for (const body of workload.bodies) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    const text = await response.text();
    const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown };
    if (response.status !== 200 || parsed.errors || !parsed.data)
      throw new Error(
        `${url} answered ${workload.id} with ${response.status}: ${text.slice(0, 500)}`,
      );
    out.push(JSON.stringify(canonical(parsed.data)));
  }
  return out;
}

/**
 * Runs autocannon against `url` for `seconds` with `connections` keep-alive connections. With
 * several bodies, each request takes the next one in turn across all connections.
 */
export async function measure(
  url: string,
  workload: Workload,
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<Sample> {
  let next = 0;
  const { bodies } = workload;
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    connections,
    duration: seconds,
    requests: [
      bodies.length === 1
        ? { body: bodies[0] }
        : { setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) },
    ],
  });
  return {
    requests: result.requests.total,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
