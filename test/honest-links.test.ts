import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { eventsSubgraph } from "../subgraphs/events/server";
import { Event } from "../subgraphs/events/entities/event.entity";
import { httpReferenceChecker } from "../subgraphs/shared/organization-lookup";
import type { RunningSubgraph } from "../subgraphs/shared/subgraph";
import { errorCodes, graphql, type GraphQLResponse } from "./support/graphql";
import { startStack, type TestStack } from "./support/stack";
import { bearer, startTestSubgraph, subgraphBearer } from "./support/subgraph";

const TYUMEN = bearer("org-rc-tyumen");
const KURGAN = bearer("org-rc-kurgan");
const URAL = bearer("org-rc-ural-interregional");
const COORDINATOR = bearer("coordinator", "coordinator");

describe("honest links and accepted credentials", () => {
  let stack: TestStack;
  let gql: (
    query: string,
    headers?: Record<string, string>,
    url?: string,
  ) => Promise<GraphQLResponse>;
  beforeAll(async () => {
    stack = await startStack();
    gql = (query, headers = {}, url = stack.gateway.url) => graphql(url, query, {}, headers);
  });
  afterAll(() => stack.close());

  const programmeCount = async () =>
    (await gql(`{ programmes(first: 0) { totalCount } }`)).data!.programmes.totalCount;

  it.each([
    ["an organisation that does not exist", "org-ghost"],
    ["an organisation that is not a resource centre", "org-united-russia"],
  ])("refuses a credential for %s, writing nothing", async (_case, subject) => {
    const before = await programmeCount();
    // The gateway refuses it whole: the credential names no live centre.
    const programme = await gql(
      `mutation { createProgramme(input: { title: "Чужой грант", kind: GRANT }) { id } }`,
      bearer(subject),
    );
    expect(errorCodes(programme)).toEqual(["UNAUTHENTICATED"]);
    expect(programme.errors![0].message).toContain(subject);
    expect(await programmeCount()).toBe(before);
    // Each subgraph, called directly with a token for it, checks its own records the same way.
    const organization = await gql(
      `mutation { createOrganization(input: { name: "АНО Призрак", kind: NGO }) { id } }`,
      await subgraphBearer("organizations", subject),
      stack.subgraphs.organizations.url,
    );
    expect(errorCodes(organization)).toEqual(["FORBIDDEN"]);
    const direct = await gql(
      `mutation { createProgramme(input: { title: "Чужой грант", kind: GRANT }) { id } }`,
      await subgraphBearer("programmes", subject),
      stack.subgraphs.programmes.url,
    );
    expect(errorCodes(direct)).toEqual(["FORBIDDEN"]);
    expect(direct.errors![0].message).toContain(subject);
    expect(await programmeCount()).toBe(before);
  });

  it("stops accepting an archived centre's credential in the organizations subgraph at once", async () => {
    const created = await gql(
      `mutation { createOrganization(input: { name: "Ресурсный центр на время", kind: RESOURCE_CENTRE }) { id } }`,
      COORDINATOR,
    );
    const centre = created.data!.createOrganization.id;
    const write = async () =>
      gql(
        `mutation { createOrganization(input: { name: "АНО при центре", kind: NGO }) { id } }`,
        await subgraphBearer("organizations", centre),
        stack.subgraphs.organizations.url,
      );
    expect((await write()).errors).toBeUndefined();
    await gql(`mutation { archiveOrganization(id: "${centre}") { id } }`, COORDINATOR);
    expect(errorCodes(await write())).toEqual(["FORBIDDEN"]);
  });

  it("lets a centre name another owner's organisation as operator only with that owner's consent", async () => {
    const create = () =>
      gql(
        `mutation { createProgramme(input: { title: "Грант с оператором", kind: GRANT, operatorId: "org-rc-kurgan" }) { id operator { name } } }`,
        TYUMEN,
      );
    const refused = await create();
    expect(errorCodes(refused)).toEqual(["FORBIDDEN"]);
    expect(refused.errors![0].message).toContain("input.operatorId");
    const grant = `mutation { grantConsent(organizationId: "org-rc-kurgan", centreId: "org-rc-tyumen") { consentedCentreIds } }`;
    expect(errorCodes(await gql(grant, TYUMEN))).toEqual(["FORBIDDEN"]);
    expect((await gql(grant, KURGAN)).data!.grantConsent.consentedCentreIds).toContain(
      "org-rc-tyumen",
    );
    const allowed = await create();
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.createProgramme.operator.name).toContain("Курган");
    await gql(
      `mutation { revokeConsent(organizationId: "org-rc-kurgan", centreId: "org-rc-tyumen") { id } }`,
      KURGAN,
    );
    expect(errorCodes(await create())).toEqual(["FORBIDDEN"]);
  });

  it("lets the owner of an award's recipient archive it, and no other centre", async () => {
    await gql(
      `mutation { grantConsent(organizationId: "org-rc-kurgan", centreId: "org-rc-ural-interregional") { id } }`,
      KURGAN,
    );
    const created = await gql(
      `mutation { createAward(input: { programmeId: "programme-ural-rc-network", recipientId: "org-rc-kurgan", purpose: "Обучение", amount: { amount: "500000.00" } }) { id } }`,
      URAL,
    );
    const id = created.data!.createAward.id;
    const archiveAward = (headers: Record<string, string>) =>
      gql(`mutation { archiveAward(id: "${id}") { archivedAt updatedBy } }`, headers);
    expect(errorCodes(await archiveAward(TYUMEN))).toEqual(["FORBIDDEN"]);
    const archived = await archiveAward(KURGAN);
    expect(archived.data!.archiveAward).toMatchObject({ updatedBy: "org-rc-kurgan" });
    const received = await gql(`{ organization(id: "org-rc-kurgan") { awardsReceived { id } } }`);
    expect(received.data!.organization.awardsReceived).toEqual([]);
  });

  it("answers _entities sent straight to a subgraph with only the identity of an archived record", async () => {
    const created = await gql(
      `mutation { createOrganization(input: { name: "АНО Закрытая", kind: NGO, inn: "7702389486", description: "Подробности" }) { id } }`,
      TYUMEN,
    );
    const id = created.data!.createOrganization.id;
    const event = await gql(
      `mutation { createEvent(input: { title: "Семинар закрытой АНО", kind: SEMINAR, startsAt: "2026-12-01T10:00:00+05:00", timezone: "Asia/Yekaterinburg", organizerIds: ["${id}"] }) { id } }`,
      TYUMEN,
    );
    await gql(`mutation { archiveOrganization(id: "${id}") { id } }`, TYUMEN);
    const entities = (headers: Record<string, string>) =>
      graphql(
        stack.subgraphs.organizations.url,
        `
          query ($r: [_Any!]!) {
            _entities(representations: $r) {
              ... on Organization {
                name
                inn
                description
                archivedAt
              }
            }
          }
        `,
        { r: [{ __typename: "Organization", id }] },
        headers,
      );
    const anonymous = (await entities({})).data!._entities[0];
    expect(anonymous).toMatchObject({ name: "АНО Закрытая", inn: null, description: null });
    expect(anonymous.archivedAt).toBeTruthy();
    const kurgan = await subgraphBearer("organizations", "org-rc-kurgan");
    const tyumen = await subgraphBearer("organizations", "org-rc-tyumen");
    expect((await entities(kurgan)).data!._entities[0].inn).toBeNull();
    expect((await entities(tyumen)).data!._entities[0]).toMatchObject({
      inn: "7702389486",
      description: "Подробности",
    });
    // The event it organised still names it: what happened stays true.
    const organisers = await gql(
      `{ event(id: "${event.data!.createEvent.id}") { organizers { name description } } }`,
    );
    expect(organisers.errors).toBeUndefined();
    expect(organisers.data!.event.organizers).toEqual([
      { name: "АНО Закрытая", description: null },
    ]);
  });
});

