import { SEED_SOURCES } from "../../subgraphs/shared/seed-sources";
import { graphql } from "../support/graphql";
import { sharedStack } from "../support/shared-stack";
import type { TestStack } from "../support/stack";

// The article file names the seed rows may cite, kept as data in the repository.
const ARTICLES = SEED_SOURCES.map((source) => source.file);
// Written out again here, so a renamed source in the data fails these tests.
const [YUGRA, KRASNOGORSK, MURMANSK, NIZHNY, URAL] = [
  "000_0bcf786bd17f048b.txt",
  "001_de6deea41116d0c6.txt",
  "002_766a36938fc9e7c4.txt",
  "003_669d506c99d1203b.txt",
  "004_0eaa2e195da163db.txt",
];

describe("seed data traced to the five source articles", () => {
  let stack: TestStack;
  let ask: (query: string) => Promise<any>;
  beforeAll(async () => {
    stack = await sharedStack();
    ask = async (query) => {
      const response = await graphql(stack.gateway.url, query);
      expect(response.errors).toBeUndefined();
      return response.data;
    };
  });

  it("lists the five articles once each, with a headline", () => {
    expect(ARTICLES).toEqual([YUGRA, KRASNOGORSK, MURMANSK, NIZHNY, URAL]);
    for (const source of SEED_SOURCES) expect(source.title.length).toBeGreaterThan(20);
  });

  it("cites only the listed articles, and every article feeds the graph", async () => {
    const data = await ask(`{
      organizations(first: 100) { edges { node { sources figures { source } } } }
      events(first: 100) { edges { node { sources figures { source } } } }
      programmes(first: 100) { edges { node { sources outcomes { source } } } }
      regions { figures { source } }
    }`);
    const cited = new Set<string>();
    const quoted = new Set<string>();
    for (const list of [data.organizations, data.events, data.programmes]) {
      for (const { node } of list.edges) {
        expect(node.sources.length).toBeGreaterThan(0);
        node.sources.forEach((source: string) => cited.add(source));
        for (const figure of [...(node.figures ?? []), ...(node.outcomes ?? [])])
          quoted.add(figure.source);
      }
    }
    for (const region of data.regions) region.figures.forEach((f: any) => quoted.add(f.source));
    expect([...cited].sort()).toEqual([...ARTICLES].sort());
    expect(quoted.size).toBeGreaterThan(0);
    expect([...quoted].filter((source) => !ARTICLES.includes(source))).toEqual([]);
  });

  it(`${YUGRA}: Yugra's government and the Association of Social Development with its 700+ projects`, async () => {
    const data = await ask(`{ organization(id: "org-association-social-development") {
      name figures { value unit qualifier source } } programme(id: "programme-khmao-asd-agreement") {
      kind status regions { code } operator { name } partners { name } } }`);
    expect(data.organization.figures).toContainEqual(
      expect.objectContaining({ value: "700", qualifier: "MORE_THAN", source: YUGRA }),
    );
    expect(data.programme).toMatchObject({
      kind: "PARTNERSHIP_AGREEMENT",
      regions: [{ code: "RU-KHM" }],
    });
    expect(data.programme.partners[0].name).toBe(data.organization.name);
  });

  it(`${KRASNOGORSK}: the Second Forum of Social Innovations of the Regions, 8–9 June, Krasnogorsk, year inferred`, async () => {
    const data = await ask(`{ event(id: "event-second-forum-social-innovations-regions") {
      kind startsAt endsAt datePrecision dateInferred dateNote region { code } municipality { name } sources } }`);
    expect(data.event).toMatchObject({
      kind: "FORUM",
      datePrecision: "DAY",
      dateInferred: true,
      region: { code: "RU-MOS" },
      municipality: { name: "Красногорск" },
      sources: [KRASNOGORSK],
    });
    expect(data.event.startsAt).toMatch(/-06-08T/);
    expect(data.event.dateNote).toBeTruthy();
  });

  it(`${MURMANSK}: the Monchegorsk business session of VII ММДН with 70+ participants and 60+ million roubles`, async () => {
    const data = await ask(`{ event(id: "event-mmdn-social-partnership-session") {
      kind participantCount participantCountQualifier parent { title sessions { id } } municipality { name } }
      programme(id: "programme-murmansk-ngo-projects-budget-2018") { budget { amount qualifier } startsOn endsOn } }`);
    expect(data.event).toMatchObject({
      kind: "BUSINESS_SESSION",
      participantCount: 70,
      participantCountQualifier: "MORE_THAN",
      municipality: { name: "Мончегорск" },
    });
    expect(data.event.parent.sessions).toContainEqual({
      id: "event-mmdn-social-partnership-session",
    });
    expect(data.programme).toEqual({
      budget: { amount: "60000000", qualifier: "MORE_THAN" },
      startsOn: "2018-01-01",
      endsOn: "2018-12-31",
    });
  });

  it(`${NIZHNY}: the Forum of Social Task Solutions, 2–3 June 2022, 1,000+ participants, 60+ events, 10+ labs`, async () => {
    const data = await ask(`{ event(id: "event-forum-social-task-solutions-2022") {
      startsAt participantCount participantCountQualifier figures { value unit qualifier }
      sessions { title speakers { id } } organizers { name } } }`);
    expect(data.event.startsAt).toBe("2022-06-02T00:00:00+03:00");
    expect(data.event).toMatchObject({
      participantCount: 1000,
      participantCountQualifier: "MORE_THAN",
    });
    expect(data.event.figures.map((f: { value: string }) => f.value).sort()).toEqual(["10", "60"]);
    expect(data.event.sessions[0].speakers).toEqual([{ id: "person-natalya-isaeva" }]);
    expect(data.event.organizers[0].name).toContain("Агентство стратегических инициатив");
  });

  it(`${URAL}: the Ural network of five resource centres under an interregional centre`, async () => {
    const data = await ask(
      `{ networks { name members { region { code } kind level parentCentre { level } } } }`,
    );
    const network = data.networks.find((n: { name: string }) =>
      n.name.startsWith("Уральская сеть"),
    );
    expect(network.members).toHaveLength(5);
    expect(network.members.map((m: { region: { code: string } }) => m.region.code).sort()).toEqual([
      "RU-CHE",
      "RU-KGN",
      "RU-KHM",
      "RU-SVE",
      "RU-TYU",
    ]);
    for (const member of network.members) {
      expect(member).toMatchObject({
        kind: "RESOURCE_CENTRE",
        level: "REGIONAL",
        parentCentre: { level: "INTERREGIONAL" },
      });
    }
  });

  it("keeps people in their roles and hides their contact data from anonymous callers", async () => {
    const response = await graphql(
      stack.gateway.url,
      `
        {
          person(id: "person-larisa-koshurina") {
            name
            position
            phone
          }
        }
      `,
    );
    expect(response.data!.person).toMatchObject({ name: "Лариса Кошурина", phone: null });
    expect(response.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
    expect(JSON.stringify(response)).not.toContain("84 66 992");
  });
});
