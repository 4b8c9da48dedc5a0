import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import pino from "pino";
import { composeSupergraph } from "../tools/composition";
import { startGateway, type RunningGateway } from "../gateway/server";
import { Registry } from "../gateway/registry/registry";
import { registrySupergraph } from "../gateway/registry/source";
import { RegistryStore } from "../gateway/registry/store";
import {
  createUsageRecorder,
  DEFAULT_USAGE_SETTINGS,
  type UsageRecorder,
} from "../gateway/registry/usage";
import { errorCodes, graphql } from "./support/graphql";
import { commandIn, copyRepository, readyUrl, runIn } from "./support/scaffold-copy";
import { waitFor, type SpawnedProcess } from "./support/spawned";
import { startStack, type TestStack } from "./support/stack";
import { bearer, testAuth } from "./support/subgraph";

const NEW = "tools/scaffold/index.ts";
const ROOT = join(__dirname, "..");
/** No PostgreSQL server for the commands: the first PostgreSQL migration comes from pg-mem. */
const NO_SERVER = { MIGRATION_DATABASE_URL: "", TEST_DATABASE_URL: "" };

/**
 * `npm run subgraph:new` in a copy of the repository: the subgraph it writes composes, starts
 * as its own process, and answers through a real gateway beside the core subgraphs, with
 * owner-only writes. The generated test itself is run by hand (docs/centre-subgraph.md).
 */
