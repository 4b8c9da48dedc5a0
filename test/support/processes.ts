import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SubgraphEntry } from "../../gateway/subgraph-list";
import { entryArgs } from "./entry";
import { environmentPrefix } from "../../subgraphs/shared/subgraph-config";

/**
 * Entry files started as their own processes, as `npm start` runs them: gateways over a given
 * supergraph, and single subgraphs with fresh in-memory databases.
 */
export interface Processes {
  /** Starts a gateway process over the supergraph with extra variables; resolves to its URL. */
  startGateway: (env: Record<string, string>) => Promise<string>;
  /** Starts a gateway process with its own command line (e.g. a supergraph beside subgraph SDL). */
  startGatewayWith: (args: string[], env: Record<string, string>) => Promise<string>;
  /** Starts one subgraph as a process on a free port with extra variables; resolves to its URL. */
  startSubgraph: (name: string, env: Record<string, string>) => Promise<string>;
  stop: () => Promise<void>;
}

/**
 * Starts an entry file as its own process; `ready` resolves to the URL it logs once it listens.
 * The child is handed back at once, so whoever stops the processes stops it even if it never
 * became ready.
 */
function startEntry(
  file: string,
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; ready: Promise<string> } {
  const child = spawn(process.execPath, [...entryArgs(file), ...args], {
    env: { ...process.env, HOST: "127.0.0.1", ...env },
    stdio: "pipe",
  });
  let output = "";
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const url = / at (http:\/\/\S+\/graphql)/.exec(output)?.[1];
      // Reached as 127.0.0.1: the processes listen there, and "localhost" may resolve to ::1.
      if (url) resolve(url.replace("localhost", "127.0.0.1"));
    });
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`${file} exited with ${code}:\n${output}`)));
  });
  return { child, ready };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/**
 * Processes over running subgraphs: the gateways read `supergraphSdl` from a file, as the
 * gateway process does, and reach each subgraph at its entry's URL.
 */
export function processesOver(supergraphSdl: string, entries: SubgraphEntry[]): Processes {
  const children: ChildProcess[] = [];
  const file = join(mkdtempSync(join(tmpdir(), "supergraph-")), "supergraph.graphql");
  writeFileSync(file, supergraphSdl);
  const subgraphUrls = Object.fromEntries(
    entries.map(({ name, url }) => [`${environmentPrefix(name)}_URL`, url]),
  );
  const started = ({ child, ready }: { child: ChildProcess; ready: Promise<string> }) => {
    children.push(child);
    return ready;
  };
  return {
    startGateway: (env) =>
      started(
        startEntry("gateway/index.ts", ["--supergraph", file, "--port", "0"], {
          ...subgraphUrls,
          ...env,
        }),
      ),
    startGatewayWith: (args, env) => started(startEntry("gateway/index.ts", args, env)),
    startSubgraph: (name, env) => {
      const prefix = environmentPrefix(name);
      return started(
        startEntry(`subgraphs/${name}/index.ts`, [], {
          ...subgraphUrls,
          [`${prefix}_PORT`]: "0",
          [`${prefix}_DATABASE`]: ":memory:",
          ...env,
        }),
      );
    },
    stop: async () => {
      await Promise.all(children.map(stopChild));
    },
  };
}
