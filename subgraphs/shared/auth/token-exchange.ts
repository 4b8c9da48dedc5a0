import { GraphQLError } from "graphql";
import { LRUCache } from "lru-cache";
import type { TokenExchangeSettings } from "./subgraph-auth";

/** RFC 8693's names for the exchange and for a JWT. */
export const TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";
export const JWT_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:jwt";

/** Trades the token a subgraph was called with for one minted for another subgraph. */
export type TokenExchanger = (subjectToken: string, audience: string) => Promise<string>;

function exchangeRefused(audience: string, reason: string): GraphQLError {
  return new GraphQLError(
    `Cannot call the ${audience} subgraph on the caller's behalf: ${reason}.`,
    { extensions: { code: "FORBIDDEN", serviceName: audience } },
  );
}

/**
 * Exchanges tokens at the gateway's `/oauth/token` (RFC 8693), authenticated as this subgraph
 * with its client secret (HTTP Basic, RFC 6749 section 2.3.1). The gateway answers only for a
 * token minted for this very subgraph, with one whose audience is the called subgraph alone, so
 * nothing a subgraph receives works anywhere else. Answers are kept while they are fresh: an
 * import of many batches exchanges once.
 */
export function createTokenExchanger(
  settings: TokenExchangeSettings,
  timeoutMs = 3_000,
): TokenExchanger {
  const cache = new LRUCache<string, string>({ max: 1000, ttl: 30_000 });
  return async (subjectToken, audience) => {
    const key = `${audience}\n${subjectToken}`;
    const cached = cache.get(key);
    if (cached) return cached;
    if (!settings.clientSecret)
      throw exchangeRefused(audience, "this subgraph has no SUBGRAPH_CLIENT_SECRET");
    const basic = Buffer.from(
      `${encodeURIComponent(settings.clientId)}:${encodeURIComponent(settings.clientSecret)}`,
    ).toString("base64");
    let response: Response;
    try {
      response = await fetch(new URL("/oauth/token", settings.gatewayUrl), {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          authorization: `Basic ${basic}`,
        },
        body: new URLSearchParams({
          grant_type: TOKEN_EXCHANGE_GRANT,
          subject_token: subjectToken,
          subject_token_type: JWT_TOKEN_TYPE,
          audience,
        }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new GraphQLError(
        `Cannot reach the gateway's token endpoint at ${settings.gatewayUrl} (${(error as Error).message}).`,
        { extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "gateway" } },
      );
    }
    const body = (await response.json().catch(() => ({}))) as {
      access_token?: string;
      error_description?: string;
      error?: string;
    };
    if (!response.ok || !body.access_token)
      throw exchangeRefused(
        audience,
        body.error_description ?? body.error ?? `HTTP ${response.status}`,
      );
    cache.set(key, body.access_token);
    return body.access_token;
  };
}
