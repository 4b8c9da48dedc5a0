import { aliases, delayedHealth, nestedRegions, refusedFast, result, type Attack } from "./attack";
import { post, query } from "./http";

/** Attacks by one request: operation limits, oversized inputs, production posture. */
export const limitAttacks: Attack[] = [
  {
    name: "regions/federalDistrict nested 5 levels, at the gateway",
    run: async (stack) => {
      const outcome = await query(stack.urls.gateway, nestedRegions(5));
      return result(outcome, refusedFast(outcome));
    },
  },
  {
    name: "regions/federalDistrict nested 5 levels, straight at the regions subgraph",
    run: async (stack) => {
      const outcome = await query(stack.urls.regions, nestedRegions(5));
      return result(outcome, refusedFast(outcome));
    },
  },
  {
    name: "6,000 aliases of organization(id:) { events { totalCount } region { code } }",
    run: async (stack) => {
      const document = aliases(
        6000,
        () => `organization(id: "org-rc-tyumen") { events { totalCount } region { code name } }`,
      );
      const [outcome, health] = await Promise.all([
        query(stack.urls.gateway, document),
        delayedHealth(stack.urls.gateway, 50),
      ]);
      return result(outcome, refusedFast(outcome) && health < 1000, `health ${health} ms`);
    },
  },
  {
    name: "10,000 aliases of a cheap field",
    run: async (stack) => {
      const outcome = await query(
        stack.urls.gateway,
        aliases(10000, () => "__typename"),
      );
      return result(outcome, refusedFast(outcome));
    },
  },
];

export const inputAttacks: Attack[] = [
  {
    name: "/health and a small query while the heaviest accepted request is in flight",
    run: async (stack) => {
      // The deepest nest of regions the cost limit lets through, with more regions beside it.
      const heavy = `{ a: ${nestedRegions(3).slice(2, -1)} b: ${nestedRegions(2).slice(2, -1)} }`;
      const small = '{ organization(id: "org-rc-kurgan") { name } }';
      const pending = query(stack.urls.gateway, heavy);
      const health = await delayedHealth(stack.urls.gateway, 20);
      const answer = await query(stack.urls.gateway, small);
      const outcome = await pending;
      const held = outcome.status === 200 && health < 1000 && answer.ms < 1000;
      return result(outcome, held, `health ${health} ms, small query ${Math.round(answer.ms)} ms`);
    },
  },
  {
    name: "a 900 kB search string (under the body limit)",
    run: async (stack) => {
      const outcome = await query(
        stack.urls.gateway,
        "query($s: String) { organizations(filter: { search: $s }) { totalCount } }",
        { s: "а".repeat(450_000) },
      );
      return result(outcome, outcome.codes.includes("BAD_USER_INPUT") && outcome.ms < 1000);
    },
  },
  {
    name: "a 10 MB body",
    run: async (stack) => {
      const outcome = await post(
        stack.urls.gateway,
        JSON.stringify({ query: `{ __typename }`, pad: "x".repeat(10_000_000) }),
      );
      return result(outcome, outcome.status === 413 && outcome.body !== null);
    },
  },
  {
    name: "introspection in production",
    run: async (stack) => {
      const outcome = await query(stack.urls.gateway, "{ __schema { types { name } } }");
      return result(outcome, !outcome.body?.data?.__schema);
    },
  },
  {
    name: "a forged cursor (value 1e999)",
    run: async (stack) => {
      const first = await query(
        stack.urls.organizations,
        "{ organizations(first: 1) { pageInfo { endCursor } } }",
      );
      const real = Buffer.from(
        first.body.data.organizations.pageInfo.endCursor,
        "base64url",
      ).toString();
      const parts = JSON.parse(real) as unknown[];
      const forged = Buffer.from(
        `[${JSON.stringify(parts[0])},1e999,${JSON.stringify(parts[2])}]`,
      ).toString("base64url");
      const outcome = await query(
        stack.urls.organizations,
        `{ organizations(after: "${forged}") { totalCount } }`,
      );
      const leaked = /sqlite|no such column|SQLITE/i.test(outcome.text);
      return result(
        outcome,
        !leaked && outcome.codes === "BAD_USER_INPUT",
        leaked ? "database text leaked" : "",
      );
    },
  },
];
