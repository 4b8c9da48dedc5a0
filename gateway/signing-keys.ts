import { createPublicKey, type KeyObject } from "node:crypto";
import { readFileSync, unwatchFile, watchFile } from "node:fs";
import { exportJWK, importJWK, type JWK } from "jose";
import { ConfigError, readOptional, type Env } from "../subgraphs/shared/env";
import { GATEWAY_ALGORITHMS } from "../subgraphs/shared/auth/gateway-tokens";
import { DEVELOPMENT_SIGNING_KEY } from "./development-key";

/** One private key of the gateway, ready to sign, with its public JWK. */
export interface SigningKey {
  kid: string;
  alg: string;
  key: KeyObject;
  publicJwk: JWK;
}

/**
 * The gateway's signing keys. The first signs every new token; all of them are published in the
 * JWKS, so during a rotation tokens signed with the previous key still verify. The set is read
 * again when its file changes, without a restart.
 */
export interface SigningKeys {
  signer(): SigningKey;
  /** The public JWKS: `GET /.well-known/jwks.json`. */
  jwks(): { keys: JWK[] };
  /** True while the published development key signs. */
  readonly development: boolean;
  /** Where the keys come from, for the start-up log. */
  readonly source: string;
  /** Called after the set is read again (a rotation): minted tokens are then signed anew. */
  onChange(listener: () => void): void;
  close(): void;
}

async function importKey(jwk: JWK, where: string): Promise<SigningKey> {
  if (!jwk.kid) throw new ConfigError(`${where}: every key needs a "kid"`);
  const alg = jwk.alg ?? (jwk.kty === "OKP" ? "EdDSA" : "ES256");
  if (!GATEWAY_ALGORITHMS.includes(alg))
    throw new ConfigError(
      `${where}: key "${jwk.kid}" uses ${alg}; the gateway signs with ${GATEWAY_ALGORITHMS.join(" or ")} only`,
    );
  if (!jwk.d) throw new ConfigError(`${where}: key "${jwk.kid}" has no private part ("d")`);
  const key = (await importJWK(jwk, alg)) as KeyObject;
  const publicJwk = await exportJWK(createPublicKey(key));
  return { kid: jwk.kid, alg, key, publicJwk: { ...publicJwk, kid: jwk.kid, alg, use: "sig" } };
}

/** Reads a JWKS of private keys, refusing an empty set, duplicate ids or a symmetric key. */
export async function readSigningKeyFile(path: string): Promise<SigningKey[]> {
  let parsed: { keys?: JWK[] };
  try {
    parsed = JSON.parse(readFileSync(path, "utf8")) as { keys?: JWK[] };
  } catch (error) {
    throw new ConfigError(
      `GATEWAY_SIGNING_KEYS_FILE "${path}" cannot be read as JSON: ${(error as Error).message}`,
    );
  }
  if (!Array.isArray(parsed.keys) || parsed.keys.length === 0)
    throw new ConfigError(`GATEWAY_SIGNING_KEYS_FILE "${path}" holds no "keys"`);
  const keys = await Promise.all(parsed.keys.map((jwk) => importKey(jwk, path)));
  const ids = new Set(keys.map(({ kid }) => kid));
  if (ids.size !== keys.length)
    throw new ConfigError(`GATEWAY_SIGNING_KEYS_FILE "${path}" repeats a "kid"`);
  return keys;
}

function keySet(
  initial: SigningKey[],
  source: string,
  development: boolean,
  watch?: { path: string; pollMs: number },
): SigningKeys {
  let keys = initial;
  const listeners: (() => void)[] = [];
  if (watch) {
    // A bad file (half-written, a typo) leaves the keys in use: the gateway keeps signing.
    watchFile(watch.path, { interval: watch.pollMs }, () => {
      readSigningKeyFile(watch.path).then(
        (next) => {
          keys = next;
          for (const listener of listeners) listener();
        },
        (error: Error) =>
          process.emitWarning(
            `signing keys not reloaded, the previous ones keep signing: ${error.message}`,
          ),
      );
    });
  }
  return {
    signer: () => keys[0],
    jwks: () => ({ keys: keys.map(({ publicJwk }) => publicJwk) }),
    development,
    source,
    onChange: (listener) => listeners.push(listener),
    close: () => {
      if (watch) unwatchFile(watch.path);
    },
  };
}

/**
 * The gateway's signing keys: `GATEWAY_SIGNING_KEYS_FILE`, a JWKS of ES256 or EdDSA private
 * keys (`npm run keys` writes one), watched for changes every `pollMs`; without it, the
 * development key, which NODE_ENV=production refuses.
 */
export async function loadSigningKeys(env: Env, pollMs = 1000): Promise<SigningKeys> {
  const path = readOptional(env, "GATEWAY_SIGNING_KEYS_FILE");
  if (path !== undefined)
    return keySet(await readSigningKeyFile(path), path, false, { path, pollMs });
  if (env.NODE_ENV === "production")
    throw new ConfigError(
      "NODE_ENV=production needs the gateway's own signing key: set GATEWAY_SIGNING_KEYS_FILE (npm run keys writes one)",
    );
  return keySet(
    [await importKey(DEVELOPMENT_SIGNING_KEY, "development key")],
    "the DEVELOPMENT key",
    true,
  );
}
