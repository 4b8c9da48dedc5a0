import "reflect-metadata";
import { eventsSubgraph } from "../../subgraphs/events/server";
import { organizationsSubgraph } from "../../subgraphs/organizations/server";
import { programmesSubgraph } from "../../subgraphs/programmes/server";
import { regionsSubgraph } from "../../subgraphs/regions/server";
import { createDatabase, openDatabase } from "../../subgraphs/shared/data-source";
import { ConfigError } from "../../subgraphs/shared/env";
import type { SubgraphDefinition } from "../../subgraphs/shared/subgraph";
import { readDatabaseSettings } from "../../subgraphs/shared/subgraph-config";
import type { DataSource } from "typeorm";
import { namePools } from "./faker-pools";
import { generateNetwork } from "./network";
import { readGenerateOptions } from "./options";
import { Plan } from "./plan";
import { progressOf } from "./progress";

/**
 * `npm run generate`: opens each subgraph's database where the subgraph itself would
 * (`<NAME>_DATABASE`, `DATABASE_URL`), loads the seed data, and adds the synthetic network.
 */
async function main(): Promise<void> {
  const options = readGenerateOptions(process.argv.slice(2));
  const opened: DataSource[] = [];
  const open = async (definition: SubgraphDefinition<never>) => {
    // Tables come from the subgraph's own migrations, as when the subgraph starts.
    const settings = {
      ...readDatabaseSettings(definition.name, process.env),
      migrations: definition.migrations,
    };
    const dataSource = await openDatabase(createDatabase(settings, definition.entities), settings);
    opened.push(dataSource);
    await definition.seed(dataSource);
    return dataSource;
  };
  const started = Date.now();
  try {
    await open(regionsSubgraph as SubgraphDefinition<never>);
    const targets = {
      organizations: await open(organizationsSubgraph as SubgraphDefinition<never>),
      events: await open(eventsSubgraph as SubgraphDefinition<never>),
      programmes: await open(programmesSubgraph as SubgraphDefinition<never>),
    };
    const written = await generateNetwork(
      new Plan(options.seed, options.counts),
      targets,
      progressOf,
      namePools(options.seed),
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`generated ${JSON.stringify(written)} with seed ${options.seed} in ${seconds} s`);
  } finally {
    for (const dataSource of opened) await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
