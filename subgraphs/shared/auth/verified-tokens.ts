import { LRUCache } from "lru-cache";
import type { Principal } from "./principal";

/**
 * Remembers the principal of a token already verified, until the token expires (a minute at
 * most), so the same token is not verified again on every request. Verifying is the costly part
 * of a credentialed request, measured here (`npm run bench:credentials`): 850 µs for a service
 * token with jsonwebtoken and 330 µs for an ES256 subgraph token with jose, against about 2 µs for
 * a look-up. The gateway reuses a minted token for most of its life, so a subgraph sees the same
 * token many times. Nothing about a token can change while it is valid, and a refused token is
 * never kept; what can change (a centre archived) is checked apart from the signature.
 */
export interface VerifiedTokens {
  verify(
    token: string,
    verifyAfresh: () => Promise<{ principal: Principal; exp: number }>,
  ): Promise<Principal>;
}

const LONGEST_MS = 60_000;

export function createVerifiedTokens(max = 10_000): VerifiedTokens {
  const cache = new LRUCache<string, Principal>({ max });
  return {
    async verify(token, verifyAfresh) {
      const known = cache.get(token);
      if (known) return known;
      const { principal, exp } = await verifyAfresh();
      const ttl = Math.min(exp * 1000 - Date.now(), LONGEST_MS);
      if (ttl > 0) cache.set(token, principal, { ttl });
      return principal;
    },
  };
}
