import "reflect-metadata";
import type { BaseContext } from "@apollo/server";
import { eventsSubgraph } from "../../subgraphs/events/server";
import { organizationsSubgraph } from "../../subgraphs/organizations/server";
import { programmesSubgraph } from "../../subgraphs/programmes/server";
import {
  startSubgraph,
  type RunningSubgraph,
  type SubgraphDefinition,
} from "../../subgraphs/shared/subgraph";
import { loadSubgraphConfig } from "../../subgraphs/shared/subgraph-config";

const DEFINITIONS: Record<string, SubgraphDefinition<BaseContext>> = {
  organizations: organizationsSubgraph as unknown as SubgraphDefinition<BaseContext>,
  events: eventsSubgraph as unknown as SubgraphDefinition<BaseContext>,
  programmes: programmesSubgraph as unknown as SubgraphDefinition<BaseContext>,
};

/**
 * One subgraph in this process over the generated database, so that its statement counter and
 * the SQL it runs (with parameters) can be read; not seeded, on a free port.
 */
export async function startInProcess(
  name: string,
  env: Record<string, string>,
): Promise<RunningSubgraph> {
  const config = loadSubgraphConfig(name, 0, {
    ...process.env,
    ...env,
    SEED: "false",
    HOST: "127.0.0.1",
  });
  return startSubgraph(DEFINITIONS[name], { ...config, port: 0 });
}

/** The escaped table of an entity, in its subgraph's schema on PostgreSQL. */
function tableOf(subgraph: RunningSubgraph, entity: string): string {
  const { dataSource } = subgraph.database;
  return dataSource
    .getMetadata(entity)
    .tablePath.split(".")
    .map((part) => dataSource.driver.escape(part))
    .join(".");
}

export async function postTo(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 400));
  return body.data!;
}

/** The entity type and id column each subgraph resolves references of. */
const REFERENCES: Record<string, { type: string; field: string }> = {
  organizations: { type: "Organization", field: "name" },
  events: { type: "Event", field: "title" },
  programmes: { type: "SupportProgramme", field: "title" },
};

export const entitiesStatements = {
  /** SQL statements `_entities` with `keys` representations costs each subgraph. */
  async count(env: Record<string, string>, keys: number): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const [name, reference] of Object.entries(REFERENCES)) {
      const subgraph = await startInProcess(name, env);
      try {
        const ids: { id: string }[] = await subgraph.database.dataSource.query(
          `SELECT id FROM ${tableOf(subgraph, reference.type)} WHERE id LIKE 'gen-%' ORDER BY id LIMIT ${keys}`,
        );
        subgraph.database.statements.reset();
        await postTo(
          subgraph.url,
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${reference.type} { id ${reference.field} } } }`,
          { r: ids.map(({ id }) => ({ __typename: reference.type, id })) },
        );
        counts[`${name} (${ids.length} ${reference.type} keys)`] =
          subgraph.database.statements.count;
      } finally {
        await subgraph.close();
      }
    }
    return counts;
  },

  /** How many generated organisations the database holds (0 for a new one). */
  async generatedOrganizations(env: Record<string, string>): Promise<number> {
    const subgraph = await startInProcess("organizations", env);
    try {
      const [row]: { total: string | number }[] = await subgraph.database.dataSource.query(
        `SELECT COUNT(*) AS total FROM ${tableOf(subgraph, "Organization")} WHERE id LIKE 'gen-%'`,
      );
      return Number(row.total);
    } finally {
      await subgraph.close();
    }
  },

  /** The organisation at `offset` in the root list's order (name, id). */
  async rowAt(env: Record<string, string>, offset: number): Promise<{ id: string; name: string }> {
    const subgraph = await startInProcess("organizations", env);
    try {
      const rows: { id: string; name: string }[] = await subgraph.database.dataSource.query(
        `SELECT id, name FROM ${tableOf(subgraph, "Organization")} WHERE "archivedAt" IS NULL ORDER BY name, id LIMIT 1 OFFSET ${offset}`,
      );
      return rows[0];
    } finally {
      await subgraph.close();
    }
  },
};
