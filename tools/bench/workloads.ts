import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { federalDistricts, regions } from "../../subgraphs/shared/geography";
import { heavyWorkloads } from "./heavy";

/** One thing the benchmark sends: request bodies, sent in turn (one body: identical requests). */
export interface Workload {
  /** `<operation>-same` or `<operation>-varied`, used by `--only`. */
  id: string;
  title: string;
  /** A join spans subgraphs; a single-subgraph workload is also sent to the subgraph directly. */
  join: boolean;
  bodies: string[];
  /** Computes the bodies from the running organizations subgraph (cursors the data decides). */
  prepare?: (organizationsUrl: string) => Promise<string[]>;
}

const PROGRAMME_KINDS = [
  "GRANT",
  "SUBSIDY",
  "SOCIAL_CONTRACT",
  "PARTNERSHIP_AGREEMENT",
  "TRAINING",
  "CONSULTING",
  "PRACTICE_LIBRARY",
  "PUBLIC_PRIVATE_PARTNERSHIP",
  "NATIONAL_INITIATIVE",
  "RESOURCE_CENTRE_NETWORK",
];

/** The one-subgraph list the gateway must serve nearly as fast as the subgraph itself. */
const ORGANIZATIONS_QUERY = `query Organizations($district: ID) {
  organizations(first: 20, filter: { federalDistrict: $district }) {
    totalCount
    edges { node { id name kind legalForm inn ogrn level focusAreas website } }
    pageInfo { endCursor hasNextPage }
  }
}`;

/**
 * How each operation varies when "a different X per request": the variable sets sent in turn.
 * An operation in schema/operations/ without an entry here is measured with identical requests
 * only.
 */
const VARIATIONS: Record<string, { short: string; title: string; variables: () => object[] }> = {
  "ural-district-dashboard": {
    short: "dashboard",
    title: "district dashboard",
    variables: () => federalDistricts.map(({ code }) => ({ district: code })),
  },
  "tyumen-region": {
    short: "region",
    title: "region across four subgraphs",
    variables: () => regions.map(({ code }) => ({ code })),
  },
  "programme-outcomes": {
    short: "programmes",
    title: "programmes with operators and outcomes",
    variables: () => PROGRAMME_KINDS.map((kind) => ({ kinds: [kind] })),
  },
  organizations: {
    short: "organizations",
    title: "`organizations(first: 20)`, one subgraph",
    variables: () => [{}, ...federalDistricts.map(({ code }) => ({ district: code }))],
  },
};

function body(query: string, variables: object): string {
  return JSON.stringify({ query, variables });
}

function pair(key: string, query: string, join: boolean): Workload[] {
  const variation = VARIATIONS[key] ?? { short: key, title: key, variables: () => [] };
  const same: Workload = {
    id: `${variation.short}-same`,
    title: `${variation.title}, the same request`,
    join,
    bodies: [body(query, {})],
  };
  const sets = variation.variables();
  if (sets.length === 0) return [same];
  const varied: Workload = {
    id: `${variation.short}-varied`,
    title: `${variation.title}, varied variables (${sets.length} sets in turn)`,
    join,
    bodies: sets.map((variables) => body(query, variables)),
  };
  return [same, varied];
}

/**
 * The workloads: every operation in schema/operations/ (all joins) with identical and with
 * varied requests, `organizations(first: 20)` on one subgraph, and the heavy page of 100
 * organisations (heavy.ts).
 */
export function loadWorkloads(root: string): Workload[] {
  const folder = join(root, "schema", "operations");
  const operations = readdirSync(folder)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .flatMap((file) =>
      pair(file.replace(/\.graphql$/, ""), readFileSync(join(folder, file), "utf8"), true),
    );
  return [...operations, ...pair("organizations", ORGANIZATIONS_QUERY, false), ...heavyWorkloads()];
}
