import { execFile } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { environmentPrefix } from "../../subgraphs/shared/subgraph-config";
import { entryArgs } from "../entry";
import { joinGuest } from "./guest";
import {
  DEFAULT_HEALTH_CHECK,
  haproxyConfig,
  serverStates,
  type HealthCheck,
  type ServerStates,
} from "./haproxy";
import { freePortAt, launch, signalAndWait, waitReady, type Managed } from "./managed";
import { startPostgres } from "./postgres";

/** The core subgraphs, each run as replicas behind the balancer. */
export const CORE_SUBGRAPHS = ["regions", "organizations", "events", "programmes"];
/** The guest subgraph, on its own "host", joined through the registry. */
export const GUEST = "volunteers";

/** Each "host" has an address of its own on loopback (all of 127.0.0.0/8 reaches this machine). */
const BALANCER_HOST = "127.0.0.10";
const POSTGRES_HOST = "127.0.0.5";
const GUEST_HOST = "127.0.0.60";
const HAPROXY = "/usr/sbin/haproxy";
/** How long `restart("postgres")` leaves the server down: an outage, not just a blink. */
const POSTGRES_DOWN_MS = 3000;
const gatewayHost = (replica: number) => `127.0.0.${10 + replica}`;
const subgraphHost = (index: number, replica: number) => `127.0.0.${20 + index * 10 + replica}`;
// regions 127.0.0.21–22, organizations .31–32, events .41–42, programmes .51–52

export interface ClusterOptions {
  /** Where PostgreSQL's data and the logs go; a temporary folder (removed by `stop`) by default. */
  dir?: string;
  /** Replicas of each core subgraph (2). */
  replicas?: number;
  /** Gateway replicas (2). */
  gateways?: number;
  /** SHUTDOWN_DELAY_MS of every process: longer than the check interval × fall (2000). */
  shutdownDelayMs?: number;
  healthCheck?: HealthCheck;
  /** LOG_LEVEL of every process (info). */
  logLevel?: string;
  /** How long one process may take to become ready, in milliseconds (120000). */
  startTimeoutMs?: number;
}

export interface ClusterUrls {
  /** The balancer in front of the gateways: what clients use. */
  gateway: string;
  /** The balancer's statistics page (`;csv` appended for machines). */
  stats: string;
  /** The balancer's frontend of each core subgraph. */
  subgraphs: Record<string, string>;
  /** Each process's own base URL, by process name (`events-2`, `gateway-1`, `volunteers`). */
  processes: Record<string, string>;
  /** The PostgreSQL server (database `postgres`). */
  postgres: string;
}

export interface Cluster {
  urls: ClusterUrls;
  /** Where the data and the logs (`logs/<process>.log`) are. */
  dir: string;
  /** The processes `restart` and `kill` take, in rolling-restart order: subgraphs, gateways, guest. */
  processNames: string[];
  /**
   * Stops one process with SIGTERM (it leaves the rotation, then drains), starts it again and
   * waits until it is ready and the balancer has put it back. `postgres` stops the server for
   * a 3 s outage, then starts it again, and nothing else.
   */
  restart: (name: string) => Promise<void>;
  /** Sends `signal` (SIGKILL by default) and waits for the exit; `start` brings it back. */
  kill: (name: string, signal?: NodeJS.Signals) => Promise<void>;
  start: (name: string) => Promise<void>;
  /** Every balanced server's state as the balancer sees it (`events/events-1` → `UP`). */
  states: () => Promise<ServerStates>;
  /** Stops every process (gateways and subgraphs drain), the balancer, then PostgreSQL. */
  stop: () => Promise<void>;
}

interface Node extends Managed {
  /** The balancer's `<backend>/<server>` for it, when balanced. */
  balanced?: string;
}

/** Runs `npm run migrate` once, for the core subgraphs and the registry, before any replica. */
async function migrate(env: NodeJS.ProcessEnv): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    [...entryArgs("tools/migrate.ts"), ...CORE_SUBGRAPHS, "registry"],
    { env },
  ).catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`migrations failed:\n${error.stdout ?? ""}${error.stderr ?? ""}`);
  });
}

