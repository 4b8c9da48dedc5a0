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
import type { Counts } from "../generate/plan";

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

  /** How many generated rows of each kind the databases hold (all 0 for new ones). */
  async generatedCounts(env: Record<string, string>): Promise<Counts> {
    const count = async (name: string, entities: Partial<Record<keyof Counts, string>>) => {
      const subgraph = await startInProcess(name, env);
      try {
        const counts: Partial<Counts> = {};
        for (const [kind, entity] of Object.entries(entities)) {
          const [row]: { total: string | number }[] = await subgraph.database.dataSource.query(
            `SELECT COUNT(*) AS total FROM ${tableOf(subgraph, entity)} WHERE id LIKE 'gen-%'`,
          );
          counts[kind as keyof Counts] = Number(row.total);
        }
        return counts;
      } finally {
        await subgraph.close();
      }
    };
    return {
      ...(await count("organizations", { organizations: "Organization" })),
      ...(await count("events", { events: "Event" })),
      ...(await count("programmes", { programmes: "SupportProgramme", awards: "Award" })),
    } as Counts;
  },

  /**
   * The organisation at `offset` in the root list's order (name, id), or at the start of the
   * last page when the list is shorter, with the offset it was found at.
   */
  async rowAt(
    env: Record<string, string>,
    offset: number,
  ): Promise<{ id: string; name: string; offset: number }> {
    const subgraph = await startInProcess("organizations", env);
    try {
      const table = tableOf(subgraph, "Organization");
      const { dataSource } = subgraph.database;
      const [{ total }]: { total: string | number }[] = await dataSource.query(
        `SELECT COUNT(*) AS total FROM ${table} WHERE "archivedAt" IS NULL`,
      );
      const at = Math.max(0, Math.min(offset, Number(total) - 21));
      const rows: { id: string; name: string }[] = await dataSource.query(
        `SELECT id, name FROM ${table} WHERE "archivedAt" IS NULL ORDER BY name, id LIMIT 1 OFFSET ${at}`,
      );
      return { ...rows[0], offset: at };
    } finally {
      await subgraph.close();
    }
  },
};
