import type { RunningSubgraph } from "../../subgraphs/shared/subgraph";
import { errorCodes, graphql } from "../support/graphql";
import { sharedStack } from "../support/shared-stack";
import type { TestStack } from "../support/stack";
import { bearer } from "../support/subgraph";

const TYUMEN = bearer("org-rc-tyumen");

/** Rows in every table of a subgraph's database. */
async function rowCounts(subgraph: RunningSubgraph): Promise<Record<string, number>> {
  const { dataSource } = subgraph.database;
  const counts: Record<string, number> = {};
  for (const entity of dataSource.entityMetadatas)
    counts[entity.tableName] = await dataSource.getRepository(entity.target).count();
  return counts;
}

const ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`;
const PROGRAMME = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`;
const AWARD = `mutation($input: CreateAwardInput!) { createAward(input: $input) { id } }`;
const org = (extra: object) => ({ name: "АНО Проверка", kind: "NGO", ...extra });
const event = (extra: object) => ({
  title: "Семинар",
  kind: "SEMINAR",
  startsAt: "2026-12-01T10:00:00+05:00",
  timezone: "Asia/Yekaterinburg",
  ...extra,
});
const programme = (extra: object) => ({ title: "Грант", kind: "GRANT", ...extra });

/** [rule, subgraph, mutation, input, field named in the message, value named in the message] */
const CASES: [string, string, string, object, string, string][] = [
  [
    "an INN with a wrong check digit",
    "organizations",
    ORG,
    org({ inn: "7702389487" }),
    "input.inn",
    "7702389487",
  ],
  ["an INN of the wrong length", "organizations", ORG, org({ inn: "12345" }), "input.inn", "12345"],
  [
    "an OGRN with a wrong check digit",
    "organizations",
    ORG,
    org({ ogrn: "1022500001328" }),
    "input.ogrn",
    "1022500001328",
  ],
  ["an empty name", "organizations", ORG, org({ name: "   " }), "input.name", '"   "'],
  [
    "a name past 300 characters",
    "organizations",
    ORG,
    org({ name: "Я".repeat(301) }),
    "input.name",
    "ЯЯЯ",
  ],
  [
    "an unknown region code",
    "organizations",
    ORG,
    org({ regionCode: "RU-ZZZ" }),
    "input.regionCode",
    "RU-ZZZ",
  ],
  [
    "a municipality outside the region",
    "organizations",
    ORG,
    org({ regionCode: "RU-TYU", municipalityId: "RU-MUR-monchegorsk" }),
    "input.municipalityId",
    "RU-MUR-monchegorsk",
  ],
  [
    "a website that is not a URL",
    "organizations",
    ORG,
    org({ website: "javascript:alert(1)" }),
    "input.website",
    "javascript",
  ],
  [
    "a parent that is not a resource centre",
    "organizations",
    ORG,
    org({ parentCentreId: "org-united-russia" }),
    "input.parentCentreId",
    "org-united-russia",
  ],
  ["an unknown enum value", "organizations", ORG, org({ kind: "CARTEL" }), "kind", "CARTEL"],
  [
    "an end before the start",
    "events",
    EVENT,
    event({ endsAt: "2026-11-30T10:00:00+05:00" }),
    "input.endsAt",
    "2026-11-30",
  ],
  [
    "a date-time without an offset",
    "events",
    EVENT,
    event({ startsAt: "2026-12-01T10:00:00" }),
    "startsAt",
    "2026-12-01T10:00:00",
  ],
  [
    "a time zone that does not exist",
    "events",
    EVENT,
    event({ timezone: "Europe/Atlantis" }),
    "input.timezone",
    "Europe/Atlantis",
  ],
  [
    "a negative participant count",
    "events",
    EVENT,
    event({ participantCount: -5 }),
    "input.participantCount",
    "-5",
  ],
  [
    "an organiser that does not exist",
    "events",
    EVENT,
    event({ organizerIds: ["org-rc-tyumen", "org-ghost"] }),
    "input.organizerIds",
    "org-ghost",
  ],
  [
    "a parent event that does not exist",
    "events",
    EVENT,
    event({ parentId: "event-ghost" }),
    "input.parentId",
    "event-ghost",
  ],
  [
    "a negative budget",
    "programmes",
    PROGRAMME,
    programme({ budget: { amount: "-1" } }),
    "input.budget.amount",
    "-1",
  ],
  [
    "a budget with fractions of a kopeck",
    "programmes",
    PROGRAMME,
    programme({ budget: { amount: "10.001" } }),
    "input.budget.amount",
    "10.001",
  ],
  [
    "an amount written as a float",
    "programmes",
    PROGRAMME,
    programme({ budget: { amount: 4e9 + 0.5 } }),
    "amount",
    "4000000000.5",
  ],
  [
    "a currency that is not ISO 4217",
    "programmes",
    PROGRAMME,
    programme({ budget: { amount: "1", currency: "рубли" } }),
    "input.budget.currency",
    "рубли",
  ],
  [
    "a period that ends before it starts",
    "programmes",
    PROGRAMME,
    programme({ startsOn: "2022-06-01", endsOn: "2021-01-01" }),
    "input.endsOn",
    "2021-01-01",
  ],
  [
    "a day that does not exist",
    "programmes",
    PROGRAMME,
    programme({ startsOn: "2022-02-30" }),
    "startsOn",
    "2022-02-30",
  ],
  [
    "an operator that does not exist",
    "programmes",
    PROGRAMME,
    programme({ operatorId: "org-ghost" }),
    "input.operatorId",
    "org-ghost",
  ],
  [
    "a partner that does not exist",
    "programmes",
    PROGRAMME,
    programme({ partnerIds: ["org-ghost"] }),
    "input.partnerIds",
    "org-ghost",
  ],
  [
    "an unknown region among several",
    "programmes",
    PROGRAMME,
    programme({ regionCodes: ["RU-TYU", "RU-QQ"] }),
    "input.regionCodes[1]",
    "RU-QQ",
  ],
  [
    "directions on a programme that is not a social contract",
    "programmes",
    PROGRAMME,
    programme({ socialContractDirections: ["JOB_SEARCH"] }),
    "input.socialContractDirections",
    "JOB_SEARCH",
  ],
  [
    "a negative outcome",
    "programmes",
    PROGRAMME,
    programme({ outcomes: [{ indicator: "x", value: "-3", unit: "y" }] }),
    "input.outcomes[0].value",
    "-3",
  ],
  [
    "a recipient that does not exist",
    "programmes",
    AWARD,
    { programmeId: "programme-ural-rc-network", recipientId: "org-ghost", purpose: "x" },
    "input.recipientId",
    "org-ghost",
  ],
  [
    "a budget past 10^13 roubles",
    "programmes",
    PROGRAMME,
    programme({ budget: { amount: "10000000000000.01" } }),
    "input.budget",
    "10000000000000.01",
  ],
  [
    "an award past 10^11 roubles",
    "programmes",
    AWARD,
    {
      programmeId: "programme-ural-rc-network",
      recipientId: "org-rc-ural-interregional",
      amount: { amount: "100000000000.01" },
      purpose: "x",
    },
    "input.amount",
    "100000000000.01",
  ],
  [
    "more than 50 organisers",
    "events",
    EVENT,
    event({ organizerIds: Array.from({ length: 51 }, (_, i) => `org-${i}`) }),
    "input.organizerIds",
    "org-0",
  ],
  [
    "more than 20 focus areas",
    "organizations",
    ORG,
    org({ focusAreas: Array.from({ length: 21 }, (_, i) => `направление ${i}`) }),
    "input.focusAreas",
    "направление 0",
  ],
  [
    "a programme that does not exist",
    "programmes",
    AWARD,
    { programmeId: "programme-ghost", recipientId: "org-rc-tyumen", purpose: "x" },
    "input.programmeId",
    "programme-ghost",
  ],
];

