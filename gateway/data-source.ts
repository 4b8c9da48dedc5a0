import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import { sendCredential, type GatewayContext } from "./auth";
import type { TokenMinter } from "./minter";
import { InFlight } from "./in-flight";
import { DeadlineExceeded, httpPoster, type HttpAnswer } from "./subgraph-http";
import { CircuitOpen, type SubgraphBreakers } from "./subgraph-breaker";
import type { ResponseCache } from "./response-cache";
import type { ChangedEntity } from "../subgraphs/shared/invalidation";

/** How long the gateway waits for one subgraph call unless told otherwise, in milliseconds. */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 5000;

/** Where the gateway reaches one subgraph, and how long it waits for each answer. */
export interface SubgraphRoute {
  url: string;
  timeoutMs: number;
}

/**
 * The route to a subgraph the supergraph names, given the URL recorded there for it. Asked once
 * per subgraph whenever a supergraph is loaded, so a subgraph added later is routed too.
 */
export type SubgraphRouter = (name: string, recordedUrl: string | undefined) => SubgraphRoute;

/**
 * A subgraph's answer, read in full before its deadline, offering what the gateway's data source
 * reads of a fetch response: status, `headers.get`, `json()` and `text()`.
 */
interface BufferedResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

function buffer(url: string, answer: HttpAnswer): BufferedResponse {
  const header = (name: string): string | null => {
    const value = answer.headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  };
  // A subgraph refuses a bad request (a variable its scalar rejects, say) with HTTP 400 and a
  // GraphQL body, and answers 503 with one when its database is down (DATABASE_UNAVAILABLE);
  // that body is passed on as a normal answer, so the client sees the subgraph's own error and
  // code rather than a generic "400: Bad Request". The breaker still counts the 503 a failure.
  const graphqlRefusal =
    (answer.status === 400 || answer.status === 503) &&
    (header("content-type") ?? "").includes("json");
  const status = graphqlRefusal ? 200 : answer.status;
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: answer.statusText,
    url,
    headers: { get: header },
    text: async () => answer.body,
    json: async () => JSON.parse(answer.body) as unknown,
  };
}

function subgraphTimeout(name: string, timeoutMs: number): GraphQLError {
  return new GraphQLError(
    `Subgraph "${name}" did not answer within ${timeoutMs} ms; its fields are missing.`,
    { extensions: { code: "SUBGRAPH_TIMEOUT", serviceName: name, timeoutMs } },
  );
}

function subgraphUnavailable(name: string, error: unknown): GraphQLError {
  const cause = (error as { code?: string }).code ?? (error as Error).message;
  return new GraphQLError(`Subgraph "${name}" is unavailable (${cause}); its fields are missing.`, {
    extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: name },
  });
}

function circuitOpen(name: string, open: CircuitOpen): GraphQLError {
  const next =
    open.retryInMs > 0 ? `tried again in ${open.retryInMs} ms` : "a trial call is under way";
  return new GraphQLError(
    `Subgraph "${name}" is unavailable (circuit open: it failed ${open.failures} calls in a row; ${next}); its fields are missing.`,
    {
      extensions: {
        code: "SUBGRAPH_UNAVAILABLE",
        serviceName: name,
        reason: "circuit open",
        retryInMs: open.retryInMs,
        // The call was skipped, so nothing was sent: asking again later is safe, even a write.
        retryable: true,
      },
    },
  );
}

/**
 * How each call to one subgraph is made: its deadline, read at the call (so a change of the
 * subgraph's settings applies to the next call), and the circuit breakers it goes through.
 */
export interface SubgraphCallPolicy {
  timeoutMs: () => number;
  breakers?: SubgraphBreakers;
  /** Share one call among identical reads in flight at once (true when left out). */
  deduplicate?: boolean;
  /** The response cache, told of the records each mutation's answer reports changed. */
  cache?: ResponseCache;
}

