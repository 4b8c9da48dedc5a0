import jwt from "jsonwebtoken";
import { DEVELOPMENT_SECRET } from "../gateway/service-token-settings";
import { loadGatewayConfig } from "../gateway/config";
import { loadSubgraphConfig } from "../subgraphs/shared/subgraph-config";
import { errorCodes, graphql } from "./support/graphql";
import { startStack, type TestStack } from "./support/stack";
import { bearer, subgraphBearer } from "./support/subgraph";
import { entryArgs } from "./support/entry";
import { spawnSync } from "node:child_process";

/** A service token with the claims given, signed with the development secret. */
function serviceToken(claims: Record<string, unknown>): { authorization: string } {
  const token = jwt.sign(
    {
      role: "centre",
      sub: "org-rc-tyumen",
      iss: "ngo-resource-graph",
      aud: "ngo-resource-graph",
      ...claims,
    },
    DEVELOPMENT_SECRET,
    // jsonwebtoken keeps a given `iat`, and adds none only when asked not to.
    { algorithm: "HS256", noTimestamp: !("iat" in claims) },
  );
  return { authorization: `Bearer ${token}` };
}

const now = () => Math.floor(Date.now() / 1000);
const READ = `{ person(id: "person-larisa-koshurina") { phone } }`;
const WRITE = `mutation { updateOrganization(id: "org-rc-tyumen", input: { website: "https://lifetime.example" }) { website } }`;

describe("credential lifetimes at the gateway", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it.each([
    [
      "issued an hour in the future",
      { iat: now() + 3600, exp: now() + 7200 },
      "issued in the future",
    ],
    ["valid until the year 10^308", { iat: now(), exp: 1e308 }, "longer than"],
    ["issued for two days", { iat: now(), exp: now() + 2 * 86_400 }, "longer than"],
    ["without an issue time", { exp: now() + 600 }, "no issue time"],
  ])("refuses a token %s, for reads and writes alike", async (_case, claims, reason) => {
    const headers = serviceToken(claims);
    for (const query of [READ, WRITE]) {
      const answer = await graphql(stack.gateway.url, query, {}, headers);
      expect(errorCodes(answer)).toEqual(["UNAUTHENTICATED"]);
      expect(answer.errors![0].message).toContain(reason);
    }
  });

  it("accepts a token issued a few seconds ahead, within the clock skew", async () => {
    const answer = await graphql(
      stack.gateway.url,
      READ,
      {},
      serviceToken({ iat: now() + 20, exp: now() + 600 }),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.person.phone).toBeTruthy();
  });

  it("refuses an archived centre's credential for reads and writes, at the gateway and at the subgraph", async () => {
    const coordinator = bearer("coordinator", "coordinator");
    const created = await graphql(
      stack.gateway.url,
      `
        mutation {
          createOrganization(input: { name: "Ресурсный центр на срок", kind: RESOURCE_CENTRE }) {
            id
          }
        }
      `,
      {},
      coordinator,
    );
    const centre = created.data!.createOrganization.id as string;
    const itsToken = bearer(centre);
    expect((await graphql(stack.gateway.url, READ, {}, itsToken)).data!.person.phone).toBeTruthy();
    await graphql(
      stack.gateway.url,
      `mutation { archiveOrganization(id: "${centre}") { id } }`,
      {},
      coordinator,
    );
    // The gateway's check is cached for up to 30 s; the subgraph's own is immediate.
    const direct = await graphql(
      stack.subgraphs.organizations.url,
      READ,
      {},
      await subgraphBearer("organizations", centre),
    );
    expect(errorCodes(direct)).toEqual(["FORBIDDEN"]);
    expect(JSON.stringify(direct.data)).not.toContain("84 66 992");
    const unknown = bearer("org-never-was-a-centre");
    for (const query of [READ, WRITE])
      expect(errorCodes(await graphql(stack.gateway.url, query, {}, unknown))).toEqual([
        "UNAUTHENTICATED",
      ]);
  });
});

describe("npm run token", () => {
  it("refuses a lifetime over the maximum the gateway accepts", () => {
    const run = spawnSync(
      process.execPath,
      [...entryArgs("tools/token.ts"), "--centre", "org-rc-tyumen", "--ttl", "400d"],
      {
        encoding: "utf8",
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("AUTH_MAX_TOKEN_LIFETIME_SECONDS");
  });
});

describe("production refuses unsafe credential settings", () => {
  const production = { NODE_ENV: "production" };
  it("refuses a subgraph that holds the service-token secret or any signing key", () => {
    for (const variable of [
      "AUTH_JWT_SECRET",
      "GATEWAY_SIGNING_KEYS_FILE",
      "AUTH_PRIVATE_KEY_FILE",
    ])
      expect(() =>
        loadSubgraphConfig("events", 4003, {
          ...production,
          GATEWAY_JWKS_URL: "https://gateway.example.org/.well-known/jwks.json",
          [variable]: "x".repeat(40),
        }),
      ).toThrow(/must hold no signing material/);
  });

  it("refuses a subgraph with no gateway keys, or keys fetched over plain HTTP from another host", () => {
    expect(() => loadSubgraphConfig("events", 4003, production)).toThrow(/GATEWAY_JWKS_URL/);
    expect(() =>
      loadSubgraphConfig("events", 4003, {
        ...production,
        GATEWAY_JWKS_URL: "http://gateway.internal/.well-known/jwks.json",
      }),
    ).toThrow(/https/);
  });

  it("refuses a gateway without its own signing key, and a sign-in provider over plain HTTP elsewhere", () => {
    const secret = { AUTH_JWT_SECRET: "a-production-secret-of-at-least-32-characters" };
    expect(() => loadGatewayConfig([], { ...production, ...secret })).toThrow(
      /GATEWAY_SIGNING_KEYS_FILE/,
    );
    expect(() =>
      loadGatewayConfig([], { ...secret, OIDC_ISSUER: "http://keycloak.internal/realms/ngo" }),
    ).toThrow(/https/);
  });

  it("keeps development working with no configuration at all", () => {
    expect(loadGatewayConfig([], {}).host).toBe("127.0.0.1");
    expect(loadSubgraphConfig("events", 4003, {}).auth.development).toBe(true);
  });
});