describe("a reference check against a stalled organizations subgraph", () => {
  let stalled: Server;
  const sockets = new Set<Socket>();
  let events: RunningSubgraph;
  beforeAll(async () => {
    // Accepts connections and requests, and never answers: a stopped process behind a socket.
    stalled = createServer(() => undefined);
    stalled.on("connection", (socket) => sockets.add(socket));
    await new Promise<void>((resolve) => stalled.listen(0, "127.0.0.1", resolve));
    const { port } = stalled.address() as AddressInfo;
    events = await startTestSubgraph(eventsSubgraph, {
      organizationsUrl: `http://127.0.0.1:${port}/graphql`,
      referenceTimeoutMs: 300,
    });
  });
  afterAll(async () => {
    await events.close();
    sockets.forEach((socket) => socket.destroy());
    await new Promise((resolve) => stalled.close(resolve));
  });

  it.each([
    ["the organisers of a coordinator's write", "coordinator", "coordinator"],
    ["a centre's credential", "org-rc-tyumen", "centre"],
  ] as const)(
    "fails the write with SUBGRAPH_TIMEOUT naming organizations when checking %s",
    async (_case, organizationId, role) => {
      const headers = await subgraphBearer("events", organizationId, role);
      const before = await events.database.dataSource.getRepository(Event).count();
      const response = await graphql(
        events.url,
        `
          mutation {
            createEvent(
              input: {
                title: "Семинар"
                kind: SEMINAR
                startsAt: "2026-12-01T10:00:00+05:00"
                timezone: "Asia/Yekaterinburg"
                organizerIds: ["org-rc-tyumen"]
              }
            ) {
              id
            }
          }
        `,
        {},
        headers,
      );
      expect(errorCodes(response)).toEqual(["SUBGRAPH_TIMEOUT"]);
      expect(response.errors![0].extensions!.serviceName).toBe("organizations");
      expect(await events.database.dataSource.getRepository(Event).count()).toBe(before);
    },
  );
});

describe("the credential check of the other subgraphs", () => {
  let server: Server;
  let url: string;
  const asked: string[][] = [];
  beforeAll(async () => {
    // A stand-in organizations subgraph that records each `_entities` request it answers.
    server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        const { variables } = JSON.parse(body) as {
          variables: { representations: { id: string }[] };
        };
        const ids = variables.representations.map(({ id }) => id);
        asked.push(ids);
        const entities = ids.map((id) => ({
          id,
          kind: id.startsWith("org-rc-") ? "RESOURCE_CENTRE" : "NGO",
          ownerId: id,
          archivedAt: null,
          consentedCentreIds: [],
        }));
        response.setHeader("content-type", "application/json");
        response.end(JSON.stringify({ data: { _entities: entities } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("asks once for many concurrent and repeated checks of one subject, within a bounded cache", async () => {
    const checker = httpReferenceChecker(url, 1000, { ttlMs: 30_000, max: 2 });
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => checker.isLiveCentre("org-rc-tyumen")),
    );
    expect(answers).toEqual(Array(10).fill(true));
    expect(await checker.isLiveCentre("org-rc-tyumen")).toBe(true);
    expect(asked).toEqual([["org-rc-tyumen"]]);
    expect(await checker.isLiveCentre("org-ngo")).toBe(false);
    expect(await checker.isLiveCentre("org-rc-kurgan")).toBe(true);
    // Two entries at most: the first subject was evicted and is asked for again.
    expect(await checker.isLiveCentre("org-rc-tyumen")).toBe(true);
    expect(asked).toHaveLength(4);
  });
});
