import CircuitBreaker from "opossum";
import type { Observability } from "../subgraphs/shared/observability";
import type { HttpAnswer } from "./subgraph-http";
import type { SubgraphSettingsStore } from "./subgraph-settings";

/** closed: calls go through; open: calls are skipped; half-open: one trial call goes through. */
export type BreakerState = "closed" | "open" | "half-open";

const STATE_VALUE: Record<BreakerState, number> = { closed: 0, "half-open": 1, open: 2 };

/** Raised at once, without calling, while a subgraph's circuit is open. */
export class CircuitOpen extends Error {
  constructor(
    /** How long the circuit stays open before a trial call, in milliseconds (0: trial under way). */
    readonly retryInMs: number,
    /** The failures in a row that opened it. */
    readonly failures: number,
  ) {
    super("circuit open");
  }
}

/**
 * A 5xx answer: a failure to the breaker, yet handed on to the gateway as the subgraph's answer,
 * so a client sees what it saw before the breaker existed.
 */
class ServerError extends Error {
  constructor(readonly answer: HttpAnswer) {
    super(`answered ${answer.status}`);
  }
}

/** Every subgraph's circuit breaker, by name: kept across supergraph reloads. */
export interface SubgraphBreakers {
  /** Runs one call through `name`'s breaker; rejects with CircuitOpen at once while it is open. */
  call(name: string, send: () => Promise<HttpAnswer>): Promise<HttpAnswer>;
  state(name: string): BreakerState;
  /** The subgraphs whose circuit is not closed, with its state, for `/ready`'s details. */
  report(): Record<string, BreakerState>;
  /** Stops every breaker's timers. */
  close(): void;
}

interface Circuit {
  breaker: CircuitBreaker<[() => Promise<HttpAnswer>], HttpAnswer>;
  failuresInRow: number;
  openedAt: number;
  openedAfter: number;
}

function stateOf(breaker: CircuitBreaker): BreakerState {
  return breaker.opened ? "open" : breaker.halfOpen ? "half-open" : "closed";
}

/** One call, a 5xx answer turned into a failure (ServerError). */
async function attempt(send: () => Promise<HttpAnswer>): Promise<HttpAnswer> {
  const answer = await send();
  if (answer.status >= 500) throw new ServerError(answer);
  return answer;
}

/**
 * Circuit breakers over opossum, one per subgraph. Opossum's own trigger is an error percentage
 * over a rolling window; here the circuit opens after `breaker.failures` failed calls in a row
 * (refused connection, missed deadline, 5xx answer), read from the settings at each failure, so
 * opossum's percentage is set out of reach (100 %) and the count opens it. Opossum keeps the
 * rest: calls rejected at once while open, a timer of `breaker.openMs` to half-open, one trial
 * call, closed on its success and open again on its failure. Each change of state is logged and
 * set in `ngo_graph_subgraph_breaker_state`; each skipped call counts in
 * `ngo_graph_subgraph_breaker_skipped_total`.
 */
export function createSubgraphBreakers(
  settings: SubgraphSettingsStore,
  observability?: Observability,
): SubgraphBreakers {
  const circuits = new Map<string, Circuit>();
  const metrics = observability?.metrics;
  const logger = observability?.logger;

  const create = (name: string): Circuit => {
    const breaker = new CircuitBreaker(attempt, {
      name,
      timeout: false, // the call's own deadline (the subgraph's timeoutMs) applies
      resetTimeout: settings.get(name).breaker.openMs,
      errorThresholdPercentage: 100,
      volumeThreshold: Number.MAX_SAFE_INTEGER,
      rollingPercentilesEnabled: false,
      enableSnapshots: false,
    });
    const circuit: Circuit = { breaker, failuresInRow: 0, openedAt: 0, openedAfter: 0 };
    const record = (state: BreakerState) =>
      metrics?.subgraphBreakerState.set({ subgraph: name }, STATE_VALUE[state]);
    record("closed");
    breaker.on("failure", () => {
      circuit.failuresInRow += 1;
      if (breaker.closed && circuit.failuresInRow >= settings.get(name).breaker.failures)
        breaker.open();
    });
    breaker.on("success", () => (circuit.failuresInRow = 0));
    breaker.on("reject", () => metrics?.subgraphBreakerSkipped.inc({ subgraph: name }));
    breaker.on("open", () => {
      circuit.openedAt = Date.now();
      circuit.openedAfter = circuit.failuresInRow;
      record("open");
      const { openMs } = settings.get(name).breaker;
      logger?.warn(
        { event: "subgraph_circuit_open", subgraph: name, failures: circuit.failuresInRow, openMs },
        `circuit of subgraph ${name} open after ${circuit.failuresInRow} failed calls in a row: its fields are answered with SUBGRAPH_UNAVAILABLE for ${openMs} ms, then one trial call`,
      );
    });
    breaker.on("halfOpen", () => record("half-open"));
    breaker.on("close", () => {
      circuit.failuresInRow = 0;
      record("closed");
      logger?.info(
        { event: "subgraph_circuit_closed", subgraph: name },
        `circuit of subgraph ${name} closed: its trial call succeeded`,
      );
    });
    return circuit;
  };

  const circuitOf = (name: string): Circuit => {
    let circuit = circuits.get(name);
    if (!circuit) circuits.set(name, (circuit = create(name)));
    return circuit;
  };

  // Opossum reads resetTimeout when it opens, so a new openMs applies from the next opening.
  const stopListening = settings.onChange((name) => {
    const circuit = circuits.get(name);
    if (!circuit) return;
    const options = (circuit.breaker as unknown as { options: { resetTimeout: number } }).options;
    options.resetTimeout = settings.get(name).breaker.openMs;
  });

  return {
    call: async (name, send) => {
      const circuit = circuitOf(name);
      try {
        return await circuit.breaker.fire(send);
      } catch (error) {
        if (error instanceof ServerError) return error.answer;
        if ((error as { code?: string }).code === "EOPENBREAKER") {
          const { openMs } = settings.get(name).breaker;
          const retryInMs = circuit.breaker.opened
            ? Math.max(0, circuit.openedAt + openMs - Date.now())
            : 0;
          throw new CircuitOpen(retryInMs, circuit.openedAfter);
        }
        throw error;
      }
    },
    state: (name) => {
      const circuit = circuits.get(name);
      return circuit ? stateOf(circuit.breaker) : "closed";
    },
    report: () => {
      const states: Record<string, BreakerState> = {};
      for (const [name, { breaker }] of circuits) {
        if (!breaker.closed) states[name] = stateOf(breaker);
      }
      return states;
    },
    close: () => {
      stopListening();
      for (const { breaker } of circuits.values()) breaker.shutdown();
    },
  };
}
