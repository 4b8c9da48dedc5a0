import { SignJWT } from "jose";
import { LRUCache } from "lru-cache";
import type { Principal } from "../subgraphs/shared/auth/principal";
import {
  claimsOf,
  GATEWAY_ISSUER,
  SUBGRAPH_TOKEN_LIFETIME_SECONDS,
} from "../subgraphs/shared/auth/gateway-tokens";
import type { SigningKeys } from "./signing-keys";

/** Mints the short-lived tokens the gateway sends to subgraphs in place of callers' credentials. */
export interface TokenMinter {
  /**
   * A token for `audience` (a subgraph's name) on behalf of `principal`. The same caller and
   * subgraph get the same token for most of its life, so minting costs one signature per caller
   * and subgraph every couple of minutes, not one per request.
   */
  tokenFor(principal: Principal, audience: string): Promise<string>;
  /**
   * A fresh token, not kept, for a call between subgraphs (`actor` is the calling subgraph),
   * living `lifetimeSeconds` at most.
   */
  mint(
    principal: Principal,
    audience: string,
    actor?: string,
    lifetimeSeconds?: number,
  ): Promise<string>;
}

/** How many caller-and-subgraph tokens are kept: enough for every signed-in person at once. */
const CACHED_TOKENS = 20_000;

/**
 * Creates the gateway's minter. A cached token is reused until a third of its lifetime is left,
 * so a subgraph never receives one about to expire mid-request; a rotation of the signing keys
 * empties the cache, so the new key signs from then on.
 */
export function createTokenMinter(
  keys: SigningKeys,
  lifetimeSeconds = SUBGRAPH_TOKEN_LIFETIME_SECONDS,
): TokenMinter {
  const mint = async (
    principal: Principal,
    audience: string,
    actor?: string,
    seconds = lifetimeSeconds,
  ) => {
    const signer = keys.signer();
    const jwt = new SignJWT({ ...claimsOf(principal), ...(actor ? { act: { sub: actor } } : {}) })
      .setProtectedHeader({ alg: signer.alg, kid: signer.kid, typ: "JWT" })
      .setIssuer(GATEWAY_ISSUER)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${seconds}s`);
    return jwt.sign(signer.key);
  };
  const cache = new LRUCache<string, Promise<string>>({
    max: CACHED_TOKENS,
    ttl: Math.floor((lifetimeSeconds * 2000) / 3),
  });
  keys.onChange(() => cache.clear());
  return {
    mint,
    tokenFor: (principal, audience) => {
      const key = `${audience}\n${principal.role}\n${principal.organizationId}\n${principal.subject ?? ""}`;
      let token = cache.get(key);
      if (!token) {
        token = mint(principal, audience);
        cache.set(key, token);
        // A failed signature is not kept: the next request tries again.
        token.catch(() => cache.delete(key));
      }
      return token;
    },
  };
}
