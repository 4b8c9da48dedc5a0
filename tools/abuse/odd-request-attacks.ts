import { result, type Attack } from "./attack";
import { post } from "./http";

/** Requests that are odd rather than heavy: what they ask for does not exist, or is not theirs. */
export const oddRequestAttacks: Attack[] = [
  {
    name: "unknown operation name (900 kB) at the gateway",
    run: async (stack) => {
      const outcome = await post(stack.urls.gateway, {
        query: "query Regions { regions { code } }",
        operationName: `N${"x".repeat(900_000)}`,
      });
      // Held: the spec's error as a 400, and the name quoted by its start, not echoed whole.
      const held =
        outcome.status === 400 &&
        outcome.codes === "OPERATION_RESOLUTION_FAILURE" &&
        outcome.text.length < 1000 &&
        outcome.ms < 1000;
      return result(outcome, held, `answer ${outcome.text.length} bytes`);
    },
  },
  {
    name: "two operations and no operation name, straight at the events subgraph",
    run: async (stack) => {
      const outcome = await post(stack.urls.events, {
        query: "query A { __typename } query B { __typename }",
      });
      return result(
        outcome,
        outcome.status === 400 && outcome.codes === "OPERATION_RESOLUTION_FAILURE",
      );
    },
  },
  {
    name: "GET /metrics without credentials (production)",
    run: async (stack) => {
      const started = performance.now();
      const response = await fetch(stack.urls.gateway.replace(/\/graphql$/, "/metrics"));
      const text = await response.text();
      const outcome = {
        status: response.status,
        ms: performance.now() - started,
        codes: "",
        body: null,
        text,
      };
      const held = response.status !== 200 && !text.includes("ngo_graph_requests_total");
      return result(outcome, held);
    },
  },
];
