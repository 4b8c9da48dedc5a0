import { COORDINATOR_OWNER, type Role } from "../subgraphs/shared/auth/principal";
import { readLifetimeRules } from "../subgraphs/shared/auth/lifetime";
import { loadAuthSettings } from "../gateway/service-token-settings";
import { signToken } from "../gateway/service-tokens";
import { readFlags } from "../subgraphs/shared/flags";

const USAGE =
  "usage: npm run --silent token -- --centre <organization id> [--role centre|coordinator] [--ttl 1h]";
const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Reads `--ttl` such as `30m`, `1h`, `7d` into seconds. */
export function parseTtl(value: string): number {
  const match = /^(\d+)([smhd])$/.exec(value);
  if (!match || Number(match[1]) === 0)
    throw new Error(`--ttl must look like 30m, 1h or 7d, got "${value}"`);
  return Number(match[1]) * UNITS[match[2]];
}

/**
 * `npm run token`: prints a service token (for machines and scripts) for a centre or the
 * coordinator, which the gateway accepts; people sign in through the OpenID Connect provider.
 */
function main(argv: string[]): void {
  const flags = readFlags(argv, ["centre", "role", "ttl"], USAGE);
  const role = (flags.role ?? "centre") as Role;
  if (role !== "centre" && role !== "coordinator")
    throw new Error(`--role must be centre or coordinator, got "${role}"`);
  const centre = flags.centre ?? (role === "coordinator" ? COORDINATOR_OWNER : undefined);
  if (!centre) throw new Error(`--centre is required for a centre's token\n${USAGE}`);
  if (role === "centre" && centre === COORDINATOR_OWNER) {
    throw new Error(`"${COORDINATOR_OWNER}" is reserved: use --role coordinator`);
  }
  const ttl = parseTtl(flags.ttl ?? "1h");
  // The gateway refuses a token issued for longer than this, so none is printed.
  const { maxLifetimeSeconds } = readLifetimeRules(process.env);
  if (ttl > maxLifetimeSeconds)
    throw new Error(
      `--ttl may be at most ${maxLifetimeSeconds} s (AUTH_MAX_TOKEN_LIFETIME_SECONDS), got ${ttl} s`,
    );
  const settings = loadAuthSettings();
  if (settings.algorithm === "HS256" && settings.development) {
    console.error("note: signed with the development secret; set AUTH_JWT_SECRET for real use");
  }
  console.log(signToken(settings, { organizationId: centre, role }, ttl));
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
