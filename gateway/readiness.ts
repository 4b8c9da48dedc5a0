import { Supergraph } from "@apollo/federation-internals";
import type { ReadinessCheck, ReadinessReport } from "../subgraphs/shared/readiness";
import type { SubgraphRouter } from "./data-source";

/** How long `GET /ready` waits for one subgraph's own `/ready`, in milliseconds. */
const SUBGRAPH_READY_TIMEOUT_MS = 1000;

/** The gateway's readiness: told of each supergraph it loads, asked on every `GET /ready`. */
export interface GatewayReadiness {
  /** Called with every supergraph the gateway starts serving. */
  onSupergraph: (supergraphSdl: string) => void;
  check: ReadinessCheck;
}

/**
 * Asks one subgraph whether it is ready: its `GET /ready` (a subgraph of this repository, which
 * also checks its database), or, when it has none (a centre's subgraph built elsewhere answers
 * 404), a `{ __typename }` query at its routing URL. Resolves to undefined when it answered.
 */
async function probe(url: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const ready = await fetch(new URL("/ready", url), { signal: AbortSignal.timeout(timeoutMs) });
    if (ready.ok) return undefined;
    if (ready.status !== 404) return `answered ${ready.status} at /ready`;
    const query = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return query.ok ? undefined : `answered ${query.status} to { __typename }`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return cause ?? (error as Error).message;
  }
}

/** What a guest subgraph's last probe found, asked in the background (see guestProbes). */
interface GuestStatus {
  problem?: string;
  at: number;
  probing: boolean;
}

/** The details `/ready` adds besides the subgraphs': drift, open circuits (see server.ts). */
export type ReadinessDetails = () => Record<string, unknown>;

/**
 * Guests are probed in the background, one probe at a time each, and `/ready` reports the last
 * result: a guest that never answers (a stalled process) would otherwise hold every `/ready` for
 * its probe's deadline, longer than a load balancer's probe waits.
 */
function guestProbes(timeoutMs: number) {
  const statuses = new Map<string, GuestStatus>();
  return (name: string, url: string): string => {
    let status = statuses.get(name);
    if (!status) statuses.set(name, (status = { at: 0, probing: false }));
    if (!status.probing) {
      const probing = status;
      probing.probing = true;
      void probe(url, timeoutMs).then((problem) => {
        Object.assign(probing, { problem, at: Date.now(), probing: false });
      });
    }
    if (status.at === 0) return "guest: not probed yet";
    const ago = `${Math.round((Date.now() - status.at) / 1000)} s ago`;
    return status.problem === undefined
      ? `guest: up (${ago})`
      : `guest: down: ${status.problem} (${ago})`;
  };
}

/**
 * The gateway is ready once it serves a supergraph and every core subgraph that supergraph
 * names has answered at least once (`core` in the subgraph's settings, `CORE_SUBGRAPHS`). A
 * subgraph that has answered is not asked again: the gateway already turns a subgraph that goes
 * down later into a partial answer naming it (SUBGRAPH_UNAVAILABLE), and taking the whole gateway
 * out of rotation for one subgraph would make that worse. Until then, `GET /ready` answers 503
 * naming each core subgraph that has not answered and why. Guest subgraphs (a centre's own)
 * never make it 503: they are listed under `guests` (`guest: down: ECONNREFUSED (3 s ago)`).
 * `details` adds what else the gateway reports (drift, open circuits), never changing the status.
 */
export function createGatewayReadiness(
  route: SubgraphRouter,
  isCore: (name: string) => boolean = () => true,
  details: ReadinessDetails = () => ({}),
  timeoutMs = SUBGRAPH_READY_TIMEOUT_MS,
): GatewayReadiness {
  let needed: { name: string; url: string }[] | undefined;
  const answered = new Set<string>();
  const guest = guestProbes(timeoutMs);
  return {
    onSupergraph: (supergraphSdl) => {
      needed = Supergraph.build(supergraphSdl)
        .subgraphsMetadata()
        .map(({ name, url }) => ({ name, url: route(name, url).url }));
    },
    check: async (): Promise<ReadinessReport> => {
      if (!needed) return { ready: false, details: { supergraph: "not loaded yet" } };
      const guests: Record<string, string> = {};
      for (const { name, url } of needed) if (!isCore(name)) guests[name] = guest(name, url);
      const waiting = needed.filter(({ name }) => isCore(name) && !answered.has(name));
      const problems = await Promise.all(waiting.map(({ url }) => probe(url, timeoutMs)));
      const subgraphs: Record<string, string> = {};
      waiting.forEach(({ name }, index) => {
        if (problems[index] === undefined) answered.add(name);
        else subgraphs[name] = `not answered: ${problems[index]}`;
      });
      const ready = Object.keys(subgraphs).length === 0;
      return {
        ready,
        details: {
          subgraphs: ready ? "all answered" : subgraphs,
          ...(Object.keys(guests).length > 0 ? { guests } : {}),
          ...details(),
        },
      };
    },
  };
}
