import type { BaseContext } from "@apollo/server";
import {
  startSubgraph,
  type RunningSubgraph,
  type SubgraphDefinition,
} from "../../subgraphs/shared/subgraph";

/** A subgraph on a free port with a fresh in-memory SQLite database, seeded. */
export function startTestSubgraph<T extends BaseContext>(
  definition: SubgraphDefinition<T>,
  seed = true,
  databaseUrl?: string,
): Promise<RunningSubgraph> {
  return startSubgraph(definition, {
    name: definition.name,
    host: "127.0.0.1",
    port: 0,
    seed,
    database: { sqlitePath: ":memory:", url: databaseUrl, schema: definition.name, logSql: false },
  });
}
