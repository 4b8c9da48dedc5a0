import { Client, fetchExchange, type AnyVariables, type CombinedError } from "@urql/core";
import { credential } from "./auth";

/**
 * The one GraphQL client of the page. The gateway serves the page, so `/graphql` is the same
 * origin: no CORS. Every view asks for its numbers in one query, always from the network (the
 * figures of a dashboard must be current), by POST: Apollo Server's CSRF protection refuses a
 * simple GET from a browser.
 */
declare const __DASHBOARD_VERSION__: string;

/**
 * How the page names itself to the gateway, which records the operations each client sends:
 * `npm run subgraph:check` names the clients a breaking change would hurt (docs/registry.md).
 */
const CLIENT_HEADERS = {
  "apollographql-client-name": "ngo-dashboard",
  "apollographql-client-version": __DASHBOARD_VERSION__,
};

const client = new Client({
  url: "/graphql",
  exchanges: [fetchExchange],
  preferGetMethod: false,
  requestPolicy: "network-only",
  fetchOptions: (): RequestInit => {
    const token = credential();
    const headers: Record<string, string> = token
      ? { ...CLIENT_HEADERS, authorization: `Bearer ${token}` }
      : { ...CLIENT_HEADERS };
    return { headers };
  },
});

/** A part of the graph that did not answer: the subgraph the gateway names and why. */
export interface MissingPart {
  serviceName: string;
  code: string;
  message: string;
}

/** What a view gets: whatever data there is, the missing parts, and any other errors. */
export interface Answer<T> {
  data?: T;
  missing: MissingPart[];
  errors: { message: string; code?: string; field?: string }[];
}

const PARTIAL_CODES = new Set(["SUBGRAPH_UNAVAILABLE", "SUBGRAPH_TIMEOUT"]);

function sortErrors<T>(error: CombinedError | undefined, answer: Answer<T>): Answer<T> {
  if (!error) return answer;
  if (error.networkError && error.graphQLErrors.length === 0) {
    answer.errors.push({ message: error.networkError.message, code: "NETWORK" });
  }
  for (const each of error.graphQLErrors) {
    const extensions = each.extensions as Record<string, unknown>;
    const code = typeof extensions.code === "string" ? extensions.code : undefined;
    const serviceName = typeof extensions.serviceName === "string" ? extensions.serviceName : "";
    if (code && PARTIAL_CODES.has(code)) {
      if (!answer.missing.some((part) => part.serviceName === serviceName && part.code === code))
        answer.missing.push({ serviceName, code, message: each.message });
    } else {
      const field =
        typeof extensions.argumentName === "string" ? extensions.argumentName : undefined;
      answer.errors.push({ message: each.message, code, field });
    }
  }
  return answer;
}

/** Runs one operation against the gateway and sorts its errors for the page. */
export async function run<T, V extends AnyVariables = AnyVariables>(
  source: string,
  variables: V,
  kind: "query" | "mutation" = "query",
): Promise<Answer<T>> {
  const result =
    kind === "query"
      ? await client.query<T, V>(source, variables).toPromise()
      : await client.mutation<T, V>(source, variables).toPromise();
  return sortErrors(result.error, { data: result.data ?? undefined, missing: [], errors: [] });
}
