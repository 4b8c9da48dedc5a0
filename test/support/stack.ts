import { join } from "node:path";
import { printSubgraphSchema } from "@apollo/subgraph";
import type { BaseContext } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import { composeSupergraph } from "../../tools/composition";
import { startGateway, type RunningGateway } from "../../gateway/server";
import { readSubgraphList, type SubgraphEntry } from "../../gateway/subgraph-list";
import { subgraphCatalog } from "../../tools/catalog";
import type { RunningSubgraph, SubgraphDefinition } from "../../subgraphs/shared/subgraph";
import { bearer, startTestSubgraph, subgraphBearer, testAuth, testSubgraphAuth } from "./subgraph";
import type { SubgraphAuth } from "../../subgraphs/shared/auth/subgraph-auth";

/** The whole platform on free ports: the listed subgraphs over real HTTP behind a real gateway. */
export interface TestStack {
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph>;
  entries: SubgraphEntry[];
  supergraphSdl: string;
  close: () => Promise<void>;
}

/**
 * Each subgraph's schema, built once per test file. A stack needs it twice (to serve and to
 * print the SDL it composes), and a file may start a stack per database; building a schema
 * is the slowest part of starting a subgraph, and a built schema is never changed.
 */
const schemas = new Map<string, Promise<GraphQLSchema>>();

function withSchemaOnce(definition: SubgraphDefinition<BaseContext>) {
  const buildSchema = () => {
    if (!schemas.has(definition.name)) schemas.set(definition.name, definition.buildSchema());
    return schemas.get(definition.name)!;
  };
  return { ...definition, buildSchema };
}

/** Starts every listed subgraph: organizations first, since the others are told its URL. */
async function startSubgraphs(
  definitions: SubgraphDefinition<BaseContext>[],
  databaseUrl: string | undefined,
  started: Record<string, RunningSubgraph>,
  auths: Map<string, SubgraphAuth>,
  { sqliteFolder, referenceTimeoutMs = 15_000, subgraphTimeoutMs: poolTimeoutMs }: StackOptions,
): Promise<void> {
  const sqlitePath = (name: string) =>
    sqliteFolder ? join(sqliteFolder, `${name}.sqlite`) : undefined;
  const organizations = definitions.find(({ name }) => name === "organizations")!;
  started.organizations = await startTestSubgraph(organizations, {
    databaseUrl,
    auth: auths.get("organizations"),
    sqlitePath: sqlitePath("organizations"),
    referenceTimeoutMs,
    poolTimeoutMs,
  });
  // The others check there the organisations a write refers to; they start together.
  const others = await Promise.allSettled(
    definitions
      .filter((definition) => definition !== organizations)
      .map((definition) =>
        startTestSubgraph(definition, {
          databaseUrl,
          sqlitePath: sqlitePath(definition.name),
          organizationsUrl: started.organizations.url,
          auth: auths.get(definition.name),
          referenceTimeoutMs,
          poolTimeoutMs,
        }),
      ),
  );
  for (const result of others) {
    if (result.status === "fulfilled") started[result.value.name] = result.value;
  }
  const failed = others.find((result) => result.status === "rejected");
  if (failed) throw (failed as PromiseRejectedResult).reason;
}

/** Composes the supergraph from the schemas the subgraphs serve. */
async function composeStack(
  definitions: SubgraphDefinition<BaseContext>[],
  entries: SubgraphEntry[],
): Promise<string> {
  const sdls = new Map<string, string>();
  for (const definition of definitions)
    sdls.set(definition.name, printSubgraphSchema(await definition.buildSchema()));
  const { supergraphSdl, errors } = composeSupergraph(entries, sdls);
  if (!supergraphSdl) throw new Error(`composition failed:\n${errors.join("\n")}`);
  return supergraphSdl;
}

/** What a suite may change about its stack. */
export interface StackOptions {
  /**
   * The gateway's deadline for each subgraph call, and how long a subgraph's request waits for
   * a PostgreSQL connection. Suites that load a two-core machine with hundreds of serialised
   * writes raise it: what they test is the writes, not the deadlines (test/timeouts.test.ts and
   * test/database-outage.test.ts test those).
   */
  subgraphTimeoutMs?: number;
  /**
   * The deadline of the subgraphs' reference checks (calls to the organizations subgraph): 15 s
   * in test stacks, for the same reason; test/honest-links.test.ts tests the deadline itself.
   */
  referenceTimeoutMs?: number;
  /** SQLite database files in this (existing) folder, one per subgraph, instead of `:memory:`. */
  sqliteFolder?: string;
}

/** Starts the stack; with `databaseUrl` every subgraph stores its tables in PostgreSQL there. */
export async function startStack(
  databaseUrl?: string,
  options: StackOptions = {},
): Promise<TestStack> {
  // Every listed subgraph this repository builds; one listed but built elsewhere (a centre's,
  // with only its SDL in schema/) cannot be started here and stays out of the test network.
  const definitions = readSubgraphList()
    .filter(({ name }) => subgraphCatalog[name])
    .map(({ name }) => withSchemaOnce(subgraphCatalog[name]));
  const subgraphs: Record<string, RunningSubgraph> = {};
  const closeSubgraphs = () =>
    Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.close()));
  // The subgraphs start before the gateway, whose token endpoint they call for calls between
  // subgraphs: its address is filled into their settings once it is known.
  const auths = new Map(definitions.map(({ name }) => [name, testSubgraphAuth(name)]));
  try {
    await startSubgraphs(definitions, databaseUrl, subgraphs, auths, options);
    const entries = definitions.map(({ name }) => ({ name, url: subgraphs[name].url }));
    const supergraphSdl = await composeStack(definitions, entries);
    const urls = new Map(entries.map(({ name, url }) => [name, url]));
    const { subgraphTimeoutMs } = options;
    const route = subgraphTimeoutMs
      ? (name: string, url: string | undefined) => ({
          url: urls.get(name) ?? url ?? "",
          timeoutMs: subgraphTimeoutMs,
        })
      : undefined;
    const gateway = await startGateway(
      { supergraphSdl, subgraphs: entries, auth: testAuth, route },
      0,
      "127.0.0.1",
    );
    for (const auth of auths.values()) auth.exchange.gatewayUrl = gateway.url;
    return {
      gateway,
      subgraphs,
      entries,
      supergraphSdl,
      close: async () => {
        await gateway.close();
        await closeSubgraphs();
      },
    };
  } catch (error) {
    // Nothing started may outlive a failed start: an open server keeps the test run alive.
    await closeSubgraphs();
    throw error;
  }
}

/**
 * The credential a caller presents at `url`: a service token at the gateway, or, straight at one
 * of the stack's subgraphs, a token minted for that subgraph (the only kind it accepts).
 */
export async function credentialAt(
  stack: TestStack,
  url: string,
  organizationId: string,
  role: "centre" | "coordinator" = "centre",
): Promise<{ authorization: string }> {
  const subgraph = Object.values(stack.subgraphs).find((running) => running.url === url);
  return subgraph
    ? subgraphBearer(subgraph.name, organizationId, role)
    : bearer(organizationId, role);
}
