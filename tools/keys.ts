import { randomUUID } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { exportJWK, generateKeyPair, type JWK } from "jose";
import { readFlags } from "../subgraphs/shared/flags";

const USAGE = `usage: npm run keys -- <command> --file <signing keys file> [--public <jwks file>]
  new       write a file with one new signing key (refuses to overwrite)
  add       add a new key at the end: published, not yet signing (rotation, step 1)
  promote   make the newest key the one that signs (rotation, step 2)
  retire    drop every key but the one that signs (rotation, step 3)
  --public  also write the public keys (for GATEWAY_JWKS_FILE) to this file`;

/** A new ES256 private key as a JWK with a unique `kid`. */
export async function newSigningJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair("ES256", { extractable: true });
  const kid = `gateway-${new Date().toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`;
  return { ...(await exportJWK(privateKey)), kid, alg: "ES256", use: "sig" };
}

/** The public half of a set of private JWKs: what GATEWAY_JWKS_FILE holds. */
export function publicJwks(keys: JWK[]): { keys: JWK[] } {
  return {
    keys: keys.map(({ kty, crv, x, y, kid, alg, use }) => ({ kty, crv, x, y, kid, alg, use })),
  };
}

/** Writes a file whole (write, then rename), so a gateway watching it never reads half of it. */
export function writeJson(path: string, value: unknown): void {
  writeFileSync(`${path}.tmp`, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}

function readKeys(path: string): JWK[] {
  return (JSON.parse(readFileSync(path, "utf8")) as { keys: JWK[] }).keys;
}

/** Applies one command of USAGE to the keys of `file`; returns the new list. */
export async function changeKeys(command: string, file: string): Promise<JWK[]> {
  switch (command) {
    case "new":
      if (existsSync(file))
        throw new Error(`${file} exists: use add, promote and retire to rotate`);
      return [await newSigningJwk()];
    case "add":
      return [...readKeys(file), await newSigningJwk()];
    case "promote": {
      const keys = readKeys(file);
      return [keys[keys.length - 1], ...keys.slice(0, -1)];
    }
    case "retire":
      return readKeys(file).slice(0, 1);
    default:
      throw new Error(USAGE);
  }
}

/**
 * `npm run keys`: makes and rotates the gateway's signing keys. A rotation without a failed
 * request: `add` (the new key is published; subgraphs learn it within their JWKS cache time),
 * then `promote` (it signs), then, once the longest subgraph token has expired (5 minutes),
 * `retire`. The gateway reads the file again when it changes.
 */
async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const flags = readFlags(rest, ["file", "public"], USAGE);
  if (!command || !flags.file) throw new Error(USAGE);
  const keys = await changeKeys(command, flags.file);
  writeJson(flags.file, { keys });
  if (flags.public) writeJson(flags.public, publicJwks(keys));
  console.log(
    `${flags.file}: ${keys.map((key, index) => `${key.kid}${index === 0 ? " (signs)" : ""}`).join(", ")}`,
  );
}

if (require.main === module)
  main(process.argv.slice(2)).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
