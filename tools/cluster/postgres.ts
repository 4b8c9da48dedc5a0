import { execFile, execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";

/** A private PostgreSQL server: its own data folder, address and port. */
export interface PrivatePostgres {
  /** The URL of one database on it (`postgres` for the server's own). */
  url: (database: string) => string;
  /** Creates each database that does not exist yet. */
  createDatabases: (names: string[]) => Promise<void>;
  /**
   * Stops the server (fast shutdown: open sessions are ended), leaves it down for `downMs`, and
   * starts it again; the caller's event loop runs meanwhile.
   */
  restart: (downMs?: number) => Promise<void>;
  stop: () => Promise<void>;
}

/** The newest PostgreSQL installed the Debian way (/usr/lib/postgresql/<version>/bin). */
export function postgresBin(): string {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((version) => existsSync(join(base, version, "bin", "initdb")))
        .sort((a, b) => Number(a) - Number(b))
    : [];
  if (versions.length === 0)
    throw new Error(`no PostgreSQL under ${base}: install the "postgresql" package`);
  return join(base, versions[versions.length - 1], "bin");
}

/**
 * Runs a PostgreSQL program in a session of its own (so a Ctrl-C at the terminal reaches the
 * cluster, which stops the server last, not the server itself). As root it runs as the
 * `postgres` user (PostgreSQL refuses to run as root), the way .ci/run starts the tests' server.
 */
async function run(program: string, args: string[]): Promise<void> {
  const asRoot = process.getuid?.() === 0;
  const quoted = args.map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(" ");
  const command = asRoot ? ["su", "postgres", "-c", `${program} ${quoted}`] : [program, ...args];
  await promisify(execFile)("setsid", ["-w", ...command]);
}

/**
 * initdb into `folder` (trust authentication, user `postgres`) and starts the server on
 * `host:port`, its socket in `folder` too. `maxConnections` must cover every replica's pool.
 */
export async function startPostgres(
  folder: string,
  host: string,
  port: number,
  maxConnections = 200,
): Promise<PrivatePostgres> {
  const bin = postgresBin();
  const data = join(folder, "data");
  if (process.getuid?.() === 0) {
    chownSync(folder, Number(execFileSync("id", ["-u", "postgres"]).toString().trim()), 0);
    chmodSync(folder, 0o700);
  }
  await run(join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8"]);
  const options = `-p ${port} -k ${folder} -c listen_addresses=${host} -c max_connections=${maxConnections}`;
  const start = () =>
    run(join(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", join(folder, "log"), "-w", "start"]);
  const stop = async () => {
    if (existsSync(join(data, "postmaster.pid")))
      await run(join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
  };
  await start();
  const url = (database: string) => `postgres://postgres@${host}:${port}/${database}`;
  return {
    url,
    createDatabases: async (names) => {
      const client = new Client({ connectionString: url("postgres") });
      await client.connect();
      try {
        for (const name of names) {
          const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
          if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
        }
      } finally {
        await client.end();
      }
    },
    restart: async (downMs = 0) => {
      await stop();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await start();
    },
    stop,
  };
}
