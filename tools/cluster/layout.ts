import { environmentPrefix } from "../../subgraphs/shared/subgraph-config";
import type { BalancedService } from "./haproxy";
import { freePortAt, type Managed } from "./managed";

/** The core subgraphs, each run as replicas behind the balancer. */
export const CORE_SUBGRAPHS = ["regions", "organizations", "events", "programmes"];
/** The guest subgraph, on its own "host", joined through the registry. */
export const GUEST = "volunteers";

/**
 * Each "host" has an address of its own on loopback (all of 127.0.0.0/8 reaches this machine):
 * the balancer .10, gateways .11 and .12, regions .21–.22, organizations .31–.32, events
 * .41–.42, programmes .51–.52, the guest .60, PostgreSQL .5.
 */
export const BALANCER_HOST = "127.0.0.10";
export const POSTGRES_HOST = "127.0.0.5";
const GUEST_HOST = "127.0.0.60";
const gatewayHost = (replica: number) => `127.0.0.${10 + replica}`;
const subgraphHost = (index: number, replica: number) => `127.0.0.${20 + index * 10 + replica}`;

/** A process of the cluster, with the balancer's `<backend>/<server>` for it when balanced. */
export interface ClusterProcess extends Managed {
  balanced?: string;
}

/** What the processes are told: the environment all share, and where the rest are. */
export interface LayoutInputs {
  env: NodeJS.ProcessEnv;
  /** The environment variable and URL of one database (`registry` included). */
  databaseUrl: (name: string) => Record<string, string>;
  /** The balancer's base URL for one service (`gateway`, `events`, …). */
  balancerUrl: (service: string) => string;
  replicas: number;
  gateways: number;
}

async function planned(
  name: string,
  host: string,
  entry: string,
  portVariable: string,
  env: NodeJS.ProcessEnv,
): Promise<ClusterProcess> {
  const port = await freePortAt(host);
  return {
    name,
    host,
    port,
    command: { entry },
    env: { ...env, HOST: host, [portVariable]: String(port) },
  };
}

/**
 * Every Node process of the cluster, in rolling-restart order: the core subgraphs' replicas
 * (MIGRATE=false: migrations ran once before them), the gateways (the registry in PostgreSQL,
 * each subgraph through its balancer), then the guest, which migrates its own database as a
 * centre's own release would.
 */
export async function planProcesses(inputs: LayoutInputs): Promise<ClusterProcess[]> {
  const { env, databaseUrl, balancerUrl } = inputs;
  const common = {
    ...env,
    ORGANIZATIONS_URL: `${balancerUrl("organizations")}/graphql`,
    GATEWAY_URL: balancerUrl("gateway"),
  };
  const processes: ClusterProcess[] = [];
  for (const [index, name] of CORE_SUBGRAPHS.entries())
    for (let replica = 1; replica <= inputs.replicas; replica += 1) {
      const entry = `subgraphs/${name}/index.ts`;
      const subgraphEnv = { ...common, ...databaseUrl(name), MIGRATE: "false", SEED: "true" };
      const port = `${environmentPrefix(name)}_PORT`;
      const added = await planned(
        `${name}-${replica}`,
        subgraphHost(index, replica),
        entry,
        port,
        subgraphEnv,
      );
      processes.push({ ...added, balanced: `${name}/${added.name}` });
    }
  const subgraphUrls = CORE_SUBGRAPHS.map((name) => [
    `${environmentPrefix(name)}_URL`,
    `${balancerUrl(name)}/graphql`,
  ]);
  const gatewayEnv = {
    ...common,
    ...databaseUrl("registry"),
    ...Object.fromEntries(subgraphUrls),
    MIGRATE: "false",
  };
  for (let replica = 1; replica <= inputs.gateways; replica += 1) {
    const added = await planned(
      `gateway-${replica}`,
      gatewayHost(replica),
      "gateway/index.ts",
      "GATEWAY_PORT",
      gatewayEnv,
    );
    processes.push({ ...added, balanced: `gateway/${added.name}` });
  }
  const guestEnv = { ...common, ...databaseUrl(GUEST), MIGRATE: "true" };
  const guestPort = `${environmentPrefix(GUEST)}_PORT`;
  processes.push(
    await planned(GUEST, GUEST_HOST, `subgraphs/${GUEST}/index.ts`, guestPort, guestEnv),
  );
  return processes;
}

/** The balancer's frontends: the gateways', and each core subgraph's, over their replicas. */
export function balancedServices(
  processes: ClusterProcess[],
  ports: Record<string, number>,
): BalancedService[] {
  return ["gateway", ...CORE_SUBGRAPHS].map((name) => ({
    name,
    port: ports[name],
    servers: processes.filter((item) => item.balanced?.startsWith(`${name}/`)),
  }));
}

export const isGateway = (item: ClusterProcess) => item.balanced?.startsWith("gateway/") === true;
