import { graphql } from "./graphql";
import type { Post } from "./write-races";

/** Where the parallel writes go and how their result is read back. */
export interface ParallelWriteTargets {
  /** Places that take events writes with the credential of the Tyumen centre (they take turns). */
  events: Post[];
  /** How many organiser links the event has, read from its database. */
  organizerLinks: (eventId: string) => Promise<number>;
  /** A gateway the stored events are counted through (a search for their titles). */
  gateway: string;
}

/**
 * 40 mutations at once, a quarter of them refused (FORBIDDEN: another centre's event): each
 * accepted one is committed whole (the event and both its organiser links), none refused
 * leaves anything behind. With several places, the writes are spread over them.
 */
export function parallelWritesCase(targets: () => ParallelWriteTargets): void {
  it("commits each of many parallel mutations whole, even with failing ones among them", async () => {
    const { events, organizerLinks, gateway } = targets();
    const at = (index: number) => events[index % events.length];
    const create = (index: number) =>
      at(index)(
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
      );
    const forbidden = (index: number) =>
      at(index)(`
        mutation {
          archiveEvent(id: "event-vii-mmdn") {
            id
          }
        }
      `);
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 4 === 3 ? forbidden(i) : create(i))),
    );
    const created = responses
      .filter((r) => r.data?.createEvent)
      .map((r) => r.data!.createEvent.id as string);
    expect(created).toHaveLength(30);
    expect(responses.filter((r) => r.errors).map((r) => r.errors![0].extensions!.code)).toEqual(
      Array(10).fill("FORBIDDEN"),
    );
    for (const id of created) expect(await organizerLinks(id)).toBe(2);
    const stored = await graphql(
      gateway,
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
}
