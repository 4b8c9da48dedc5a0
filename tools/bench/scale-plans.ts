import type { DataSource } from "typeorm";
import { postTo, startInProcess } from "./scale-entities";

/** The list requests whose SQL is explained, per subgraph. */
const REQUESTS: Record<string, { name: string; query: string }[]> = {
  organizations: [
    {
      name: "root `organizations` page",
      query: `{ organizations(first: 20) { totalCount edges { node { id } } } }`,
    },
    {
      name: "`organizations` search",
      query: `{ organizations(first: 20, filter: { search: "ветеранов" }) { totalCount edges { node { id } } } }`,
    },
    {
      name: "`Region.organizations` (resource centres) and `organizationCount` for the Ural district",
      query: `{ _entities(representations: [${["RU-KGN", "RU-SVE", "RU-TYU", "RU-CHE", "RU-KHM", "RU-YAN"].map((code) => `{ __typename: "Region", code: "${code}" }`).join(", ")}]) { ... on Region { organizationCount organizations(filter: { kinds: [RESOURCE_CENTRE] }) { totalCount edges { node { id } } } } } }`,
    },
  ],
  events: [
    {
      name: "root `events` page",
      query: `{ events(first: 20) { totalCount edges { node { id } } } }`,
    },
    {
      name: "`Region.events` for one region",
      query: `{ _entities(representations: [{ __typename: "Region", code: "RU-TYU" }]) { ... on Region { eventCount events(first: 20) { edges { node { id } } } } } }`,
    },
  ],
  programmes: [
    {
      name: "root `programmes` page",
      query: `{ programmes(first: 20) { totalCount edges { node { id } } } }`,
    },
    {
      name: "`Region.programmes` for one region",
      query: `{ _entities(representations: [{ __typename: "Region", code: "RU-TYU" }]) { ... on Region { programmes(first: 20) { edges { node { id } } } } } }`,
    },
  ],
};

/** The database's plan of one statement: SQLite's EXPLAIN QUERY PLAN details, PostgreSQL's EXPLAIN. */
export async function explain(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[],
): Promise<string> {
  if (dataSource.driver.options.type === "postgres") {
    const rows: Record<string, string>[] = await dataSource.query(`EXPLAIN ${sql}`, parameters);
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  }
  const rows: { detail: string }[] = await dataSource.query(
    `EXPLAIN QUERY PLAN ${sql}`,
    parameters,
  );
  return rows.map((row) => row.detail).join("\n");
}

/**
 * Runs each list request against its subgraph in this process, records the SQL it ran with
 * its parameters, and returns the database's plan of every statement, as markdown.
 */
export async function explainListQueries(env: Record<string, string>): Promise<string> {
  const out: string[] = [];
  for (const [name, requests] of Object.entries(REQUESTS)) {
    const subgraph = await startInProcess(name, env);
    const { dataSource } = subgraph.database;
    const logger = dataSource.logger as unknown as {
      logQuery: (query: string, parameters?: unknown[]) => void;
    };
    const original = logger.logQuery.bind(logger);
    let captured: [string, unknown[]][] = [];
    logger.logQuery = (query, parameters) => {
      captured.push([query, parameters ?? []]);
      original(query, parameters);
    };
    try {
      for (const request of requests) {
        captured = [];
        await postTo(subgraph.url, request.query);
        // The EXPLAIN statements below go through the same logger; they are not the request's.
        const ran = captured;
        captured = [];
        out.push(`#### ${name}: ${request.name}`, "");
        for (const [sql, parameters] of ran) {
          out.push(
            "```sql",
            sql,
            "```",
            "```",
            await explain(dataSource, sql, parameters),
            "```",
            "",
          );
        }
      }
    } finally {
      logger.logQuery = original;
      await subgraph.close();
    }
  }
  return out.join("\n");
}