describe("npm run subgraph:new, in a copy of the repository", () => {
  const copy = copyRepository();
  let scaffolded: { code: number | null; output: string };

  beforeAll(async () => {
    scaffolded = await commandIn(
      copy,
      NEW,
      ["consultations", "--owner", "org-rc-kurgan"],
      NO_SERVER,
    );
  }, 120_000);
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("writes the subgraph, its migrations for both databases, its script and its supergraph.yaml entry", () => {
    expect(scaffolded.output).toContain("wrote subgraphs/consultations/");
    expect(scaffolded.code).toBe(0);
    const folder = join(copy, "subgraphs", "consultations");
    for (const dialect of ["sqlite", "postgres"])
      expect(readdirSync(join(folder, "migrations", dialect))).toEqual([
        expect.stringMatching(/^\d+-Initial\.ts$/),
      ]);
    expect(existsSync(join(copy, "test", "consultations-subgraph.test.ts"))).toBe(true);
    const scripts = JSON.parse(readFileSync(join(copy, "package.json"), "utf8")).scripts;
    expect(scripts["start:consultations"]).toBe(
      "node -r @swc-node/register subgraphs/consultations/index.ts",
    );
    const listed = parse(readFileSync(join(copy, "supergraph.yaml"), "utf8")).subgraphs;
    // The core four use 4001-4004 and volunteers 4005 by default.
    expect(listed.consultations.routing_url).toBe("http://localhost:4006/graphql");
    expect(readFileSync(join(copy, "schema", "supergraph.graphql"), "utf8")).toMatch(
      /consultations: \[Consultation!\] @join__field\(graph: CONSULTATIONS\)/,
    );
  });

  it("writes files the repository's ESLint rules accept (import boundaries included)", async () => {
    // ESLint in its own process (Jest cannot load eslint.config.mjs), in the copy, whose config
    // bounds the new folder like every subgraph's.
    const eslint = join(ROOT, "node_modules", "eslint", "bin", "eslint.js");
    const files = ["subgraphs/consultations", "test/consultations-subgraph.test.ts"];
    const result = spawnSync(process.execPath, [eslint, "--max-warnings=0", ...files], {
      cwd: copy,
      encoding: "utf8",
    });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  }, 60_000);

  it("refuses a bad name, a taken name and a malformed centre id, writing nothing", async () => {
    const before = readFileSync(join(copy, "supergraph.yaml"), "utf8");
    const [upper, taken, owner] = await Promise.all([
      commandIn(copy, NEW, ["Consultations", "--owner", "org-rc-kurgan"], NO_SERVER),
      commandIn(copy, NEW, ["volunteers", "--owner", "org-rc-kurgan"], NO_SERVER),
      commandIn(copy, NEW, ["grants", "--owner", "Kurgan centre"], NO_SERVER),
    ]);
    expect(upper).toMatchObject({ code: 1 });
    expect(upper.output).toContain("lower-case letters and digits");
    expect(taken).toMatchObject({ code: 1 });
    expect(taken.output).toContain("subgraphs/volunteers exists already");
    expect(owner).toMatchObject({ code: 1 });
    expect(owner.output).toContain("--owner must be the id of the owning resource centre");
    expect(existsSync(join(copy, "subgraphs", "grants"))).toBe(false);
    expect(readFileSync(join(copy, "supergraph.yaml"), "utf8")).toBe(before);
  }, 60_000);

  it("writes, without a server, a PostgreSQL migration that gives exactly the entities' schema on a real one", async () => {
    const server = process.env.TEST_DATABASE_URL;
    if (!server) return; // Needs PostgreSQL: CI sets TEST_DATABASE_URL.
    const check = await commandIn(
      copy,
      "tools/migration-generate.ts",
      ["--check", "consultations"],
      {
        MIGRATION_DATABASE_URL: server,
      },
    );
    expect(check.output).toContain("migrations match the entities");
    expect(check.code).toBe(0);
  }, 120_000);

  describe("started as its own process, registered and published to a running gateway", () => {
    let stack: TestStack;
    let subgraph: SpawnedProcess;
    let gateway: RunningGateway;
    let store: RegistryStore;
    let usage: UsageRecorder;

    const sdlAt = async (url: string) =>
      (await graphql(url, "{ _service { sdl } }")).data!._service.sdl as string;
    const registryCall = async (path: string, body: unknown, headers: Record<string, string>) => {
      const response = await fetch(gateway.url.replace(/\/graphql$/, `/registry${path}`), {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as any };
    };

    beforeAll(async () => {
      stack = await startStack();
      subgraph = runIn(copy, "subgraphs/consultations/index.ts", [], {
        HOST: "127.0.0.1",
        CONSULTATIONS_PORT: "0",
        CONSULTATIONS_DATABASE: join(copy, "consultations.sqlite"),
        ORGANIZATIONS_URL: stack.subgraphs.organizations.url,
      });
      const url = await readyUrl(subgraph);
      // The network as it runs: a registry holding the core subgraphs, served by a gateway.
      store = await RegistryStore.open({
        sqlitePath: join(copy, "registry.sqlite"),
        schema: "registry",
        logSql: false,
        migrate: true,
      });
      const registry = new Registry(store, { shipped: [], windowDays: 30 });
      const core = await Promise.all(
        stack.entries.map(async ({ name, url: at }) => ({ name, url: at, sdl: await sdlAt(at) })),
      );
      await registry.adoptRepository(core);
      usage = createUsageRecorder(store, DEFAULT_USAGE_SETTINGS, pino({ level: "silent" }));
      gateway = await startGateway(
        {
          supergraphSdl: registrySupergraph(store, 200, () => {}),
          subgraphs: stack.entries,
          auth: testAuth,
          registry: { registry, usage },
        },
        0,
        "127.0.0.1",
      );
      // The coordinator registers it with its owner; the owner publishes its SDL.
      const input = { name: "consultations", url, owner: "org-rc-kurgan" };
      const registered = await registryCall(
        "/subgraphs",
        input,
        bearer("coordinator", "coordinator"),
      );
      expect(registered.status).toBe(200);
      const sdl = { sdl: await sdlAt(url) };
      const refused = await registryCall(
        "/subgraphs/consultations/publish",
        sdl,
        bearer("org-rc-tyumen"),
      );
      expect(refused.body.errors[0].extensions.code).toBe("FORBIDDEN");
      const published = await registryCall(
        "/subgraphs/consultations/publish",
        sdl,
        bearer("org-rc-kurgan"),
      );
      expect(published.status).toBe(200);
      await waitFor("the gateway to serve the published subgraph", async () => {
        const answer = await graphql(gateway.url, "{ consultations { totalCount } }");
        return !answer.errors;
      });
    }, 180_000);
    afterAll(async () => {
      await gateway?.close();
      await usage?.stop();
      await store?.close();
      subgraph?.child.kill("SIGTERM");
      await subgraph?.exited;
      await stack?.close();
    });

    const ORGANIZATION = `{
      organization(id: "org-rc-kurgan") {
        name
        region { name }
        events(first: 5) { totalCount }
        consultations { title date notes }
      }
      consultations { totalCount }
    }`;
    const CREATE = `mutation ($input: CreateConsultationInput!) {
      createConsultation(input: $input) { id ownerId }
    }`;
    const input = {
      title: "Консультация по регистрации НКО",
      date: "2026-03-02",
      organizationId: "org-rc-kurgan",
      notes: "Консультант: И. И. Иванов",
    };

    it("answers an organisation with its region, its events and the new field", async () => {
      const created = await graphql(gateway.url, CREATE, { input }, bearer("org-rc-kurgan"));
      expect(created.errors).toBeUndefined();
      expect(created.data!.createConsultation.ownerId).toBe("org-rc-kurgan");

      const anonymous = await graphql(gateway.url, ORGANIZATION);
      expect(anonymous.errors).toBeUndefined();
      expect(anonymous.data!.organization).toMatchObject({
        name: "Ресурсный центр НКО Курганской области",
        region: { name: "Курганская область" },
        events: { totalCount: expect.any(Number) },
        consultations: [{ title: input.title, date: input.date, notes: null }],
      });
      const owner = await graphql(gateway.url, ORGANIZATION, {}, bearer("org-rc-kurgan"));
      expect(owner.data!.organization.consultations[0].notes).toBe(input.notes);
    });

    it("refuses another centre with FORBIDDEN and writes nothing", async () => {
      const other = await graphql(gateway.url, CREATE, { input }, bearer("org-rc-tyumen"));
      expect(errorCodes(other)).toEqual(["FORBIDDEN"]);
      const { data } = await graphql(gateway.url, ORGANIZATION);
      expect(data!.consultations.totalCount).toBe(1);
      expect(data!.organization.consultations).toHaveLength(1);
    });
  });

  it("scaffolds a list on Region, unlisted, whose SDL composes with the listed graph", async () => {
    const before = readFileSync(join(copy, "supergraph.yaml"), "utf8");
    const made = await commandIn(
      copy,
      NEW,
      ["legal-aid", "--owner", "org-rc-tyumen", "--on", "Region", "--unlisted"],
      NO_SERVER,
    );
    expect(made.output).toContain("not listed");
    expect(made.code).toBe(0);
    expect(readFileSync(join(copy, "supergraph.yaml"), "utf8")).toBe(before);
    const sdl = await commandIn(copy, "tools/subgraph-sdl.ts", ["legal-aid"]);
    expect(sdl.code).toBe(0);
    expect(sdl.output).toMatch(/type Region\s+@key\(fields: "code"\)\s+\{\s+code: ID!/);
    expect(sdl.output).toContain("legalAid: [LegalAid!]");
    const listed = parse(readFileSync(join(copy, "supergraph.yaml"), "utf8")).subgraphs;
    const entries = Object.entries(listed).map(([name, value]) => ({
      name,
      url: (value as { routing_url: string }).routing_url,
    }));
    const sdls = new Map(
      entries.map(({ name }) => [
        name,
        readFileSync(join(copy, "schema", `${name}.graphql`), "utf8"),
      ]),
    );
    sdls.set("legal-aid", sdl.output);
    const { errors } = composeSupergraph(
      [...entries, { name: "legal-aid", url: "http://localhost:4007/graphql" }],
      sdls,
    );
    expect(errors).toEqual([]);
  }, 120_000);

  it("refuses a later entity change without a PostgreSQL server, writing nothing; writes both migrations with one", async () => {
    // legal-aid (above) runs nowhere, so its entity can change under it.
    const entity = join(copy, "subgraphs", "legal-aid", "entities", "legal-aid.entity.ts");
    const text = readFileSync(entity, "utf8");
    writeFileSync(
      entity,
      text.replace(
        '  @Column("text", { nullable: true })',
        '  @Column("varchar", { nullable: true })\n  consultant!: string | null;\n\n  @Column("text", { nullable: true })',
      ),
    );
    const migrations = join(copy, "subgraphs", "legal-aid", "migrations");
    const listing = () => ["sqlite", "postgres"].map((d) => readdirSync(join(migrations, d)));
    const before = listing();
    const args = ["AddConsultant", "legal-aid"];
    const refused = await commandIn(copy, "tools/migration-generate.ts", args, NO_SERVER);
    expect(refused.output).toContain("legal-aid already has PostgreSQL migrations");
    expect(refused.code).toBe(1);
    expect(listing()).toEqual(before);
    const server = process.env.TEST_DATABASE_URL;
    if (!server) return; // The rest needs PostgreSQL: CI sets TEST_DATABASE_URL.
    const written = await commandIn(copy, "tools/migration-generate.ts", args, {
      MIGRATION_DATABASE_URL: server,
    });
    expect(written.code).toBe(0);
    for (const files of listing())
      expect(files.filter((f) => f.endsWith("-AddConsultant.ts"))).toHaveLength(1);
    const added = listing()[1].find((file) => file.endsWith("-AddConsultant.ts"))!;
    expect(readFileSync(join(migrations, "postgres", added), "utf8")).toContain(
      'ADD "consultant" character varying',
    );
  }, 120_000);
});
