import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jwt from "jsonwebtoken";
import { organizationsSubgraph } from "../subgraphs/organizations/server";
import { loadAuthSettings, DEVELOPMENT_SECRET } from "../gateway/service-token-settings";
import { signToken, verifyToken } from "../gateway/service-tokens";
import type { RunningSubgraph } from "../subgraphs/shared/subgraph";
import { errorCodes, graphql } from "./support/graphql";
import { bearer, startTestSubgraph, subgraphBearer } from "./support/subgraph";

const centre = { organizationId: "org-rc-tyumen", role: "centre" as const };

describe("credential settings", () => {
  it("uses the development secret outside production and says so", () => {
    const settings = loadAuthSettings({});
    expect(settings).toMatchObject({ algorithm: "HS256", development: true });
  });

  it("refuses to run in production without a key, naming the variables to set", () => {
    expect(() => loadAuthSettings({ NODE_ENV: "production" })).toThrow(/AUTH_JWT_SECRET/);
  });

  it("refuses a short secret", () => {
    expect(() => loadAuthSettings({ AUTH_JWT_SECRET: "short" })).toThrow(/at least 32/);
  });
});

describe("tokens", () => {
  const hs = loadAuthSettings({ AUTH_JWT_SECRET: "a-configured-secret-of-at-least-32-chars" });

  it("round-trips a centre's identity and role", () => {
    expect(verifyToken(hs, signToken(hs, centre, 60))).toEqual(centre);
  });

  it("keeps the coordinator's id for the coordinator role", () => {
    const token = signToken(hs, { organizationId: "coordinator", role: "centre" }, 60);
    expect(() => verifyToken(hs, token)).toThrow(/reserved/);
  });

  it("rejects an expired token", () => {
    const token = signToken(hs, centre, -120);
    expect(() => verifyToken(hs, token)).toThrow(/expired/);
  });

  it("rejects a token signed with another secret (the development one)", () => {
    const forged = signToken(loadAuthSettings({}), centre, 60);
    expect(() => verifyToken(hs, forged)).toThrow(/signature/);
  });

  it("rejects an unsigned token that only claims an identity", () => {
    const unsigned = jwt.sign({ role: "coordinator" }, "", {
      algorithm: "none" as never,
      subject: "x",
    });
    expect(() => verifyToken(hs, unsigned)).toThrow(/Invalid credential/);
  });

  it("verifies RS256 tokens against a PEM public key or a JWKS file, and refuses HS256 ones there", () => {
    const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const dir = mkdtempSync(join(tmpdir(), "keys-"));
    writeFileSync(join(dir, "public.pem"), publicKey.export({ type: "spki", format: "pem" }));
    writeFileSync(join(dir, "private.pem"), privateKey.export({ type: "pkcs8", format: "pem" }));
    writeFileSync(
      join(dir, "jwks.json"),
      JSON.stringify({ keys: [{ ...publicKey.export({ format: "jwk" }), kid: "k1" }] }),
    );
    const pem = loadAuthSettings({
      AUTH_PUBLIC_KEY_FILE: join(dir, "public.pem"),
      AUTH_PRIVATE_KEY_FILE: join(dir, "private.pem"),
    });
    const jwks = loadAuthSettings({ AUTH_JWKS_FILE: join(dir, "jwks.json") });
    const token = signToken(pem, centre, 60);
    expect(verifyToken(pem, token)).toEqual(centre);
    expect(verifyToken(jwks, token)).toEqual(centre);
    // An HS256 token "signed" with the public key text must not pass (algorithm confusion).
    const confused = jwt.sign({ role: "coordinator" }, DEVELOPMENT_SECRET, {
      subject: "x",
      expiresIn: 60,
    });
    expect(() => verifyToken(pem, confused)).toThrow(/Invalid credential/);
  });
});

describe("a subgraph called directly, bypassing the gateway", () => {
  let organizations: RunningSubgraph;
  beforeAll(async () => {
    organizations = await startTestSubgraph(organizationsSubgraph);
  });
  afterAll(() => organizations.close());

  const UPDATE = `mutation { updateOrganization(id: "org-rc-tyumen", input: { website: "https://forged.example" }) { website } }`;
  const CONTACT = `{ person(id: "person-larisa-koshurina") { phone } }`;
  const websiteNow = async () =>
    (
      await graphql(
        organizations.url,
        `
          {
            organization(id: "org-rc-tyumen") {
              website
            }
          }
        `,
      )
    ).data!.organization.website;

  it.each([
    ["no credential", {}, "UNAUTHENTICATED"],
    [
      "a forged token",
      {
        authorization: `Bearer ${jwt.sign({ role: "coordinator" }, "wrong-secret-wrong-secret-wrong-secret", { subject: "x", expiresIn: 60, issuer: "ngo-resource-graph", audience: "ngo-resource-graph" })}`,
      },
      "UNAUTHENTICATED",
    ],
    ["an expired token", bearer("org-rc-tyumen", "coordinator", -60), "UNAUTHENTICATED"],
    [
      "a service token the gateway accepts (a caller's credential never works at a subgraph)",
      bearer("coordinator", "coordinator"),
      "UNAUTHENTICATED",
    ],
    [
      "headers that only claim an identity",
      { "x-centre-id": "org-rc-tyumen", "x-role": "coordinator", "x-user": "org-rc-tyumen" },
      "UNAUTHENTICATED",
    ],
    ["a non-Bearer scheme", { authorization: "Basic b3JnLXJjLXR5dW1lbjp4" }, "UNAUTHENTICATED"],
  ])("writes nothing and reveals nothing protected with %s", async (_case, headers, code) => {
    const before = await websiteNow();
    const write = await graphql(organizations.url, UPDATE, {}, headers as Record<string, string>);
    expect(errorCodes(write)).toEqual([code]);
    expect(await websiteNow()).toBe(before);
    const read = await graphql(organizations.url, CONTACT, {}, headers as Record<string, string>);
    expect(JSON.stringify(read)).not.toContain("84 66 992");
  });

  it("refuses a token the gateway minted for another subgraph", async () => {
    const forEvents = await subgraphBearer("events", "coordinator", "coordinator");
    const before = await websiteNow();
    const write = await graphql(organizations.url, UPDATE, {}, forEvents);
    expect(errorCodes(write)).toEqual(["UNAUTHENTICATED"]);
    expect(write.errors![0].message).toContain("aud");
    expect(await websiteNow()).toBe(before);
  });

  it("shows contact data to an authenticated centre", async () => {
    const kurgan = await subgraphBearer("organizations", "org-rc-kurgan");
    const response = await graphql(organizations.url, CONTACT, {}, kurgan);
    expect(response.data!.person.phone).toBe("8-903 84 66 992");
  });
});