async function waitUntil(what: string, check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}`);
}

/**
 * Starts the platform as several "hosts" on this machine: a private PostgreSQL with one database
 * per subgraph and the registry's, migrated once; replicas of each core subgraph (MIGRATE=false)
 * and gateway replicas sharing the registry, each behind HAProxy; the guest subgraph on its own
 * address, registered and published through the registry. Resolves once everything serves.
 */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const temporary = options.dir === undefined;
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "ngo-graph-cluster-"));
  chmodSync(dir, 0o755); // the postgres user must reach its folder inside
  const logDir = join(dir, "logs");
  mkdirSync(logDir, { recursive: true });
  mkdirSync(join(dir, "postgres"), { recursive: true });
  const startMs = options.startTimeoutMs ?? 120_000;
  const delayMs = options.shutdownDelayMs ?? 2000;
  const nodes: Node[] = [];
  let postgres: Awaited<ReturnType<typeof startPostgres>> | undefined;
  let haproxy: Managed | undefined;

  const stop = async () => {
    await Promise.all(nodes.map((node) => signalAndWait(node, "SIGTERM", delayMs + 20_000)));
    if (haproxy) await signalAndWait(haproxy, "SIGTERM", 5000);
    await postgres?.stop();
    if (temporary) rmSync(dir, { recursive: true, force: true });
  };
  try {
    postgres = await startPostgres(
      join(dir, "postgres"),
      POSTGRES_HOST,
      await freePortAt(POSTGRES_HOST),
    );
    await postgres.createDatabases([...CORE_SUBGRAPHS, GUEST, "registry"]);
    const base: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: options.logLevel ?? "info" };
    for (const name of ["DATABASE_URL", "REGISTRY_DATABASE", "REGISTRY"]) delete base[name];
    Object.assign(base, { LOG_PRETTY: "false", SHUTDOWN_DELAY_MS: String(delayMs) });
    const databaseUrl = (name: string) => ({
      [`${name === "registry" ? "REGISTRY" : environmentPrefix(name)}_DATABASE_URL`]:
        postgres!.url(name),
    });
    await migrate({
      ...base,
      ...Object.assign({}, ...[...CORE_SUBGRAPHS, "registry"].map(databaseUrl)),
    });

    const port = () => freePortAt(BALANCER_HOST);
    const frontends: Record<string, number> = { gateway: await port(), stats: await port() };
    for (const name of CORE_SUBGRAPHS) frontends[name] = await port();
    const balancerUrl = (name: string) => `http://${BALANCER_HOST}:${frontends[name]}`;
    const gatewayBase = balancerUrl("gateway");
    const common = {
      ...base,
      ORGANIZATIONS_URL: `${balancerUrl("organizations")}/graphql`,
      GATEWAY_URL: gatewayBase,
    };
    const node = async (name: string, host: string, entry: string, env: object) => {
      const added: Node = { name, host, port: await freePortAt(host), command: { entry }, env: {} };
      added.env = { ...common, ...env, HOST: host };
      nodes.push(added);
      return added;
    };
    for (const [index, name] of CORE_SUBGRAPHS.entries())
      for (let replica = 1; replica <= (options.replicas ?? 2); replica += 1) {
        const host = subgraphHost(index, replica);
        const added = await node(`${name}-${replica}`, host, `subgraphs/${name}/index.ts`, {
          ...databaseUrl(name),
          MIGRATE: "false",
          SEED: "true",
        });
        added.env[`${environmentPrefix(name)}_PORT`] = String(added.port);
        added.balanced = `${name}/${added.name}`;
      }
    for (let replica = 1; replica <= (options.gateways ?? 2); replica += 1) {
      const added = await node(`gateway-${replica}`, gatewayHost(replica), "gateway/index.ts", {
        ...databaseUrl("registry"),
        MIGRATE: "false",
        ...Object.fromEntries(
          CORE_SUBGRAPHS.map((name) => [
            `${environmentPrefix(name)}_URL`,
            `${balancerUrl(name)}/graphql`,
          ]),
        ),
      });
      added.env.GATEWAY_PORT = String(added.port);
      added.balanced = `gateway/${added.name}`;
    }
    const guest = await node(GUEST, GUEST_HOST, `subgraphs/${GUEST}/index.ts`, {
      ...databaseUrl(GUEST),
      // The guest's own host runs its own release: its one process migrates its database.
      MIGRATE: "true",
    });
    guest.env[`${environmentPrefix(GUEST)}_PORT`] = String(guest.port);

    const processUrl = (item: Managed) => `http://${item.host}:${item.port}`;
    const stats = `${balancerUrl("stats")}/stats`;
    const byName = (name: string) => nodes.find((item) => item.name === name);
    const startNode = async (item: Node) => {
      launch(item, logDir);
      await waitReady(item, `${processUrl(item)}/ready`, startMs);
      if (item.balanced)
        await waitUntil(
          `the balancer to put ${item.name} in rotation`,
          async () => (await serverStates(stats))[item.balanced!] === "UP",
          startMs,
        );
    };

    const isGateway = (item: Node) => item.balanced?.startsWith("gateway/") === true;
    const subgraphs = nodes.filter((item) => item.balanced && !isGateway(item));
    await Promise.all(
      subgraphs.map(
        (item) => (launch(item, logDir), waitReady(item, `${processUrl(item)}/ready`, startMs)),
      ),
    );
    const services = ["gateway", ...CORE_SUBGRAPHS].map((name) => ({
      name,
      port: frontends[name],
      servers: nodes.filter((item) => item.balanced?.startsWith(`${name}/`)),
    }));
    const config = join(dir, "haproxy.cfg");
    writeFileSync(
      config,
      haproxyConfig(
        BALANCER_HOST,
        frontends.stats,
        services,
        options.healthCheck ?? DEFAULT_HEALTH_CHECK,
      ),
    );
    haproxy = {
      name: "haproxy",
      host: BALANCER_HOST,
      port: frontends.stats,
      env: process.env,
      // Debian's, at /usr/sbin (not on every user's PATH); else whichever PATH finds.
      command: { program: existsSync(HAPROXY) ? HAPROXY : "haproxy", args: ["-f", config, "-db"] },
    };
    launch(haproxy, logDir);
    await waitUntil(
      "the balancer to find every subgraph replica ready",
      async () => {
        const states = await serverStates(stats);
        return subgraphs.every((item) => states[item.balanced!] === "UP");
      },
      startMs,
    );
    await Promise.all(nodes.filter(isGateway).map(startNode));
    await startNode(guest);
    await joinGuest(gatewayBase, GUEST, `${processUrl(guest)}/graphql`, base);
    return {
      urls: {
        gateway: `${gatewayBase}/graphql`,
        stats,
        subgraphs: Object.fromEntries(
          CORE_SUBGRAPHS.map((name) => [name, `${balancerUrl(name)}/graphql`]),
        ),
        processes: Object.fromEntries(nodes.map((item) => [item.name, processUrl(item)])),
        postgres: postgres.url("postgres"),
      },
      dir,
      processNames: nodes.map((item) => item.name),
      restart: async (name) => {
        if (name === "postgres") return postgres!.restart(POSTGRES_DOWN_MS);
        const item = byName(name);
        if (!item) throw new Error(`no process "${name}" in the cluster`);
        await signalAndWait(item, "SIGTERM", delayMs + 20_000);
        await startNode(item);
      },
      kill: async (name, signal = "SIGKILL") => {
        const item = byName(name);
        if (!item) throw new Error(`no process "${name}" in the cluster`);
        await signalAndWait(item, signal, delayMs + 20_000);
      },
      start: async (name) => {
        const item = byName(name);
        if (!item) throw new Error(`no process "${name}" in the cluster`);
        if (!item.child) await startNode(item);
      },
      states: () => serverStates(stats),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
