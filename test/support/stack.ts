import { composeSupergraph, subgraphSdls } from "../../tools/composition";
import { startGateway, type RunningGateway } from "../../gateway/server";
import { readSubgraphList, type SubgraphEntry } from "../../gateway/subgraph-list";
import { subgraphCatalog } from "../../tools/catalog";
import type { RunningSubgraph } from "../../subgraphs/shared/subgraph";
import { startTestSubgraph, testAuth } from "./subgraph";

/** The whole platform on free ports: four subgraphs over real HTTP behind a real gateway. */
export interface TestStack {
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph>;
  entries: SubgraphEntry[];
  supergraphSdl: string;
  close: () => Promise<void>;
}

/** Starts the stack; with `databaseUrl` every subgraph stores its tables in PostgreSQL there. */
export async function startStack(databaseUrl?: string): Promise<TestStack> {
  const subgraphs: Record<string, RunningSubgraph> = {};
  // Organizations starts first: the others check the organisations a write refers to there.
  subgraphs.organizations = await startTestSubgraph(subgraphCatalog.organizations, { databaseUrl });
  const organizationsUrl = subgraphs.organizations.url;
  for (const { name } of readSubgraphList()) {
    if (name !== "organizations") {
      subgraphs[name] = await startTestSubgraph(subgraphCatalog[name], {
        databaseUrl,
        organizationsUrl,
      });
    }
  }
  const entries = Object.values(subgraphs).map(({ name, url }) => ({ name, url }));
  const { supergraphSdl, errors } = composeSupergraph(entries, await subgraphSdls(entries));
  if (!supergraphSdl) throw new Error(`composition failed:\n${errors.join("\n")}`);
  const gateway = await startGateway(
    { supergraphSdl, subgraphs: entries, auth: testAuth },
    0,
    "127.0.0.1",
  );
  return {
    gateway,
    subgraphs,
    entries,
    supergraphSdl,
    close: async () => {
      await gateway.close();
      await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.close()));
    },
  };
}
