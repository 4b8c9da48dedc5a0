import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { composeSupergraph, subgraphSdls } from "../../tools/composition";
import { readSubgraphList } from "../../gateway/subgraph-list";
import { entryArgs } from "./entry";

/** Subgraphs each in its own process, as `npm start` runs them, and gateways started on demand. */
export interface ProcessStack {
  /** Where each subgraph answers, by name. */
  subgraphUrls: Record<string, string>;
  /** Starts a gateway process over the subgraphs with extra variables; resolves to its URL. */
  startGateway: (env: Record<string, string>) => Promise<string>;
  stop: () => Promise<void>;
}

/** Starts an entry file as its own process and resolves to the URL it logs once ready. */
function startEntry(
  file: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [...entryArgs(file), ...args], {
    env: { ...process.env, HOST: "127.0.0.1", ...env },
    stdio: "pipe",
  });
  let output = "";
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const url = / at (http:\/\/\S+\/graphql)/.exec(output)?.[1];
      if (url) resolve({ child, url });
    });
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`${file} exited with ${code}:\n${output}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/**
 * The four subgraphs as separate processes on free ports with fresh in-memory SQLite databases
 * and seed data, composed into a supergraph file for the gateways this stack starts.
 */
export async function startProcessStack(): Promise<ProcessStack> {
  const children: ChildProcess[] = [];
  const urls: Record<string, string> = {};
  // Reached as 127.0.0.1: the processes listen there, and "localhost" may resolve to ::1 first.
  const start = async (name: string, env: Record<string, string>) => {
    const prefix = name.toUpperCase();
    const started = await startEntry(`subgraphs/${name}/index.ts`, [], {
      [`${prefix}_PORT`]: "0",
      [`${prefix}_DATABASE`]: ":memory:",
      ...env,
    });
    children.push(started.child);
    urls[name] = started.url.replace("localhost", "127.0.0.1");
  };
  await start("organizations", {});
  const others = readSubgraphList().filter(({ name }) => name !== "organizations");
  await Promise.all(
    others.map(({ name }) => start(name, { ORGANIZATIONS_URL: urls.organizations })),
  );
  const entries = readSubgraphList().map(({ name }) => ({ name, url: urls[name] }));
  const { supergraphSdl, errors } = composeSupergraph(entries, await subgraphSdls(entries));
  if (!supergraphSdl) throw new Error(`composition failed:\n${errors.join("\n")}`);
  const file = join(mkdtempSync(join(tmpdir(), "supergraph-")), "supergraph.graphql");
  writeFileSync(file, supergraphSdl);
  const subgraphUrls = Object.fromEntries(
    entries.map(({ name, url }) => [`${name.toUpperCase()}_URL`, url]),
  );
  return {
    subgraphUrls: urls,
    startGateway: async (env) => {
      const started = await startEntry("gateway/index.ts", ["--supergraph", file, "--port", "0"], {
        ...subgraphUrls,
        ...env,
      });
      children.push(started.child);
      return started.url.replace("localhost", "127.0.0.1");
    },
    stop: async () => {
      await Promise.all(children.map(stopChild));
    },
  };
}
