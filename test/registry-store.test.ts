import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Registry, RegistryError } from "../gateway/registry/registry";
import { RegistryStore } from "../gateway/registry/store";
import { findProjectRoot } from "../subgraphs/shared/subgraph-config";
import { backends } from "./support/backends";

/**
 * The registry's store on each database: two stores over one database stand for two gateway
 * replicas, which must agree on one history whatever order their writes come in.
 */
const root = findProjectRoot();
const sdlOf = (name: string) =>
  readFileSync(join(root, "schema", `${name}.graphql`), "utf8").replace(/^(#.*\n)+/, "");
const CORE = ["regions", "organizations", "events", "programmes"].map((name) => ({
  name,
  url: `http://127.0.0.1:1/${name}`,
  sdl: sdlOf(name),
}));
const COORDINATOR = { organizationId: "coordinator", role: "coordinator" as const };
const KURGAN = { organizationId: "org-rc-kurgan", role: "centre" as const };
const GUEST = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
type Organization @key(fields: "id") { id: ID! consultationCount: Int }
type Query { consultationTopics: [String!]! }
`;

describe.each(backends)("the registry's store on %s", (_, backend) => {
  let stores: RegistryStore[] = [];

  beforeAll(async () => {
    const url = await backend.createDatabase();
    const sqlitePath = join(mkdtempSync(join(tmpdir(), "registry-store-")), "registry.sqlite");
    const settings = { url, sqlitePath, schema: "registry", logSql: false, migrate: true };
    stores = [await RegistryStore.open(settings), await RegistryStore.open(settings)];
  });

  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
  });

  it("adopts the repository once, however many replicas start together", async () => {
    const replicas = stores.map((store) => new Registry(store, { shipped: [], windowDays: 30 }));
    const results = await Promise.allSettled(replicas.map((r) => r.adoptRepository(CORE)));
    // One wins; the other lost the race, and a second try finds nothing to do.
    for (const [index, result] of results.entries())
      if (result.status === "rejected")
        expect(await replicas[index].adoptRepository(CORE)).toEqual([]);
    expect(await stores[0].history()).toHaveLength(1);
    expect((await stores[1].liveVersions()).map((v) => v.version)).toEqual([1, 1, 1, 1]);
  });

  it("publishes a guest, keeps every version, and refuses a publish raced by another", async () => {
    const [one, two] = stores.map((store) => new Registry(store, { shipped: [], windowDays: 30 }));
    await one.register(COORDINATOR, {
      name: "consultations",
      url: "http://127.0.0.1:1/consultations",
      owner: "org-rc-kurgan",
      timeoutMs: 2000,
    });
    const basedOn = await stores[1].currentSupergraphId();
    const { supergraph } = await one.publish(KURGAN, "consultations", GUEST);
    expect(supergraph.cause).toBe("publish consultations v1");
    // A replica that checked against the older supergraph may not overwrite this one.
    await expect(
      stores[1].append(
        { sdl: "", hash: "", versions: {}, cause: "stale", createdBy: "x" },
        basedOn,
      ),
    ).rejects.toThrow(/check and publish again/);
    const second = GUEST.replace(
      "consultationCount: Int",
      "consultationCount: Int\n  lastConsultedOn: String",
    );
    await two.publish(KURGAN, "consultations", second);
    expect((await stores[0].versions("consultations")).map((v) => v.version)).toEqual([1, 2]);
    expect((await stores[0].subgraph("consultations"))?.timeoutMs).toBe(2000);
    const rolled = await one.rollback(KURGAN, "consultations", 1);
    expect(JSON.parse(rolled.versions).consultations).toBe(1);
    expect(rolled.sdl).not.toContain("lastConsultedOn");
    await expect(two.publish(COORDINATOR, "consultations", GUEST)).rejects.toBeInstanceOf(
      RegistryError,
    );
  });

  it("adds usage up across replicas and keeps it bounded", async () => {
    const delta = (key: string, lastSeen: string) => ({
      key,
      hash: key.padEnd(64, "0"),
      signature: "query A{a}",
      name: "A",
      coordinates: "Query.a",
      clientName: "dashboard",
      clientVersion: "1",
      count: 2,
      lastSeen,
    });
    await stores[0].recordUsage([delta("a", "2026-12-01T10:00:00.000Z")]);
    await stores[1].recordUsage([
      delta("a", "2026-12-01T11:00:00.000Z"),
      delta("b", "2026-01-01T00:00:00.000Z"),
    ]);
    const seen = await stores[0].operationsSince("2026-11-01T00:00:00.000Z");
    expect(seen).toEqual([
      expect.objectContaining({ key: "a", count: 4, lastSeen: "2026-12-01T11:00:00.000Z" }),
    ]);
    await stores[0].recordUsage([delta("c", "2026-12-01T12:00:00.000Z")]);
    await stores[0].pruneUsage("2026-06-01T00:00:00.000Z", 1);
    expect((await stores[1].operationsSince("2000-01-01T00:00:00.000Z")).map((o) => o.key)).toEqual(
      ["c"],
    );
  });
});
