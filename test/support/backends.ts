import { randomBytes } from "node:crypto";
import { Client } from "pg";

/**
 * The databases the through-the-gateway suites run on: embedded SQLite always, and PostgreSQL
 * too when TEST_DATABASE_URL names a server (CI starts one). Each suite gets a fresh database.
 */
export interface Backend {
  name: string;
  /** A URL of a new, empty database, or undefined for in-memory SQLite. */
  createDatabase: () => Promise<string | undefined>;
}

const serverUrl = process.env.TEST_DATABASE_URL;

async function freshPostgresDatabase(url: string): Promise<string> {
  const name = `ngo_graph_test_${randomBytes(6).toString("hex")}`;
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return fresh.toString();
}

export const backends: [string, Backend][] = [
  ["SQLite", { name: "SQLite", createDatabase: async () => undefined }],
  ...(serverUrl
    ? ([
        [
          "PostgreSQL",
          { name: "PostgreSQL", createDatabase: () => freshPostgresDatabase(serverUrl) },
        ],
      ] as [string, Backend][])
    : []),
];