/** The `extensions.invalidate` of a subgraph's answer (subgraphs/shared/invalidation.ts). */
function reportedChanges(extensions: Record<string, unknown> | undefined): ChangedEntity[] {
  const reported = extensions?.invalidate;
  if (!Array.isArray(reported)) return [];
  return reported.filter(
    (change): change is ChangedEntity =>
      typeof change?.typename === "string" &&
      (change.id === undefined || typeof change.id === "string"),
  );
}

/**
 * RemoteGraphQLDataSource sends `JSON.stringify({ query, ...rest })`, so the body opens with the
 * subgraph operation itself: `query …` or `{ … }` reads, anything else (`mutation …`, or a body
 * of another shape) is never shared. Reading the prefix costs nothing, where parsing the body
 * again would cost as much as the sharing saves.
 */
const QUERY_BODY = /^\{"query":"\s*(?:query\b|\{)/;

function isQueryBody(body: string): boolean {
  return QUERY_BODY.test(body);
}

/**
 * Two subgraph calls may share one answer only if the subgraph would see the same request: the
 * same body (operation and variables) and the same headers, the credential included. The
 * request id and the trace context are left out: they differ on every call and change no answer
 * (a shared call carries the first caller's).
 */
const PER_CALL_HEADERS = new Set(["x-request-id", "traceparent", "tracestate"]);

function deduplicationKey(headers: Record<string, string>, body: string): string {
  let key = "";
  for (const [name, value] of Object.entries(headers)) {
    if (!PER_CALL_HEADERS.has(name)) key += `${name}:${value}\n`;
  }
  return `${key}\n${body}`;
}

/**
 * The fetcher the gateway's data source calls one subgraph with (always at `route.url`): a POST
 * with a deadline of `policy.timeoutMs()` over the whole exchange (see subgraph-http.ts), through
 * the subgraph's circuit breaker when there are breakers (see subgraph-breaker.ts). A subgraph
 * that does not answer in time, cannot be reached, or is skipped while its circuit is open,
 * becomes a GraphQL error naming it (`SUBGRAPH_TIMEOUT` with `timeoutMs`, or
 * `SUBGRAPH_UNAVAILABLE`, with `reason: "circuit open"` when skipped): the client learns which
 * part of the graph is missing while the rest is answered.
 *
 * Identical reads in flight at the same time are sent once (see isQueryBody and
 * deduplicationKey): a dashboard watched by many people asks each subgraph once per moment, not
 * once per viewer. Every caller still parses the shared answer itself, so no two requests ever
 * hold the same result objects, which the gateway merges into.
 */
function subgraphFetch(name: string, route: SubgraphRoute, policy: SubgraphCallPolicy) {
  const post = httpPoster(route.url);
  const { breakers } = policy;
  const deduplicate = policy.deduplicate ?? true;
  const inFlight = new InFlight<HttpAnswer>();
  return async (
    _url: string,
    init: { headers?: Record<string, string>; body?: string },
  ): Promise<BufferedResponse> => {
    const headers = init.headers ?? {};
    const body = init.body ?? "";
    const timeoutMs = policy.timeoutMs();
    const call = () => post(headers, body, timeoutMs);
    const send = breakers ? () => breakers.call(name, call) : call;
    try {
      const answer =
        deduplicate && isQueryBody(body)
          ? await inFlight.share(deduplicationKey(headers, body), send)
          : await send();
      return buffer(route.url, answer);
    } catch (error) {
      if (error instanceof DeadlineExceeded) throw subgraphTimeout(name, timeoutMs);
      if (error instanceof CircuitOpen) throw circuitOpen(name, error);
      throw subgraphUnavailable(name, error);
    }
  };
}

/**
 * Once a request's own deadline has passed its answer has been sent (see request-deadline.ts),
 * so the plan's remaining steps call no further subgraph: each would be wasted work. Otherwise
 * the call carries a token minted for this subgraph (see sendCredential).
 */
function sendUnlessExpired(minter: TokenMinter, name: string) {
  return (options: Parameters<typeof sendCredential>[2]): Promise<void> => {
    if (options.context.expired) {
      throw new GraphQLError("The request's deadline has passed; no further subgraph is called.", {
        extensions: { code: "REQUEST_TIMEOUT" },
      });
    }
    return sendCredential(minter, name, options);
  };
}

/**
 * The headers of one subgraph call, as `willSendRequest` and the credential code set them
 * (`set`, `get`, `append`, `has`, `delete`, iteration) over a plain record that the fetcher is
 * handed as it is, lower-case names throughout.
 */
class CallHeaders {
  readonly record: Record<string, string> = { "content-type": "application/json" };
  get = (name: string): string | null => this.record[name.toLowerCase()] ?? null;
  has = (name: string): boolean => name.toLowerCase() in this.record;
  set = (name: string, value: string): void => void (this.record[name.toLowerCase()] = value);
  append = (name: string, value: string): void => {
    const key = name.toLowerCase();
    this.record[key] = key in this.record ? `${this.record[key]}, ${value}` : value;
  };
  delete = (name: string): void => void delete this.record[name.toLowerCase()];
  [Symbol.iterator] = () => Object.entries(this.record)[Symbol.iterator]();
}

/**
 * RemoteGraphQLDataSource with the per-call work it does for features the gateway does not use
 * taken out of `process`: it builds a node-fetch `Headers` and a node-fetch `Request` for every
 * subgraph call only to hand plain values to the fetcher (about 5% of the gateway's CPU on
 * `organizations(first: 20)`, in a --cpu-prof under load), and handles automatic persisted
 * queries, which are off. What it does for the gateway is kept: the call's headers, as
 * `willSendRequest` sets them; the body `{"query":…,"variables":…,"operationName":…}` in that
 * order; a non-2xx answer as `errorFromResponse`'s error; `didReceiveResponse` when defined. A
 * subgraph's `cache-control` is not read: no subgraph of the platform sends a max-age (a
 * signed call is answered `no-store`), so it never restricted the gateway's cache policy.
 */
type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource["process"]>>;

class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<GatewayGraphQLResponse> {
    const { request, context } = options;
    const headers = new CallHeaders();
    for (const [name, value] of request.http?.headers ?? []) headers.append(name, value);
    request.http = { method: "POST", url: this.url, headers: headers as never };
    await this.willSendRequest?.(options);
    if (!request.query) throw new Error("Missing query");
    const { query, variables, operationName, extensions } = request;
    const body = JSON.stringify({ query, variables, operationName, extensions });
    const fetched = await this.fetcher(this.url, { method: "POST", headers: headers.record, body });
    if (!fetched.ok) throw await this.errorFromResponse(fetched);
    const parsed = await this.parseBody(fetched);
    if (typeof parsed !== "object" || parsed === null)
      throw new Error(`Expected JSON response body, but received: ${String(parsed)}`);
    const response = { ...parsed, http: fetched } as GatewayGraphQLResponse;
    if (!this.didReceiveResponse) return response;
    return this.didReceiveResponse({
      request,
      response,
      context: context as GatewayContext,
      pathInIncomingRequest:
        "pathInIncomingRequest" in options ? options.pathInIncomingRequest : undefined,
    });
  }
}

/**
 * The data source the gateway uses to call one subgraph over HTTP, with a token minted for that
 * subgraph in place of the caller's credential and a deadline on every call: `policy`'s, else
 * `route.timeoutMs`.
 */
export function createSubgraphDataSource(
  name: string,
  route: SubgraphRoute,
  minter: TokenMinter,
  policy: SubgraphCallPolicy = { timeoutMs: () => route.timeoutMs },
): RemoteGraphQLDataSource<GatewayContext> {
  const { cache } = policy;
  return new SubgraphDataSource({
    url: route.url,
    fetcher: subgraphFetch(name, route, policy) as never,
    willSendRequest: sendUnlessExpired(minter, name),
    // The cached answers a write changed are dropped here, before the mutation is answered.
    ...(cache && {
      didReceiveResponse: ({ response, context }) => {
        const changes = reportedChanges(response.extensions);
        if (changes.length > 0)
          (context.invalidations ??= []).push(cache.invalidate(name, changes));
        return response;
      },
    }),
  });
}
