import { composeSupergraph, subgraphSdls } from "../tools/composition";
import { errorCodes, graphql } from "./support/graphql";
import { processesOver, type Processes } from "./support/processes";
import { freePort, waitFor } from "./support/spawned";
import { startStack, type TestStack } from "./support/stack";

interface ReadyAnswer {
  status: number;
  body: { status: string; subgraphs: unknown; guests?: Record<string, string> };
}

async function ready(gatewayUrl: string): Promise<ReadyAnswer> {
  const response = await fetch(gatewayUrl.replace("/graphql", "/ready"));
  return { status: response.status, body: (await response.json()) as ReadyAnswer["body"] };
}

/**
 * Gateway processes started while the volunteers subgraph (a centre's own, a guest) is down:
 * its supergraph names volunteers at a port where nothing listens.
 */
describe("a gateway started while a guest subgraph is down", () => {
  let stack: TestStack;
  let processes: Processes;
  let volunteersUrl: string;

  beforeAll(async () => {
    stack = await startStack();
    volunteersUrl = `http://127.0.0.1:${await freePort()}/graphql`;
    const entries = [...stack.entries, { name: "volunteers", url: volunteersUrl }];
    const { supergraphSdl, errors } = composeSupergraph(entries, await subgraphSdls(entries));
    if (!supergraphSdl) throw new Error(errors.join("\n"));
    processes = processesOver(supergraphSdl, stack.entries);
  });
  afterAll(async () => {
    await processes?.stop();
    await stack?.close();
  });

  it("is ready, naming the guest as down, and answers core fields with the guest's as errors", async () => {
    const gateway = await processes.startGateway({ VOLUNTEERS_URL: volunteersUrl });
    const first = await ready(gateway);
    expect(first.status).toBe(200);
    expect(first.body.status).toBe("ready");
    expect(first.body.subgraphs).toBe("all answered");
    expect(first.body.guests!.volunteers).toMatch(/^guest: /);
    await waitFor("the guest's probe", async () =>
      /^guest: down: ECONNREFUSED/.test((await ready(gateway)).body.guests!.volunteers),
    );

    const response = await graphql(
      gateway,
      `
        {
          region(code: "RU-TYU") {
            name
            organizationCount
            volunteerCount
          }
        }
      `,
    );
    expect(response.data!.region.name).toBe("Тюменская область");
    expect(response.data!.region.organizationCount).toBeGreaterThan(0);
    expect(response.data!.region.volunteerCount).toBeNull();
    expect(errorCodes(response)).toEqual(["SUBGRAPH_UNAVAILABLE"]);
    expect(response.errors![0].extensions!.serviceName).toBe("volunteers");
  });

  it("is not ready while the same subgraph is made core (CORE_SUBGRAPHS) and is down", async () => {
    const gateway = await processes.startGateway({
      VOLUNTEERS_URL: volunteersUrl,
      CORE_SUBGRAPHS: "regions,organizations,events,programmes,volunteers",
    });
    const answer = await ready(gateway);
    expect(answer.status).toBe(503);
    expect(answer.body.subgraphs).toEqual({ volunteers: "not answered: ECONNREFUSED" });
    expect(answer.body.guests).toBeUndefined();
  });
});
