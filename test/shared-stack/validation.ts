import type { RunningSubgraph } from "../../subgraphs/shared/subgraph";
import { errorCodes, graphql } from "../support/graphql";
import { sharedStack } from "../support/shared-stack";
import type { TestStack } from "../support/stack";
import { bearer } from "../support/subgraph";
import { AWARD, CASES } from "./validation-cases";

const TYUMEN = bearer("org-rc-tyumen");

/** Rows in every table of a subgraph's database. */
async function rowCounts(subgraph: RunningSubgraph): Promise<Record<string, number>> {
  const { dataSource } = subgraph.database;
  const counts: Record<string, number> = {};
  for (const entity of dataSource.entityMetadatas)
    counts[entity.tableName] = await dataSource.getRepository(entity.target).count();
  return counts;
}

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
