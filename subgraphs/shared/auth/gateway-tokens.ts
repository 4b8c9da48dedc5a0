import type { JWTPayload } from "jose";
import { COORDINATOR_OWNER, type Principal, type Role } from "./principal";
import { unauthenticated } from "./lifetime";

/**
 * The issuer of every token the gateway mints for a subgraph. Callers' credentials (sign-ins,
 * service tokens) never reach a subgraph: the gateway verifies them and sends each subgraph a
 * token of its own, whose audience is that subgraph's name.
 */
export const GATEWAY_ISSUER = "ngo-resource-graph-gateway";

/** The asymmetric algorithms a gateway key may use; a subgraph accepts no other. */
export const GATEWAY_ALGORITHMS = ["ES256", "EdDSA"];

/** How long a minted subgraph token lives, and the longest a subgraph accepts. */
export const SUBGRAPH_TOKEN_LIFETIME_SECONDS = 120;
export const SUBGRAPH_TOKEN_MAX_LIFETIME_SECONDS = 300;

/**
 * The public half of the development signing key, which the gateway uses when no key is
 * configured. Its private half is in the gateway's code and published with it, so anyone can
 * mint with it: production refuses it on both sides (see loadSigningKeys and
 * loadSubgraphAuth), and while it is in use every process listens on loopback only.
 */
export const DEVELOPMENT_GATEWAY_JWKS = {
  keys: [
    {
      kty: "EC",
      crv: "P-256",
      x: "VK7C8kMmRXvLCK6bjbHlwwsSxGH0Nksl8w_ZSh2Q1MQ",
      y: "3jWZzE_A7uVoz5zVa4of4UGmrd6zAogyVpWUg5g4SJg",
      kid: "development-es256-1",
      alg: "ES256",
      use: "sig",
    },
  ],
};

/** What a subgraph token says of its caller, beside iss, aud, iat and exp. */
export interface SubgraphTokenClaims extends JWTPayload {
  /** The caller: a person's subject at the identity provider, or the centre of a service token. */
  sub: string;
  role: Role;
  /** The organisation the caller acts for: a resource centre, or `coordinator`. */
  centre: string;
  /** The subgraph that exchanged its own token for this one, on a call between subgraphs. */
  act?: { sub: string };
}

/** The claims the gateway puts in a token for a principal. */
export function claimsOf(principal: Principal): Omit<SubgraphTokenClaims, "act"> {
  return {
    sub: principal.subject ?? principal.organizationId,
    role: principal.role,
    centre: principal.organizationId,
  };
}

/** The principal a verified subgraph token names; malformed claims are UNAUTHENTICATED. */
export function principalOfClaims(payload: JWTPayload): Principal {
  const { sub, role, centre } = payload as Partial<SubgraphTokenClaims>;
  if (typeof sub !== "string" || sub === "") throw unauthenticated("no subject");
  if (role !== "centre" && role !== "coordinator")
    throw unauthenticated(`unknown role ${JSON.stringify(role)}`);
  if (typeof centre !== "string" || centre === "") throw unauthenticated("no centre");
  if (role === "centre" && centre === COORDINATOR_OWNER)
    throw unauthenticated(`"${COORDINATOR_OWNER}" is reserved for the coordinator role`);
  return { organizationId: centre, role, subject: sub };
}
