import { errorCodes, graphql, type GraphQLResponse } from "../support/graphql";
import { sharedStack } from "../support/shared-stack";
import type { TestStack } from "../support/stack";
import { bearer } from "../support/subgraph";

const TYUMEN = bearer("org-rc-tyumen");
const KURGAN = bearer("org-rc-kurgan");
const COORDINATOR = bearer("coordinator", "coordinator");

describe("ownership of records, through the gateway", () => {
  let stack: TestStack;
  let gql: (
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => Promise<GraphQLResponse>;
  beforeAll(async () => {
    stack = await sharedStack();
    gql = (query, variables = {}, headers = {}) =>
      graphql(stack.gateway.url, query, variables, headers);
  });

  it("refuses anonymous writes with UNAUTHENTICATED", async () => {
    const response = await gql(
      `mutation { createOrganization(input: { name: "АНО Аноним", kind: NGO }) { id } }`,
    );
    expect(errorCodes(response)).toEqual(["UNAUTHENTICATED"]);
  });

  it("refuses a bad token at the gateway with UNAUTHENTICATED", async () => {
    const response = await gql(`{ regions { code } }`, {}, { authorization: "Bearer not.a.token" });
    expect(errorCodes(response)).toEqual(["UNAUTHENTICATED"]);
    expect(response.data ?? null).toBeNull();
  });

  it("lets a centre create a record it then owns, with audit fields", async () => {
    const response = await gql(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id ownerId updatedBy createdAt region { name } } }`,
      {
        input: {
          name: "АНО «Тюменские волонтёры»",
          kind: "NGO",
          regionCode: "RU-TYU",
          socialOriented: true,
          inn: "7702389486",
        },
      },
      TYUMEN,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.createOrganization).toMatchObject({
      ownerId: "org-rc-tyumen",
      updatedBy: "org-rc-tyumen",
      region: { name: "Тюменская область" },
    });
    const found = await gql(
      `{ organizations(filter: { search: "тюменский волонтер" }) { totalCount } }`,
    );
    expect(found.data!.organizations.totalCount).toBe(1);
  });

  it("forbids a centre to change another centre's record, and leaves it unchanged", async () => {
    const before = await gql(
      `{ event(id: "event-ural-rc-network-conference-tyumen") { title updatedAt } }`,
    );
    const response = await gql(
      `mutation { updateEvent(id: "event-ural-rc-network-conference-tyumen", input: { title: "Захвачено" }) { title } }`,
      {},
      KURGAN,
    );
    expect(errorCodes(response)).toEqual(["FORBIDDEN"]);
    const after = await gql(
      `{ event(id: "event-ural-rc-network-conference-tyumen") { title updatedAt } }`,
    );
    expect(after.data).toEqual(before.data);
  });

  it("applies a centre's edit of its own record", async () => {
    const response = await gql(
      `mutation { updateEvent(id: "event-ural-rc-network-conference-tyumen", input: { participantCount: 120, participantCountQualifier: ABOUT }) { participantCount ownerId updatedBy } }`,
      {},
      TYUMEN,
    );
    expect(response.data!.updateEvent).toEqual({
      participantCount: 120,
      ownerId: "org-rc-tyumen",
      updatedBy: "org-rc-tyumen",
    });
  });

  it("applies the coordinator's edit of any record", async () => {
    const response = await gql(
      `mutation { updateProgramme(id: "programme-niz-social-contracts", input: { focusAreas: ["занятость", "собственный бизнес"] }) { focusAreas ownerId updatedBy } }`,
      {},
      COORDINATOR,
    );
    expect(response.data!.updateProgramme).toMatchObject({
      focusAreas: ["занятость", "собственный бизнес"],
      updatedBy: "coordinator",
    });
  });

  it("archives instead of deleting: the record leaves lists but its owner and the coordinator still read it", async () => {
    const created = await gql(
      `mutation { createEvent(input: { title: "Семинар для НКО Кургана", kind: SEMINAR, startsAt: "2026-12-01T10:00:00+05:00", timezone: "Asia/Yekaterinburg", regionCode: "RU-KGN", organizerIds: ["org-rc-kurgan"] }) { id organizers { name } } }`,
      {},
      KURGAN,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createEvent.id;
    expect(created.data!.createEvent.organizers[0].name).toContain("Курган");
    const count = async () =>
      (await gql(`{ region(code: "RU-KGN") { eventCount } }`)).data!.region.eventCount;
    const before = await count();
    expect(
      errorCodes(await gql(`mutation { archiveEvent(id: "${id}") { id } }`, {}, TYUMEN)),
    ).toEqual(["FORBIDDEN"]);
    const archived = await gql(`mutation { archiveEvent(id: "${id}") { archivedAt } }`, {}, KURGAN);
    expect(archived.data!.archiveEvent.archivedAt).toBeTruthy();
    expect(await count()).toBe(before - 1);
    const read = `{ event(id: "${id}") { title archivedAt } }`;
    expect((await gql(read)).data!.event).toBeNull();
    expect((await gql(read, {}, TYUMEN)).data!.event).toBeNull();
    expect((await gql(read, {}, KURGAN)).data!.event.title).toBe("Семинар для НКО Кургана");
    expect((await gql(read, {}, COORDINATOR)).data!.event.title).toBe("Семинар для НКО Кургана");
  });

  it("records an award under a programme the centre owns, exact to the kopeck", async () => {
    // Awards are bounded by 10^11 roubles; the recipient's owner consents to be named first.
    const amount = "98765432109.87";
    const consent = await gql(
      `mutation { grantConsent(organizationId: "org-kurgan-veterans-organization", centreId: "org-rc-ural-interregional") { consentedCentreIds } }`,
      {},
      KURGAN,
    );
    expect(consent.data!.grantConsent.consentedCentreIds).toEqual(["org-rc-ural-interregional"]);
    const response = await gql(
      `mutation($input: CreateAwardInput!) { createAward(input: $input) { id amount { amount currency qualifier } recipient { name } programme { title } } }`,
      {
        input: {
          programmeId: "programme-ural-rc-network",
          recipientId: "org-kurgan-veterans-organization",
          amount: { amount },
          awardedOn: "2026-11-01",
          purpose: "Методическая поддержка",
        },
      },
      bearer("org-rc-ural-interregional"),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.createAward.amount).toEqual({
      amount,
      currency: "RUB",
      qualifier: "EXACT",
    });
    const received = await gql(
      `{ organization(id: "org-kurgan-veterans-organization") { awardsReceived { amount { amount } } } }`,
    );
    expect(received.data!.organization.awardsReceived).toEqual([{ amount: { amount } }]);
    const forbidden = await gql(
      `mutation { createAward(input: { programmeId: "programme-ural-rc-network", recipientId: "org-rc-kurgan", purpose: "x" }) { id } }`,
      {},
      KURGAN,
    );
    expect(errorCodes(forbidden)).toEqual(["FORBIDDEN"]);
  });

  it("lets the network's owner or the coordinator manage membership, and no one else", async () => {
    const add = `mutation { addNetworkMember(networkId: "network-ural-rc", organizationId: "org-my-vmeste-foundation") { members { id } } }`;
    expect(errorCodes(await gql(add, {}, TYUMEN))).toEqual(["FORBIDDEN"]);
    const added = await gql(add, {}, COORDINATOR);
    expect(added.data!.addNetworkMember.members.map((m: { id: string }) => m.id)).toContain(
      "org-my-vmeste-foundation",
    );
    const removed = await gql(
      `mutation { removeNetworkMember(networkId: "network-ural-rc", organizationId: "org-my-vmeste-foundation") { members { id } } }`,
      {},
      COORDINATOR,
    );
    expect(removed.data!.removeNetworkMember.members).toHaveLength(5);
  });

  it("answers NOT_FOUND for a change to a record that does not exist", async () => {
    const response = await gql(
      `mutation { archiveProgramme(id: "programme-nope") { id } }`,
      {},
      COORDINATOR,
    );
    expect(errorCodes(response)).toEqual(["NOT_FOUND"]);
  });

  it("checks an update against the record after it, as create does", async () => {
    const created = await gql(
      `mutation { createOrganization(input: { name: "Клуб Мончегорска", kind: NGO, regionCode: "RU-MUR", municipalityId: "RU-MUR-monchegorsk" }) { id } }`,
      {},
      TYUMEN,
    );
    const id = created.data!.createOrganization.id;
    const moved = await gql(
      `mutation { updateOrganization(id: "${id}", input: { regionCode: "RU-KGN" }) { id } }`,
      {},
      TYUMEN,
    );
    expect(errorCodes(moved)).toEqual(["BAD_USER_INPUT"]);
    expect(moved.errors![0].message).toContain("RU-MUR-monchegorsk");
    const movedWithTown = await gql(
      `mutation { updateOrganization(id: "${id}", input: { regionCode: "RU-KGN", municipalityId: "RU-KGN-kurgan" }) { municipality { id } } }`,
      {},
      TYUMEN,
    );
    expect(movedWithTown.data!.updateOrganization.municipality).toEqual({ id: "RU-KGN-kurgan" });
    const regrant = await gql(
      `mutation { updateProgramme(id: "programme-niz-social-contracts", input: { kind: GRANT }) { kind } }`,
      {},
      COORDINATOR,
    );
    expect(errorCodes(regrant)).toEqual(["BAD_USER_INPUT"]);
    expect(regrant.errors![0].message).toContain("socialContractDirections");
  });

  it("refuses a parent link that would make a cycle or that another centre's record did not consent to", async () => {
    const cycle = await gql(
      `mutation { updateOrganization(id: "org-rc-ural-interregional", input: { parentCentreId: "org-rc-tyumen" }) { id } }`,
      {},
      COORDINATOR,
    );
    expect(errorCodes(cycle)).toEqual(["BAD_USER_INPUT"]);
    expect(cycle.errors![0].message).toContain("cycle");
    const demote = await gql(
      `mutation { updateOrganization(id: "org-rc-ural-interregional", input: { kind: NGO }) { id } }`,
      {},
      COORDINATOR,
    );
    expect(errorCodes(demote)).toEqual(["BAD_USER_INPUT"]);
    const session = await gql(
      `mutation { createEvent(input: { title: "Чужая сессия", kind: CASE_SESSION, startsAt: "2022-06-02T12:00:00+03:00", timezone: "Europe/Moscow", parentId: "event-forum-social-task-solutions-2022" }) { id } }`,
      {},
      KURGAN,
    );
    expect(errorCodes(session)).toEqual(["FORBIDDEN"]);
  });
});
