import { sdlDifferences } from "../gateway/drift";
import { startGateway, type RunningGateway } from "../gateway/server";
import { createLogger, createObservability } from "../subgraphs/shared/observability";
import type { RunningSubgraph } from "../subgraphs/shared/subgraph";
import { regionsSubgraph } from "../subgraphs/regions/server";
import { composeSupergraph, subgraphSdls } from "../tools/composition";
import { errorCodes, graphql } from "./support/graphql";
import { processesOver, type Processes } from "./support/processes";
import { waitFor } from "./support/spawned";
import { startTestSubgraph, testAuth } from "./support/subgraph";

/** The volunteers SDL as the code prints it, with one field gone and one renamed. */
function drifted(sdl: string): string {
  const changed = sdl.replace("  volunteerCount: Int!\n", "").replace("  activities:", "  tags:");
  if (changed === sdl) throw new Error("the volunteers SDL no longer has the fields changed here");
  return changed;
}

describe("drift of a running subgraph from its published SDL", () => {
  let regions: RunningSubgraph;
  let processes: Processes;
  let gateway: RunningGateway;
  let running: Map<string, string>;
  let volunteersUrl: string;
  const published = new Map<string, string>();
  const lines: { event?: string; level?: string; subgraph?: string; msg?: string }[] = [];

  const driftMetric = async (subgraph: string) => {
    const text = await gateway.observability.metrics.registry.getSingleMetricAsString(
      "ngo_graph_subgraph_drift",
    );
    const line = text.split("\n").find((row) => row.includes(`subgraph="${subgraph}"`));
    return line ? Number(line.split(" ").pop()) : undefined;
  };
  const readyBody = async () => {
    const response = await fetch(gateway.url.replace("/graphql", "/ready"));
    const body = (await response.json()) as { drift?: Record<string, string> };
    if (response.status !== 200) throw new Error(JSON.stringify(body));
    return body;
  };

  beforeAll(async () => {
    regions = await startTestSubgraph(regionsSubgraph);
    processes = processesOver("", [{ name: "regions", url: regions.url }]);
    // The subgraph as a process of its own, introspection off: `_service` is answered only to
    // the coordinator, so the gateway's check must carry the token it mints.
    volunteersUrl = await processes.startSubgraph("volunteers", {
      INTROSPECTION: "false",
      ORGANIZATIONS_URL: "http://127.0.0.1:9/graphql",
    });
    const entries = [
      { name: "regions", url: regions.url },
      { name: "volunteers", url: volunteersUrl },
    ];
    running = await subgraphSdls(entries);
    const { supergraphSdl, errors } = composeSupergraph(entries, running);
    if (!supergraphSdl) throw new Error(errors.join("\n"));
    published.set("regions", running.get("regions")!);
    published.set("volunteers", drifted(running.get("volunteers")!));
    const logger = createLogger(
      "gateway",
      { level: "info", pretty: false },
      { write: (line: string) => void lines.push(JSON.parse(line)) },
    );
    gateway = await startGateway(
      {
        supergraphSdl,
        subgraphs: entries,
        auth: testAuth,
        publishedSdl: (name) => published.get(name),
        driftCheckMs: 150,
        observability: createObservability("gateway", undefined, { logger }),
      },
      0,
      "127.0.0.1",
    );
  });
  afterAll(async () => {
    await gateway?.close();
    await processes?.stop();
    await regions?.close();
  });

  it("is answered `_service` only with a coordinator's credential", async () => {
    expect(errorCodes(await graphql(volunteersUrl, "{ _service { sdl } }"))).toEqual(["FORBIDDEN"]);
  });

  it("is reported in /ready's details, a metric and one warning, without making /ready 503", async () => {
    await waitFor("the drift report", async () => (await readyBody()).drift !== undefined);
    const { drift } = await readyBody();
    expect(Object.keys(drift!)).toEqual(["volunteers"]);
    expect(drift!.volunteers).toContain(
      "'volunteerCount' was added to object type 'VolunteerGroup'",
    );
    expect(drift!.volunteers).toContain("'tags' was removed from object type 'VolunteerGroup'");
    expect(await driftMetric("volunteers")).toBe(1);
    expect(await driftMetric("regions")).toBe(0);

    // Checked again and again: warned once, as long as the drift stays the same.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const warnings = lines.filter(({ event }) => event === "subgraph_drift");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ level: "warn", subgraph: "volunteers" });
    expect(warnings[0].msg).toMatch(/^subgraph volunteers serves an SDL that differs/);
  });

  it("clears once the published SDL matches what runs (a publish of the running one)", async () => {
    published.set("volunteers", running.get("volunteers")!);
    await waitFor("the drift to clear", async () => (await readyBody()).drift === undefined);
    expect(await driftMetric("volunteers")).toBe(0);
    expect(lines.some(({ event }) => event === "subgraph_drift_resolved")).toBe(true);
  });
});

describe("the SDL comparison", () => {
  it("ignores order and layout, and names what differs", async () => {
    const published = `type Query { a: String, b(x: Int): [Int!] }\ntype T { id: ID! }`;
    const reordered = `type T {\n  id: ID!\n}\n\ntype Query {\n  b(x: Int): [Int!]\n  a: String\n}`;
    expect(await sdlDifferences(published, reordered)).toEqual([]);
    const changed = await sdlDifferences(
      published,
      `type Query { a: Int, b: [Int!] }\ntype T { id: ID! }`,
    );
    expect(changed).toContain("Field 'Query.a' changed type from 'String' to 'Int'");
    expect(changed).toContain("Argument 'x: Int' was removed from field 'Query.b'");
    const keyed = (fields: string) =>
      `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
       type Query { t: T } type T @key(fields: "${fields}") { id: ID! code: ID! }`;
    expect(await sdlDifferences(keyed("id"), keyed("code"))).toContain(
      "Argument 'fields' was added to '@key'",
    );
  });
});
