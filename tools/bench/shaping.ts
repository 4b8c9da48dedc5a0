import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { operationFromDocument, Supergraph, type Operation } from "@apollo/federation-internals";
import { parse } from "graphql";
import { compiledComputeResponse, type ComputeResponse } from "../../gateway/result-shaping";
import { apolloComputeResponse } from "../../gateway/shaping-switch";
import { readPositiveInt } from "../../subgraphs/shared/env";
import { readFlags } from "../../subgraphs/shared/flags";
import { HEAVY_QUERY } from "./heavy";

const USAGE = "usage: npm run bench:shaping -- [--rounds 10] [--calls 200]";

/**
 * The heavy page's merged result as the fetches leave it: 100 organisations with their region
 * and district, three events, two programmes and two awards each, the entities carrying the
 * `__typename` and keys the query plan asks for.
 */
function heavyInput(): Record<string, unknown> {
  const edges = Array.from({ length: 100 }, (_, i) => ({
    node: {
      __typename: "Organization",
      id: `org-${i}`,
      name: `АНО «Ресурсный центр ${i}»`,
      kind: i % 3 === 0 ? "RESOURCE_CENTRE" : "NGO",
      inn: `72${String(i).padStart(8, "0")}`,
      ogrn: `10272${String(i).padStart(8, "0")}`,
      focusAreas: ["education", "health", "culture"].slice(0, 1 + (i % 3)),
      region: {
        __typename: "Region",
        code: "RU-TYU",
        name: "Тюменская область",
        federalDistrict: { code: "URAL" },
      },
      events: {
        totalCount: 12,
        edges: Array.from({ length: 3 }, (_, e) => ({
          node: {
            __typename: "Event",
            id: `ev-${i}-${e}`,
            title: `Семинар ${e}`,
            startsAt: "2026-11-0" + (e + 1) + "T10:00:00Z",
          },
        })),
      },
      programmesOperated: Array.from({ length: 2 }, (_, p) => ({
        __typename: "SupportProgramme",
        id: `pr-${i}-${p}`,
        title: `Программа ${p}`,
        kind: "GRANT",
      })),
      awardsReceived: Array.from({ length: 2 }, (_, a) => ({
        __typename: "Award",
        id: `aw-${i}-${a}`,
        awardedOn: "2025-03-01",
        amount: { amount: "1500000.00" },
        programme: { __typename: "SupportProgramme", id: `pr-${a}`, kind: "SUBSIDY" },
      })),
    },
  }));
  return {
    organizations: {
      totalCount: 4200,
      edges,
      pageInfo: { endCursor: "b3JnLTk5", hasNextPage: true },
    },
  };
}

/** Microseconds per call of `compute` over `calls` calls. */
function perCall(
  compute: ComputeResponse,
  operation: Operation,
  input: Record<string, unknown>,
  calls: number,
) {
  const started = performance.now();
  for (let i = 0; i < calls; i++)
    compute({ operation, input, variables: {}, introspectionHandling: () => null });
  return ((performance.now() - started) * 1000) / calls;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

/**
 * `npm run bench:shaping`: @apollo/gateway's computeResponse against the compiled one on the
 * heavy page's operation and a 100-organisation result built once, in alternating rounds; prints
 * each round's microseconds per call and the medians' ratio. The answers are compared first.
 */
function main(argv: string[]): void {
  const flags = readFlags(argv, ["rounds", "calls"], USAGE);
  const rounds = readPositiveInt({ v: flags.rounds }, "v", 10);
  const calls = readPositiveInt({ v: flags.calls }, "v", 200);
  const sdl = readFileSync(join(__dirname, "..", "..", "schema", "supergraph.graphql"), "utf8");
  const schema = Supergraph.build(sdl).apiSchema();
  const operation = operationFromDocument(schema, parse(HEAVY_QUERY), { validate: false });
  const apollo = apolloComputeResponse();
  if (!apollo) throw new Error("@apollo/gateway/dist/resultShaping has no computeResponse");
  const compiled = compiledComputeResponse(() => {
    throw new Error("the compiled shaping fell back to the original");
  });
  const input = heavyInput();
  const args = { operation, input, variables: {}, introspectionHandling: () => null };
  const [expected, actual] = [apollo(args), compiled(args)];
  if (JSON.stringify(expected) !== JSON.stringify(actual) || expected.errors.length)
    throw new Error("the two shapings disagree on the heavy page");
  console.log(`heavy page: ${JSON.stringify(expected.data).length} bytes of answer`);
  console.log(
    `load average before: ${loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")}`,
  );
  const times = { apollo: [] as number[], compiled: [] as number[] };
  console.log("| round | apollo µs/call | compiled µs/call |\n|---|---|---|");
  for (let round = 0; round <= rounds; round++) {
    const a = perCall(apollo, operation, input, calls);
    const c = perCall(compiled, operation, input, calls);
    // Round 0 warms both up (JIT) and is not counted.
    if (round === 0) continue;
    times.apollo.push(a);
    times.compiled.push(c);
    console.log(`| ${round} | ${a.toFixed(1)} | ${c.toFixed(1)} |`);
  }
  const [a, c] = [median(times.apollo), median(times.compiled)];
  console.log(
    `median: apollo ${a.toFixed(1)} µs, compiled ${c.toFixed(1)} µs per call: ${(a / c).toFixed(2)}x`,
  );
  console.log(
    `load average after: ${loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")}`,
  );
}

main(process.argv.slice(2));
