import { isAbsolute, join, resolve } from "node:path";
import { loadAuthSettings, type AuthSettings } from "../subgraphs/shared/auth/settings";
import {
  ConfigError,
  readPort,
  readPositiveInt,
  readString,
  type Env,
} from "../subgraphs/shared/env";
import { findProjectRoot } from "../subgraphs/shared/subgraph-config";
import { readSubgraphList, resolveSubgraphUrls, type SubgraphEntry } from "./subgraph-list";

export interface GatewayConfig {
  auth: AuthSettings;
  host: string;
  port: number;
  supergraphPath: string;
  /** How often the supergraph file is checked for changes, in milliseconds. */
  pollMs: number;
  subgraphs: SubgraphEntry[];
}

function flagValue(argv: string[], flag: string): string | undefined {
  const index = argv.indexOf(flag);
  if (index === -1) return argv.find((arg) => arg.startsWith(`${flag}=`))?.slice(flag.length + 1);
  const value = argv[index + 1];
  if (value === undefined || value.startsWith("--")) throw new ConfigError(`${flag} needs a value`);
  return value;
}

/**
 * The gateway's settings: `--port N` (or `GATEWAY_PORT`, default 4000), `--supergraph FILE`
 * (or `SUPERGRAPH_PATH`, default schema/supergraph.graphql), `HOST`, and `<NAME>_URL` per subgraph.
 */
export function loadGatewayConfig(
  argv: string[] = process.argv.slice(2),
  env: Env = process.env,
): GatewayConfig {
  const root = findProjectRoot();
  const portFlag = flagValue(argv, "--port");
  const port =
    portFlag === undefined
      ? readPort(env, "GATEWAY_PORT", 4000)
      : readPort({ "--port": portFlag }, "--port", 4000);
  const file =
    flagValue(argv, "--supergraph") ??
    readString(env, "SUPERGRAPH_PATH", join(root, "schema", "supergraph.graphql"));
  return {
    auth: loadAuthSettings(env),
    host: readString(env, "HOST", "0.0.0.0"),
    port,
    supergraphPath: isAbsolute(file) ? file : resolve(process.cwd(), file),
    pollMs: readPositiveInt(env, "SUPERGRAPH_POLL_MS", 1000),
    subgraphs: resolveSubgraphUrls(readSubgraphList(), env),
  };
}
