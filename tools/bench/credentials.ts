import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createTokenMinter } from "../../gateway/minter";
import { loadSigningKeys } from "../../gateway/signing-keys";
import { loadAuthSettings } from "../../gateway/service-token-settings";
import { signToken } from "../../gateway/service-tokens";
import { readPositiveInt } from "../../subgraphs/shared/env";
import { readFlags } from "../../subgraphs/shared/flags";
import { startStack } from "../../test/support/stack";
import { measure } from "./load";

const USAGE = "usage: npm run bench:credentials -- [--rounds 3] [--duration 5] [--connections 20]";

/** Microseconds per call of `run`, over `count` calls. */
async function perCall(count: number, run: (index: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let index = 0; index < count; index += 1) await run(index);
  return ((performance.now() - started) * 1000) / count;
}

/**
 * `npm run bench:credentials`: what the gateway's credential work costs. It measures one ES256
 * signature (a token minted afresh), a token reused from the minter's cache, and the throughput
 * of the Tyumen region query (four subgraphs) through the gateway, anonymous and with a centre's
 * service token, in alternating rounds on the same stack. The authenticated request verifies the
 * caller, checks the centre is live (cached) and sends each subgraph its own minted token
 * (cached); the anonymous one does none of it. The whole stack runs in this process.
 */
async function main(argv: string[]): Promise<void> {
  const flags = readFlags(argv, ["rounds", "duration", "connections"], USAGE);
  const rounds = readPositiveInt({ v: flags.rounds }, "v", 3);
  const seconds = readPositiveInt({ v: flags.duration }, "v", 5);
  const connections = readPositiveInt({ v: flags.connections }, "v", 20);
  const minter = createTokenMinter(await loadSigningKeys({}));
  const principal = { organizationId: "org-rc-tyumen", role: "centre" as const };
  const fresh = await perCall(2000, () => minter.mint(principal, "events"));
  const reused = await perCall(20000, () => minter.tokenFor(principal, "events"));
  console.log(`| minting | µs per token |\n|---|---|`);
  console.log(
    `| a fresh ES256 token | ${fresh.toFixed(1)} |\n| a reused token (cache) | ${reused.toFixed(2)} |\n`,
  );

  const stack = await startStack();
  try {
    const query = readFileSync(
      join(__dirname, "..", "..", "schema", "operations", "tyumen-region.graphql"),
      "utf8",
    );
    const workload = {
      id: "tyumen",
      title: "Tyumen region",
      join: true,
      bodies: [JSON.stringify({ query })],
    };
    const token = signToken(loadAuthSettings({}), principal, 3600);
    const variants: [string, Record<string, string>][] = [
      ["anonymous", {}],
      ["a centre's credential", { authorization: `Bearer ${token}` }],
    ];
    const totals = new Map<string, number>();
    for (let round = 0; round < rounds; round += 1) {
      for (const [name, headers] of round % 2 ? [...variants].reverse() : variants) {
        const sample = await measure(stack.gateway.url, workload, connections, seconds, headers);
        if (sample.failures) throw new Error(`${name}: ${sample.failures} requests failed`);
        const rate = sample.requests / sample.seconds;
        totals.set(name, (totals.get(name) ?? 0) + rate);
        process.stderr.write(
          `round ${round + 1} ${name}: ${rate.toFixed(0)} req/s, p99 ${sample.p99} ms\n`,
        );
      }
    }
    const anonymous = totals.get("anonymous")! / rounds;
    const signedIn = totals.get("a centre's credential")! / rounds;
    console.log(
      `| Tyumen region through the gateway | req/s (mean of ${rounds} rounds) |\n|---|---|`,
    );
    console.log(
      `| anonymous | ${anonymous.toFixed(0)} |\n| a centre's credential | ${signedIn.toFixed(0)} |`,
    );
    console.log(`| ratio | ${(signedIn / anonymous).toFixed(2)} |`);
  } finally {
    await stack.close();
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
