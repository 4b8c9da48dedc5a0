import { startGateway, type RunningGateway } from "../gateway/server";
import { createLogger, createObservability } from "../subgraphs/shared/observability";
import { MAX_LOGGED_NAME } from "../subgraphs/shared/observability/log-fields";
import { startStack, type TestStack } from "./support/stack";
import { testAuth } from "./support/subgraph";

/**
 * Requests whose operation cannot be chosen, over real HTTP: the gateway answers them as the
 * subgraphs do (HTTP 400, OPERATION_RESOLUTION_FAILURE, graphql-js's words), logs them once at
 * info without a stack, and never writes a caller's 900 kB operation name into its log.
 */
let stack: TestStack;
let gateway: RunningGateway;
/** Every line the gateway logged, as written. */
const written: string[] = [];

beforeAll(async () => {
  stack = await startStack();
  const logger = createLogger(
    "gateway",
    { level: "info", pretty: false },
    { write: (line: string) => void written.push(line) },
  );
  gateway = await startGateway(
    {
      supergraphSdl: stack.supergraphSdl,
      subgraphs: stack.entries,
      auth: testAuth,
      observability: createObservability("gateway", undefined, { logger }),
    },
    0,
    "127.0.0.1",
  );
});

afterAll(async () => {
  await gateway?.close();
  await stack?.close();
});

async function post(url: string, body: Record<string, unknown>) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const ONE = "query Regions { regions { code } }";
const TWO = "query Regions { regions { code } } query Districts { federalDistricts { code } }";

describe("an operation that cannot be chosen", () => {
  it.each([
    ["an unknown operationName", { query: ONE, operationName: "Nope" }, 'named "Nope"'],
    ["no operationName for two operations", { query: TWO }, "Must provide operation name"],
  ])("is HTTP 400 at the gateway as at a subgraph: %s", async (_case, body, words) => {
    const atGateway = await post(gateway.url, body);
    const atSubgraph = await post(stack.subgraphs.regions.url, body);
    expect(atGateway.status).toBe(400);
    expect(atGateway.body).toEqual({
      errors: [
        {
          message: expect.stringContaining(words),
          extensions: { code: "OPERATION_RESOLUTION_FAILURE" },
        },
      ],
    });
    expect(atSubgraph).toEqual(atGateway);
  });

  it("still runs the named operation of a document with several", async () => {
    const answer = await post(gateway.url, { query: TWO, operationName: "Districts" });
    expect(answer.status).toBe(200);
    expect((answer.body.data as { federalDistricts: unknown[] }).federalDistricts).toHaveLength(8);
  });

  it("logs a 900 kB unknown name once, at info, cut, with no stack and no internal error", async () => {
    const name = `N${"x".repeat(900_000)}`;
    const before = written.length;
    const answer = await post(gateway.url, { query: ONE, operationName: name });
    expect(answer.status).toBe(400);
    // The answer quotes the name by its start only, as every error quoting a caller's value does.
    const message = (answer.body.errors as { message: string }[])[0].message;
    expect(message.length).toBeLessThan(300);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const lines = written.slice(before);
    const bytes = lines.reduce((total, line) => total + Buffer.byteLength(line), 0);
    // Before: an error line with the message and a stack that both held the name (1.8 MB).
    expect(bytes).toBeLessThan(2_000);
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed.map(({ event }) => event)).toEqual(["request"]);
    const [request] = parsed;
    expect(request).toMatchObject({
      level: "info",
      status: 400,
      errorCodes: ["OPERATION_RESOLUTION_FAILURE"],
    });
    expect(request).not.toHaveProperty("stack");
    expect(String(request.operationName)).toMatch(/^Nx+… \(900001 characters\)$/);
    expect(String(request.operationName).length).toBeLessThan(MAX_LOGGED_NAME + 30);
  });

  it("cuts a huge client-name header in the log line too", async () => {
    const before = written.length;
    await fetch(gateway.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "apollographql-client-name": "c".repeat(10_000),
      },
      body: JSON.stringify({ query: ONE }),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const line = written
      .slice(before)
      .map((text) => JSON.parse(text))
      .find(({ event }) => event === "request");
    expect(line.clientName).toMatch(/^c+… \(10000 characters\)$/);
  });
});
