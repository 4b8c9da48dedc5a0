import type { JWK } from "jose";

/**
 * The gateway's development signing key (ES256), used when GATEWAY_SIGNING_KEYS_FILE is not set
 * and NODE_ENV is not production. It is published with the code, like the development secret,
 * so anyone can mint with it: production refuses to start without a key of its own, and while
 * it signs every process listens on loopback only. Its public half is
 * DEVELOPMENT_GATEWAY_JWKS, which subgraphs trust by default in development.
 */
export const DEVELOPMENT_SIGNING_KEY: JWK = {
  kty: "EC",
  crv: "P-256",
  x: "VK7C8kMmRXvLCK6bjbHlwwsSxGH0Nksl8w_ZSh2Q1MQ",
  y: "3jWZzE_A7uVoz5zVa4of4UGmrd6zAogyVpWUg5g4SJg",
  d: "cWJ8ZqUMWBsz9Xi-pM87ROMZCbPUPDJa75KbYbHEEIY",
  kid: "development-es256-1",
  alg: "ES256",
  use: "sig",
};
