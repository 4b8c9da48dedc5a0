import { execFile } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
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
import {
  balancedServices,
  BALANCER_HOST,
  CORE_SUBGRAPHS,
  GUEST,
  isGateway,
  planProcesses,
  POSTGRES_HOST,
  type ClusterProcess,
} from "./layout";
import { freePortAt, launch, signalAndWait, waitReady, type Managed } from "./managed";
import { startPostgres, type PrivatePostgres } from "./postgres";

/** How long `restart("postgres")` leaves the server down: an outage, not just a blink. */
const POSTGRES_DOWN_MS = 3000;

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

/** Debian's HAProxy, at /usr/sbin (not on every user's PATH), else the first on PATH. */
function haproxyProgram(): string {
  const folders = ["/usr/sbin", ...(process.env.PATH ?? "").split(delimiter)];
  const found = folders.map((folder) => join(folder, "haproxy")).find((path) => existsSync(path));
  if (!found) throw new Error("HAProxy is not installed: apt-get install haproxy");
  return found;
}

/** Starts HAProxy over `processes` and waits until it finds every subgraph replica ready. */
async function startBalancer(
  program: string,
  dir: string,
  ports: Record<string, number>,
  processes: ClusterProcess[],
  healthCheck: HealthCheck,
  timeoutMs: number,
): Promise<Managed> {
  const config = join(dir, "haproxy.cfg");
  const services = balancedServices(processes, ports);
  writeFileSync(config, haproxyConfig(BALANCER_HOST, ports.stats, services, healthCheck));
  const haproxy: Managed = {
    name: "haproxy",
    host: BALANCER_HOST,
    port: ports.stats,
    env: process.env,
    command: { program, args: ["-f", config, "-db"] },
  };
  launch(haproxy, join(dir, "logs"));
  const stats = `http://${BALANCER_HOST}:${ports.stats}/stats`;
  const subgraphs = processes.filter((item) => item.balanced && !isGateway(item));
  await waitUntil(
    "the balancer to find every subgraph replica ready",
    async () => {
      const states = await serverStates(stats);
      return subgraphs.every((item) => states[item.balanced!] === "UP");
    },
    timeoutMs,
  );
  return haproxy;
}

/** The environment every process shares: this one's, less what would point it elsewhere. */
function sharedEnvironment(options: ClusterOptions, delayMs: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: options.logLevel ?? "info" };
  for (const name of ["DATABASE_URL", "REGISTRY_DATABASE", "REGISTRY"]) delete env[name];
  // Each gateway replica is one process unless asked (GATEWAY_WORKERS is one per core by
  // default): the replicas already share the machine's cores with everything else here.
  const workers = env.GATEWAY_WORKERS ?? "1";
  return {
    ...env,
    LOG_PRETTY: "false",
    SHUTDOWN_DELAY_MS: String(delayMs),
    GATEWAY_WORKERS: workers,
  };
}

/**
 * Starts the platform as several "hosts" on this machine: a private PostgreSQL with one database
 * per subgraph and the registry's, migrated once; replicas of each core subgraph (MIGRATE=false)
 * and gateway replicas sharing the registry, each behind HAProxy; the guest subgraph on its own
 * address, registered and published through the registry. Resolves once everything serves.
 */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const balancer = haproxyProgram();
  const temporary = options.dir === undefined;
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "ngo-graph-cluster-"));
  chmodSync(dir, 0o755); // the postgres user must reach its folder inside
  mkdirSync(join(dir, "logs"), { recursive: true });
  mkdirSync(join(dir, "postgres"), { recursive: true });
  const startMs = options.startTimeoutMs ?? 120_000;
  const delayMs = options.shutdownDelayMs ?? 2000;
  let processes: ClusterProcess[] = [];
  let postgres: PrivatePostgres | undefined;
  let haproxy: Managed | undefined;
  const stop = async () => {
    await Promise.all(processes.map((item) => signalAndWait(item, "SIGTERM", delayMs + 20_000)));
    if (haproxy) await signalAndWait(haproxy, "SIGTERM", 5000);
    await postgres?.stop();
    if (temporary) rmSync(dir, { recursive: true, force: true });
  };
  try {
    const pg = await startPostgres(
      join(dir, "postgres"),
      POSTGRES_HOST,
      await freePortAt(POSTGRES_HOST),
    );
    postgres = pg;
    await pg.createDatabases([...CORE_SUBGRAPHS, GUEST, "registry"]);
    const env = sharedEnvironment(options, delayMs);
    const databaseUrl = (name: string) => ({
      [`${name === "registry" ? "REGISTRY" : environmentPrefix(name)}_DATABASE_URL`]: pg.url(name),
    });
    await migrate({
      ...env,
      ...Object.assign({}, ...[...CORE_SUBGRAPHS, "registry"].map(databaseUrl)),
    });
    const ports: Record<string, number> = {};
    for (const name of ["gateway", "stats", ...CORE_SUBGRAPHS])
      ports[name] = await freePortAt(BALANCER_HOST);
    const balancerUrl = (name: string) => `http://${BALANCER_HOST}:${ports[name]}`;
    processes = await planProcesses({
      env,
      databaseUrl,
      balancerUrl,
      replicas: options.replicas ?? 2,
      gateways: options.gateways ?? 2,
    });
    const stats = `${balancerUrl("stats")}/stats`;
    const processUrl = (item: Managed) => `http://${item.host}:${item.port}`;
    const startOne = async (item: ClusterProcess) => {
      launch(item, join(dir, "logs"));
      await waitReady(item, `${processUrl(item)}/ready`, startMs);
      if (item.balanced)
        await waitUntil(
          `the balancer to put ${item.name} in rotation`,
          async () => (await serverStates(stats))[item.balanced!] === "UP",
          startMs,
        );
    };
    const guest = processes.find((item) => item.name === GUEST)!;
    const subgraphs = processes.filter((item) => item.balanced && !isGateway(item));
    // The replicas start together: seeding inserts only missing rows, so they do not collide.
    await Promise.all(
      subgraphs.map(
        (item) => (
          launch(item, join(dir, "logs")),
          waitReady(item, `${processUrl(item)}/ready`, startMs)
        ),
      ),
    );
    const healthCheck = options.healthCheck ?? DEFAULT_HEALTH_CHECK;
    haproxy = await startBalancer(balancer, dir, ports, processes, healthCheck, startMs);
    await Promise.all(processes.filter(isGateway).map(startOne));
    await startOne(guest);
    await joinGuest(balancerUrl("gateway"), GUEST, `${processUrl(guest)}/graphql`, env);
    const find = (name: string) => {
      const item = processes.find((candidate) => candidate.name === name);
      if (!item) throw new Error(`no process "${name}" in the cluster`);
      return item;
    };
    return {
      urls: {
        gateway: `${balancerUrl("gateway")}/graphql`,
        stats,
        subgraphs: Object.fromEntries(
          CORE_SUBGRAPHS.map((name) => [name, `${balancerUrl(name)}/graphql`]),
        ),
        processes: Object.fromEntries(processes.map((item) => [item.name, processUrl(item)])),
        postgres: pg.url("postgres"),
      },
      dir,
      processNames: processes.map((item) => item.name),
      restart: async (name) => {
        if (name === "postgres") return pg.restart(POSTGRES_DOWN_MS);
        await signalAndWait(find(name), "SIGTERM", delayMs + 20_000);
        await startOne(find(name));
      },
      kill: (name, signal = "SIGKILL") => signalAndWait(find(name), signal, delayMs + 20_000),
      start: async (name) => {
        if (!find(name).child) await startOne(find(name));
      },
      states: () => serverStates(stats),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
