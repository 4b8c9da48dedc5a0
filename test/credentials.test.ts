import { decodeJwt, decodeProtectedHeader } from "jose";
import { signToken } from "../gateway/service-tokens";
import { changeKeys, writeJson } from "../tools/keys";
import { errorCodes, graphql } from "./support/graphql";
import {
  SIGNING_VARIABLES,
  startProductionNetwork,
  type ProductionNetwork,
} from "./support/network";
import { spawnEntry } from "./support/spawned";

/**
 * The credentials of a network of owners, with every process its own and in production posture:
 * a capture proxy sits in front of a core subgraph (events) and a guest one (volunteers, the
 * template of a centre's own subgraph).
 */
describe("credentials across a network of processes", () => {
  let network: ProductionNetwork;
  let coordinator: { authorization: string };
  beforeAll(async () => {
    network = await startProductionNetwork(
      ["regions", "organizations", "events", "programmes", "volunteers"],
      ["events", "volunteers"],
    );
    const service = {
      algorithm: "HS256" as const,
      secret: network.serviceSecret,
      development: false,
    };
    coordinator = {
      authorization: `Bearer ${signToken(service, { organizationId: "coordinator", role: "coordinator" }, 600)}`,
    };
  }, 180_000);
  afterAll(() => network?.close());

  const READ = `{
    region(code: "RU-TYU") { events(first: 2) { edges { node { title } } } }
    organization(id: "org-rc-tyumen") { name volunteers { name } }
  }`;
  const WRITE = `mutation { updateOrganization(id: "org-rc-kurgan", input: { website: "https://replayed.example" }) { website } }`;

  const capturedAt = (name: string) => network.proxies[name].captured.filter(Boolean) as string[];

  it("shows a subgraph only short-lived tokens minted for it, never the caller's credential", async () => {
    const read = await graphql(network.gatewayUrl, READ, {}, coordinator);
    expect(read.errors).toBeUndefined();
    for (const name of ["events", "volunteers"]) {
      const seen = capturedAt(name);
      expect(seen.length).toBeGreaterThan(0);
      for (const header of seen) {
        expect(header).not.toBe(coordinator.authorization);
        const claims = decodeJwt(header.replace(/^Bearer /, ""));
        expect(claims).toMatchObject({
          aud: name,
          iss: "ngo-resource-graph-gateway",
          sub: "coordinator",
          role: "coordinator",
        });
        expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(300);
        expect(decodeProtectedHeader(header.replace(/^Bearer /, "")).alg).toBe("ES256");
      }
    }
  });

  it("sends anonymous callers' requests on with no token at all", async () => {
    const before = network.proxies.events.captured.length;
    await graphql(network.gatewayUrl, READ);
    const sent = network.proxies.events.captured.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((header) => header === undefined)).toBe(true);
  });

  it("refuses a captured token replayed at the gateway or at any other subgraph", async () => {
    await graphql(network.gatewayUrl, READ, {}, coordinator);
    const fromEvents = { authorization: capturedAt("events").at(-1)! };
    const fromGuest = { authorization: capturedAt("volunteers").at(-1)! };
    const replays: [string, string, { authorization: string }][] = [
      ["the gateway", network.gatewayUrl, fromEvents],
      ["the gateway", network.gatewayUrl, fromGuest],
      ["organizations", network.subgraphUrls.organizations, fromEvents],
      ["organizations", network.subgraphUrls.organizations, fromGuest],
      ["events", network.subgraphUrls.events, fromGuest],
      ["volunteers", network.subgraphUrls.volunteers, fromEvents],
    ];
    for (const [, url, headers] of replays) {
      const write = await graphql(url, WRITE, {}, headers);
      expect(errorCodes(write)).toEqual(["UNAUTHENTICATED"]);
    }
    const kurgan = await graphql(
      network.gatewayUrl,
      `
        {
          organization(id: "org-rc-kurgan") {
            website
          }
        }
      `,
    );
    expect(kurgan.data!.organization.website).not.toBe("https://replayed.example");
  });

  it("gives the guest subgraph no signing material, and a guest holding some refuses to start", async () => {
    const env = { ...process.env, ...network.subgraphEnvs.volunteers };
    for (const variable of SIGNING_VARIABLES) expect(env[variable]).toBeUndefined();
    const guest = spawnEntry("subgraphs/volunteers/index.ts", {
      ...network.subgraphEnvs.volunteers,
      VOLUNTEERS_PORT: "0",
      AUTH_JWT_SECRET: network.serviceSecret,
    });
    const { code } = await guest.exited;
    expect(code).toBe(1);
    expect(guest.output()).toContain("a subgraph must hold no signing material");
  });

  it("trades a subgraph's token for one to call another only with that subgraph's client secret", async () => {
    await graphql(network.gatewayUrl, READ, {}, coordinator);
    const eventsToken = capturedAt("events")
      .at(-1)!
      .replace(/^Bearer /, "");
    const exchange = (client: string, secret: string, subjectToken: string) =>
      fetch(network.gatewayUrl.replace("/graphql", "/oauth/token"), {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          authorization: `Basic ${Buffer.from(`${client}:${secret}`).toString("base64")}`,
        },
        body: new URLSearchParams({
          grant_type: "urn:ietf:params:oauth:grant-type:token-exchange",
          subject_token: subjectToken,
          subject_token_type: "urn:ietf:params:oauth:token-type:jwt",
          audience: "organizations",
        }),
      });
    // A captured token alone buys nothing: the exchange needs the subgraph's own secret.
    const stranger = await exchange("events", "a-guessed-secret-a-guessed-secret", eventsToken);
    expect(stranger.status).toBe(401);
    expect(((await stranger.json()) as { error: string }).error).toBe("invalid_client");
    // And programmes may trade only a token minted for programmes.
    const secret = network.subgraphEnvs.programmes.SUBGRAPH_CLIENT_SECRET;
    const foreign = await exchange("programmes", secret, eventsToken);
    expect(foreign.status).toBe(400);
    expect(((await foreign.json()) as { error: string }).error).toBe("invalid_grant");
  });

  it("answers _service at a subgraph's port only to the coordinator's token minted for it", async () => {
    const SDL = "{ _service { sdl } }";
    const anonymous = await graphql(network.subgraphUrls.volunteers, SDL);
    expect(errorCodes(anonymous)).toEqual(["FORBIDDEN"]);
    await graphql(network.gatewayUrl, READ, {}, coordinator);
    const minted = { authorization: capturedAt("volunteers").at(-1)! };
    const answered = await graphql(network.subgraphUrls.volunteers, SDL, {}, minted);
    expect(answered.data!._service.sdl).toContain("volunteers");
  });

  it("keeps serving without a failed request while the signing key is rotated", async () => {
    const kids = new Set<string>();
    let failures = 0;
    let served = 0;
    let running = true;
    const load = (async () => {
      while (running) {
        const answer = await graphql(network.gatewayUrl, READ, {}, coordinator);
        if (answer.errors) failures += 1;
        served += 1;
      }
    })();
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const step = async (command: string) =>
      writeJson(network.keysFile, { keys: await changeKeys(command, network.keysFile) });
    await pause(500);
    await step("add"); // published, not yet signing
    await pause(6_000); // longer than the subgraphs' JWKS cooldown (5 s)
    await step("promote");
    await pause(2_000);
    await step("retire");
    await pause(1_000);
    running = false;
    await load;
    for (const header of capturedAt("events"))
      kids.add(decodeProtectedHeader(header.replace(/^Bearer /, "")).kid!);
    expect(failures).toBe(0);
    expect(served).toBeGreaterThan(10);
    expect(kids.size).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
