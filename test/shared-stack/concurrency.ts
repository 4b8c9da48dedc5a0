import { EventOrganizer } from "../../subgraphs/events/entities/event-organizer.entity";
import { graphql } from "../support/graphql";
import { backends } from "../support/backends";
import { sharedStack } from "../support/shared-stack";
import type { TestStack } from "../support/stack";
import { subgraphBearer } from "../support/subgraph";

describe.each(backends)("concurrent writes on %s", (_name, backend) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await sharedStack(backend);
  });

  it("commits each of many parallel mutations whole, even with failing ones among them", async () => {
    const tyumen = await subgraphBearer("events", "org-rc-tyumen");
    const create = (index: number) =>
      graphql(
        stack.subgraphs.events.url,
        `
          mutation ($input: CreateEventInput!) {
            createEvent(input: $input) {
              id
            }
          }
        `,
        {
          input: {
            title: `Параллельный семинар ${index}`,
            kind: "SEMINAR",
            startsAt: "2026-12-01T10:00:00+05:00",
            timezone: "Asia/Yekaterinburg",
            regionCode: "RU-TYU",
            organizerIds: ["org-rc-tyumen", "org-rc-kurgan"],
          },
        },
        tyumen,
      );
    const forbidden = () =>
      graphql(
        stack.subgraphs.events.url,
        `
          mutation {
            archiveEvent(id: "event-vii-mmdn") {
              id
            }
          }
        `,
        {},
        tyumen,
      );
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 4 === 3 ? forbidden() : create(i))),
    );
    const created = responses
      .filter((r) => r.data?.createEvent)
      .map((r) => r.data!.createEvent.id as string);
    expect(created).toHaveLength(30);
    expect(responses.filter((r) => r.errors).map((r) => r.errors![0].extensions!.code)).toEqual(
      Array(10).fill("FORBIDDEN"),
    );
    const links = stack.subgraphs.events.database.dataSource.getRepository(EventOrganizer);
    for (const id of created) expect(await links.countBy({ eventId: id })).toBe(2);
    const stored = await graphql(
      stack.gateway.url,
      `
        {
          events(filter: { search: "параллельный семинар" }, first: 100) {
            totalCount
          }
        }
      `,
    );
    expect(stored.data!.events.totalCount).toBe(30);
  });
});
