import { spawn } from "node:child_process";
import { aliases, bearer, result, type Attack } from "./attack";
import { query, type Outcome } from "./http";
import { waitHealthy } from "./stack";
import { entryArgs } from "../entry";

/** Attacks on the processes (stopped, terminated, misconfigured) and on writes. */
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
        `mutation { createOrganization(input: { name: "Архивная организация", kind: NGO, regionCode: "RU-TYU", inn: "7707083893", description: "Сведения, которые архив не показывает" }) { id } }`,
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
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { id name inn description } } }`,
        { r: [{ __typename: "Organization", id }] },
      );
      // Links other records hold still name an archived organisation; its details stay hidden.
      const entity = outcome.body?.data?._entities?.[0];
      const shown = Boolean(entity?.inn || entity?.description);
      const note = shown
        ? "archived details shown"
        : `identity only (name ${entity?.name ? "kept" : "hidden"})`;
      return result(outcome, Boolean(id) && !shown, note);
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
      const award = (amount: string) =>
        query(
          stack.urls.gateway,
          `mutation($p: ID!, $a: Decimal!) { createAward(input: { programmeId: $p, recipientId: "org-niz-government", purpose: "x", amount: { amount: $a, currency: "RUB" } }) { id } }`,
          { p: programmeId, a: amount },
          kurgan,
        );
      const huge = await award("1000000000000000000");
      const modest = await award("1000.00");
      const held =
        Boolean(programmeId) && !huge.body?.data?.createAward && !modest.body?.data?.createAward;
      return result(
        huge,
        held,
        programmeId ? `1000 roubles to it: ${modest.codes}` : "programme not created",
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
    run: async () => {
      const started = performance.now();
      const child = spawn(process.execPath, entryArgs("subgraphs/regions/index.ts"), {
        env: {
          ...process.env,
          NODE_ENV: "development",
          AUTH_JWT_SECRET: "",
          HOST: "0.0.0.0",
          REGIONS_PORT: "0",
          REGIONS_DATABASE: ":memory:",
        },
        stdio: ["ignore", "ignore", "pipe"],
      });
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
