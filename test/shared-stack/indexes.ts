import "reflect-metadata";
import type { DataSource } from "typeorm";
import { generateNetwork } from "../../tools/generate/network";
import { Plan, SCALES } from "../../tools/generate/plan";
import { silentProgress } from "../../tools/generate/progress";
import { explain } from "../../tools/bench/scale-plans";
import { graphql } from "../support/graphql";
import { sharedStack } from "../support/shared-stack";
import type { TestStack } from "../support/stack";

const POOLS = {
  lastNames: ["Иванов", "Смирнова"],
  firstNames: ["Анна"],
  streets: ["ул. Мира"],
};

/** Runs a request through a subgraph and returns the SQLite plan of every statement it ran. */
async function plansOf(stack: TestStack, subgraph: string, query: string): Promise<string[]> {
  const { dataSource } = stack.subgraphs[subgraph].database;
  const captured: [string, unknown[]][] = [];
  const logger = dataSource.logger as unknown as {
    logQuery: (query: string, parameters?: unknown[]) => void;
  };
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (sql, parameters) => {
    captured.push([sql, parameters ?? []]);
    original(sql, parameters);
  };
  try {
    const response = await graphql(stack.subgraphs[subgraph].url, query);
    expect(response.errors).toBeUndefined();
  } finally {
    logger.logQuery = original;
  }
  return Promise.all(captured.map(([sql, parameters]) => explain(dataSource, sql, parameters)));
}

/**
 * Plan lines that read a whole table without an index. Scanning a co-routine (the ranked
 * subquery of a nested page, `CO-ROUTINE ranked`) reads rows an index already found.
 */
function fullScans(plans: string[]): string[] {
  const lines = plans.flatMap((plan) => plan.split("\n"));
  const coroutines = new Set(lines.map((line) => /^CO-ROUTINE (.+)$/.exec(line)?.[1]));
  return lines.filter((line) => /^SCAN \S+$/.test(line) && !coroutines.has(line.slice(5)));
}

const REGION = (fields: string) =>
  `{ _entities(representations: [{ __typename: "Region", code: "RU-TYU" }, { __typename: "Region", code: "RU-KGN" }]) { ... on Region { ${fields} } } }`;

describe("the list queries on SQLite", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await sharedStack();
    const source = (name: string): DataSource => stack.subgraphs[name].database.dataSource;
    const targets = {
      organizations: source("organizations"),
      events: source("events"),
      programmes: source("programmes"),
    };
    await generateNetwork(new Plan(3, SCALES.tiny), targets, silentProgress, POOLS);
  }, 120_000);

  it.each([
    [
      "organizations",
      "the root organisations page",
      `{ organizations(first: 20) { totalCount edges { node { id } } } }`,
    ],
    [
      "organizations",
      "a region's resource centres and its count",
      REGION(
        "organizationCount organizations(filter: { kinds: [RESOURCE_CENTRE] }) { totalCount edges { node { id } } }",
      ),
    ],
    [
      "events",
      "the root events page",
      `{ events(first: 20) { totalCount edges { node { id } } } }`,
    ],
    [
      "events",
      "a region's events and their count",
      REGION("eventCount events(first: 20) { edges { node { id } } }"),
    ],
    [
      "programmes",
      "the root programmes page",
      `{ programmes(first: 20) { totalCount edges { node { id } } } }`,
    ],
    [
      "organizations",
      "a search by a common word",
      `{ organizations(first: 20, filter: { search: "центр" }) { totalCount edges { node { id } } } }`,
    ],
    [
      "events",
      "a search",
      `{ events(first: 20, filter: { search: "конференция" }) { totalCount edges { node { id } } } }`,
    ],
    [
      "programmes",
      "a region's programmes, their count and funding",
      REGION("fundingTotal { amount } programmes(first: 20) { totalCount edges { node { id } } }"),
    ],
    [
      "programmes",
      "a programme's awards",
      `{ programmes(first: 5) { edges { node { awards(first: 10) { totalCount edges { node { id } } } } } } }`,
    ],
  ])("reads %s for %s through indexes, never a full table scan", async (subgraph, _what, query) => {
    const plans = await plansOf(stack, subgraph, query);
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.join("\n")).toMatch(
      /USING (COVERING )?INDEX|USING PRIMARY KEY|USING INTEGER PRIMARY KEY/,
    );
    expect(fullScans(plans)).toEqual([]);
  });

  it("keeps the SQLite word index in step with every insert, update and removal", async () => {
    const { dataSource } = stack.subgraphs.organizations.database;
    const matches = async (word: string): Promise<string[]> => {
      const rows: { id: string }[] = await dataSource.query(
        `SELECT o.id FROM organization o WHERE o.rowid IN (SELECT rowid FROM organization_search WHERE organization_search MATCH ?)`,
        [`"${word}"*`],
      );
      return rows.map((row) => row.id);
    };
    const [row]: Record<string, unknown>[] = await dataSource.query(
      `SELECT * FROM organization LIMIT 1`,
    );
    const copy = { ...row, id: "org-index-probe", searchText: " зюзюкин " };
    const columns = Object.keys(copy);
    await dataSource.query(
      `INSERT INTO organization (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
      Object.values(copy),
    );
    expect(await matches("зюзюк")).toEqual(["org-index-probe"]);
    await dataSource.query(`UPDATE organization SET "searchText" = ' бармалеев ' WHERE id = ?`, [
      "org-index-probe",
    ]);
    expect(await matches("зюзюк")).toEqual([]);
    expect(await matches("бармал")).toEqual(["org-index-probe"]);
    await dataSource.query(`DELETE FROM organization WHERE id = ?`, ["org-index-probe"]);
    expect(await matches("бармал")).toEqual([]);
  });

  it("reads the root organisations page in index order, without sorting", async () => {
    const plans = await plansOf(
      stack,
      "organizations",
      `{ organizations(first: 20, after: null) { edges { node { id } } } }`,
    );
    const page = plans.find((plan) => /ORDER BY|LIMIT/.test(plan) || plan.includes("name"));
    expect(plans.join("\n")).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
    expect(page ?? plans.join("\n")).toMatch(/INDEX/);
  });
});