describe("validation of writes: BAD_USER_INPUT naming the field and value, nothing written", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await sharedStack();
  });

  it.each(CASES)("rejects %s", async (_rule, subgraph, mutation, input, field, value) => {
    const before = await rowCounts(stack.subgraphs[subgraph]);
    const headers =
      subgraph === "programmes" && mutation === AWARD
        ? bearer("org-rc-ural-interregional")
        : TYUMEN;
    const response = await graphql(stack.gateway.url, mutation, { input }, headers);
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].message).toContain(field);
    expect(response.errors![0].message).toContain(value);
    expect(await rowCounts(stack.subgraphs[subgraph])).toEqual(before);
  });

  it("rolls back every row of a transaction whose later statement fails", async () => {
    const before = await rowCounts(stack.subgraphs.events);
    // The event row is written first; the duplicate organiser link then violates the primary key.
    const events = stack.subgraphs.events.database.dataSource;
    await expect(
      events.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO event_organizer ("eventId", "organizationId", "position") VALUES ('e', 'o', 0)`,
        );
        await manager.query(
          `INSERT INTO event_organizer ("eventId", "organizationId", "position") VALUES ('e', 'o', 1)`,
        );
      }),
    ).rejects.toThrow();
    expect(await rowCounts(stack.subgraphs.events)).toEqual(before);
  });
});
