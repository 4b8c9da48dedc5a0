import { spawn } from "node:child_process";
import { join } from "node:path";
import jwt from "jsonwebtoken";
import { post, query, type Outcome } from "./http";
import { waitHealthy, type SupervisedStack } from "./stack";

/** What one attack did: the answer it got and whether the platform held. */
export interface Result {
  status: number | string;
  codes: string;
  ms: number;
  held: boolean;
  note: string;
}

export interface Attack {
  name: string;
  /** What was observed before the platform bounded it. */
  run: (stack: SupervisedStack, root: string) => Promise<Result>;
}

const result = (outcome: Outcome, held: boolean, note = ""): Result => ({
  status: outcome.status,
  codes: outcome.codes,
  ms: Math.round(outcome.ms),
  held,
  note,
});

/** `{ regions { code federalDistrict { code regions { ... } } } }` nested `levels` deep. */
export function nestedRegions(levels: number): string {
  let inner = "code";
  for (let level = 0; level < levels; level += 1)
    inner = `code federalDistrict { code regions { ${inner} } }`;
  return `{ regions { ${inner} } }`;
}

function aliases(count: number, field: (index: number) => string): string {
  return `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field(index)}`).join(" ")} }`;
}

/** A credential signed with the stack's secret, as a centre or the coordinator would hold. */
export function bearer(stack: SupervisedStack, sub: string, role = "centre") {
  const token = jwt.sign({ role }, stack.secret, {
    subject: sub,
    issuer: "ngo-resource-graph",
    audience: "ngo-resource-graph",
    expiresIn: 600,
  });
  return { authorization: `Bearer ${token}` };
}

const refusedFast = (outcome: Outcome) =>
  outcome.status === 400 && outcome.codes !== "" && outcome.ms < 1000;

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

/** Milliseconds a `GET /health` takes when sent `afterMs` into another request. */
async function delayedHealth(url: string, afterMs: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, afterMs));
  const started = performance.now();
  await fetch(url.replace(/\/graphql$/, "/health")).catch(() => undefined);
  return Math.round(performance.now() - started);
}

export const inputAttacks: Attack[] = [
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

export const processAttacks: Attack[] = [
  {
    name: "events subgraph stopped (SIGSTOP) during a query that needs it",
    run: async (stack) => {
      const pid = stack.pid("events")!;
      process.kill(pid, "SIGSTOP");
      try {
        const outcome = await query(
          stack.urls.gateway,
          `{ region(code: "RU-TYU") { name events { totalCount } } }`,
        );
        const name = outcome.body?.data?.region?.name;
        return result(
          outcome,
          outcome.codes.includes("SUBGRAPH_TIMEOUT") && Boolean(name),
          `region name still answered: ${Boolean(name)}`,
        );
      } finally {
        process.kill(pid, "SIGCONT");
      }
    },
  },
  {
    name: "SIGTERM to a subgraph with 20 responses in flight",
    run: async (stack) => {
      const document = aliases(
        4,
        () => "regions { code name nameEn capital timezone municipalities { name } }",
      );
      const pending = Array.from({ length: 20 }, () => query(stack.urls.regions, document));
      await new Promise((resolve) => setTimeout(resolve, 20));
      process.kill(stack.pid("regions")!, "SIGTERM");
      const outcomes = await Promise.all(pending);
      const cut = outcomes.filter(
        (outcome) => typeof outcome.status === "number" && outcome.body === null,
      ).length;
      const complete = outcomes.filter((outcome) => outcome.body?.data?.a0).length;
      await waitHealthy([stack.urls.regions], 60);
      const slowest = outcomes.reduce((worst, outcome) =>
        outcome.ms > worst.ms ? outcome : worst,
      );
      return result(slowest, cut === 0, `${complete} complete, ${cut} cut mid-body; restarted`);
    },
  },
];

export const writeAttacks: Attack[] = [
  {
    name: "50 rounds of concurrent parent updates A->B and B->A",
    run: async (stack) => {
      const coordinator = bearer(stack, "coordinator", "coordinator");
      const set = (id: string, parent: string | null) =>
        query(
          stack.urls.gateway,
          "mutation($id: ID!, $p: ID) { updateOrganization(id: $id, input: { parentCentreId: $p }) { id } }",
          { id, p: parent },
          coordinator,
        );
      let cycles = 0;
      let last: Outcome | null = null;
      for (let round = 0; round < 50; round += 1) {
        await Promise.all([set("org-rc-kurgan", null), set("org-rc-tyumen", null)]);
        const [a] = await Promise.all([
          set("org-rc-kurgan", "org-rc-tyumen"),
          set("org-rc-tyumen", "org-rc-kurgan"),
        ]);
        last = a;
        const read = await query(
          stack.urls.gateway,
          `{ a: organization(id: "org-rc-kurgan") { parentCentre { id } } b: organization(id: "org-rc-tyumen") { parentCentre { id } } }`,
        );
        if (read.body?.data?.a?.parentCentre && read.body?.data?.b?.parentCentre) cycles += 1;
      }
      await Promise.all([
        set("org-rc-kurgan", "org-rc-ural-interregional"),
        set("org-rc-tyumen", "org-rc-ural-interregional"),
      ]);
      return result(last!, cycles === 0, `${cycles} cycles in 50 rounds`);
    },
  },
  {
    name: "_entities straight to the organizations subgraph for an archived record",
    run: async (stack) => {
      const centre = bearer(stack, "org-rc-tyumen");
      const created = await query(
        stack.urls.gateway,
        `mutation { createOrganization(input: { name: "Архивная организация", kind: NGO, regionCode: "RU-TYU" }) { id } }`,
        {},
        centre,
      );
      const id = created.body?.data?.createOrganization?.id;
      await query(
        stack.urls.gateway,
        "mutation($id: ID!) { archiveOrganization(id: $id) { id } }",
        { id },
        centre,
      );
      const outcome = await query(
        stack.urls.organizations,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { id name } } }`,
        { r: [{ __typename: "Organization", id }] },
      );
      const shown = outcome.body?.data?._entities?.[0]?.name;
      return result(outcome, Boolean(id) && !shown, shown ? "archived record shown" : "hidden");
    },
  },
  {
    name: "a centre names another owner's organisation as award recipient with 10^18 roubles",
    run: async (stack) => {
      const kurgan = bearer(stack, "org-rc-kurgan");
      const programme = await query(
        stack.urls.gateway,
        `mutation { createProgramme(input: { title: "Грантовый конкурс", kind: GRANT, operatorId: "org-rc-kurgan", regionCodes: ["RU-KGN"] }) { id } }`,
        {},
        kurgan,
      );
      const programmeId = programme.body?.data?.createProgramme?.id;
      const outcome = await query(
        stack.urls.gateway,
        `mutation($p: ID!) { createAward(input: { programmeId: $p, recipientId: "org-niz-government", purpose: "x", amount: { amount: "1000000000000000000", currency: "RUB" } }) { id } }`,
        { p: programmeId },
        kurgan,
      );
      return result(
        outcome,
        Boolean(programmeId) && !outcome.body?.data?.createAward,
        programmeId ? "" : "programme not created",
      );
    },
  },
  {
    name: "a token for an organisation that does not exist, and for one that is not a centre",
    run: async (stack) => {
      const write = (sub: string) =>
        query(
          stack.urls.gateway,
          `mutation { createOrganization(input: { name: "Подставная", kind: NGO, regionCode: "RU-TYU" }) { id } }`,
          {},
          bearer(stack, sub),
        );
      const [ghost, notCentre] = await Promise.all([
        write("org-does-not-exist"),
        write("org-niz-government"),
      ]);
      const held =
        !ghost.body?.data?.createOrganization && !notCentre.body?.data?.createOrganization;
      return result(ghost, held, `not a centre: ${notCentre.codes}`);
    },
  },
  {
    name: "development secret with HOST=0.0.0.0",
    run: async (_stack, root) => {
      const started = performance.now();
      const child = spawn(
        process.execPath,
        ["-r", "@swc-node/register", join(root, "subgraphs/regions/index.ts")],
        {
          env: {
            ...process.env,
            NODE_ENV: "development",
            AUTH_JWT_SECRET: "",
            HOST: "0.0.0.0",
            REGIONS_PORT: "0",
            REGIONS_DATABASE: ":memory:",
          },
          stdio: ["ignore", "ignore", "pipe"],
        },
      );
      let stderr = "";
      child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
      clearTimeout(timer);
      const outcome: Outcome = {
        status: `exit ${code}`,
        ms: performance.now() - started,
        codes: "",
        body: null,
        text: stderr,
      };
      return result(
        outcome,
        code === 1 && stderr.includes("HOST"),
        stderr.trim().split("\n")[0]?.slice(0, 80) ?? "",
      );
    },
  },
];

export const allAttacks: Attack[] = [
  ...limitAttacks,
  ...inputAttacks,
  ...processAttacks,
  ...writeAttacks,
];
