import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readOptional, readPort, type Env } from "../subgraphs/shared/env";
import { newSigningJwk, publicJwks, writeJson } from "./keys";

/**
 * What only the gateway may hold: the keys that sign, the service-token secret, the subgraphs'
 * client secrets and the sign-in settings. `npm start` gives a subgraph none of them, as a
 * production subgraph refuses to start with any (see loadSubgraphAuth).
 */
const GATEWAY_ONLY = [
  "AUTH_JWT_SECRET",
  "AUTH_PRIVATE_KEY_FILE",
  "AUTH_PUBLIC_KEY_FILE",
  "AUTH_JWKS_FILE",
  "GATEWAY_SIGNING_KEYS_FILE",
  "SUBGRAPH_CLIENTS_FILE",
  "REGISTRY_DATABASE_URL",
];

/** The development identity provider's port under `npm start`. */
export const DEFAULT_IDENTITY_PORT = 4010;

export interface ProcessEnvironments {
  gateway: Env;
  subgraph(name: string): Env;
  /** The development identity provider's environment; undefined when it is not started. */
  identity?: Env;
}

/**
 * In production without SUBGRAPH_CLIENTS_FILE, one set of random client secrets for this run, so
 * the subgraphs started together can still call each other on a caller's behalf.
 */
function clientSecretsFile(names: string[]): { path: string; secrets: Record<string, string> } {
  const secrets = Object.fromEntries(names.map((name) => [name, randomBytes(32).toString("hex")]));
  const path = join(mkdtempSync(join(tmpdir(), "ngo-graph-clients-")), "clients.json");
  writeFileSync(
    path,
    JSON.stringify(
      Object.fromEntries(
        names.map((name) => [name, { secret: secrets[name], audiences: ["organizations"] }]),
      ),
    ),
    { mode: 0o600 },
  );
  return { path, secrets };
}

function readClientSecrets(path: string): Record<string, string> {
  const parsed = JSON.parse(readFileSync(path, "utf8")) as Record<string, { secret?: string }>;
  return Object.fromEntries(
    Object.entries(parsed).map(([name, { secret }]) => [name, secret ?? ""]),
  );
}

/**
 * The environment of each process `npm start` runs, from its own: the gateway gets all of it
 * (and, in development, the local identity provider as OIDC_ISSUER); each subgraph gets it less
 * what only the gateway may hold, plus where the gateway publishes its keys and its own client
 * secret.
 */
export function processEnvironments(
  env: Env,
  gatewayPort: number,
  subgraphs: string[],
): ProcessEnvironments {
  const production = env.NODE_ENV === "production";
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  // `npm start` runs the network's registry (REGISTRY=false serves schema/ as a file).
  const gateway: Env = { REGISTRY: "true", ...env };
  let identity: Env | undefined;
  if (!production && readOptional(env, "OIDC_ISSUER") === undefined) {
    const port = readPort(env, "OIDC_DEV_PORT", DEFAULT_IDENTITY_PORT);
    gateway.OIDC_ISSUER = `http://127.0.0.1:${port}`;
    identity = {
      ...env,
      OIDC_DEV_PORT: String(port),
      OIDC_DEV_DASHBOARD_URLS: `http://localhost:${gatewayPort}/dashboard/,${gatewayUrl}/dashboard/`,
    };
  }
  let secrets: Record<string, string> = {};
  const clientsFile = readOptional(env, "SUBGRAPH_CLIENTS_FILE");
  if (clientsFile !== undefined) secrets = readClientSecrets(clientsFile);
  else if (production) {
    const generated = clientSecretsFile(subgraphs);
    gateway.SUBGRAPH_CLIENTS_FILE = generated.path;
    secrets = generated.secrets;
  }
  const base: Env = { ...env };
  for (const name of [
    ...GATEWAY_ONLY,
    ...Object.keys(env).filter((key) => key.startsWith("OIDC_")),
  ])
    delete base[name];
  if (readOptional(env, "GATEWAY_SIGNING_KEYS_FILE") !== undefined && !env.GATEWAY_JWKS_FILE)
    base.GATEWAY_JWKS_URL ??= `${gatewayUrl}/.well-known/jwks.json`;
  base.GATEWAY_URL ??= gatewayUrl;
  return {
    gateway,
    identity,
    subgraph: (name) => ({
      ...base,
      ...(secrets[name] ? { SUBGRAPH_CLIENT_SECRET: secrets[name] } : {}),
    }),
  };
}

/**
 * A fresh signing key in a temporary folder, for tools and tests that run the platform in
 * production posture: what the gateway's environment adds (GATEWAY_SIGNING_KEYS_FILE and a
 * service-token secret), and what a subgraph's adds (the public keys, GATEWAY_JWKS_FILE).
 */
export async function productionKeys(): Promise<{
  gateway: Record<string, string>;
  subgraph: Record<string, string>;
}> {
  const folder = mkdtempSync(join(tmpdir(), "ngo-graph-keys-"));
  const file = join(folder, "gateway-signing.json");
  const publicFile = join(folder, "gateway-jwks.json");
  const keys = [await newSigningJwk()];
  writeJson(file, { keys });
  writeJson(publicFile, publicJwks(keys));
  return {
    gateway: {
      NODE_ENV: "production",
      GATEWAY_SIGNING_KEYS_FILE: file,
      AUTH_JWT_SECRET: randomBytes(32).toString("hex"),
    },
    subgraph: { NODE_ENV: "production", GATEWAY_JWKS_FILE: publicFile },
  };
}

/** The gateway's half of productionKeys. */
export async function productionKeyEnv(): Promise<Record<string, string>> {
  return (await productionKeys()).gateway;
}
