import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./spawned";

/**
 * A private PostgreSQL server that a test may stop and start again, made with initdb as .ci/run
 * makes the shared one (as the `postgres` user when the tests run as root, since PostgreSQL
 * refuses to run as root).
 */
export interface PostgresServer {
  /** A URL of its `postgres` database. */
  url: string;
  start: () => void;
  /** `pg_ctl stop -m fast`: open transactions roll back, every connection is closed. */
  stop: () => void;
  /** Stops it if it runs, and removes its files. */
  remove: () => void;
}

const VERSIONS = "/usr/lib/postgresql";

/** The bin folder of the newest PostgreSQL installed from Debian's packages, if any. */
export function postgresBin(): string | undefined {
  if (!existsSync(VERSIONS)) return undefined;
  const versions = readdirSync(VERSIONS)
    .filter((version) => existsSync(join(VERSIONS, version, "bin", "initdb")))
    .sort((a, b) => Number(a) - Number(b));
  return versions.length ? join(VERSIONS, versions[versions.length - 1], "bin") : undefined;
}

const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/** Runs a PostgreSQL program, as `postgres` under root (like .ci/run), else as this user. */
function run(bin: string, program: string, args: string[]): void {
  const command = [join(bin, program), ...args].map(quote).join(" ");
  if (process.getuid?.() === 0)
    execFileSync("su", ["postgres", "-c", command], { stdio: "pipe", timeout: 60_000 });
  else execFileSync("sh", ["-c", command], { stdio: "pipe", timeout: 60_000 });
}

/** Creates a cluster in a temporary folder and starts it on a free port. */
export async function startPostgresServer(bin: string): Promise<PostgresServer> {
  const dir = mkdtempSync(join(tmpdir(), "ngo-graph-outage-pg-"));
  if (process.getuid?.() === 0) chownSync(dir, uidOf("postgres"), gidOf("postgres"));
  const data = join(dir, "data");
  const port = await freePort();
  run(bin, "initdb", ["-D", data, "-A", "trust", "-U", "postgres"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100`;
  let running = false;
  const server: PostgresServer = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => {
      run(bin, "pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "start"]);
      running = true;
    },
    stop: () => {
      run(bin, "pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      running = false;
    },
    remove: () => {
      if (running) server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  server.start();
  return server;
}

function idOf(flag: "-u" | "-g", user: string): number {
  return Number(execFileSync("id", [flag, user]).toString().trim());
}
const uidOf = (user: string) => idOf("-u", user);
const gidOf = (user: string) => idOf("-g", user);
