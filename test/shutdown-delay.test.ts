import { freePort, spawnEntry, waitFor } from "./support/spawned";

/**
 * SHUTDOWN_DELAY_MS: a process told SIGTERM leaves a load balancer's rotation (`GET /ready`
 * answers 503) while it still serves everything, and only then drains and exits.
 */
jest.setTimeout(120_000);

const status = async (url: string, init?: RequestInit) => {
  try {
    return (await fetch(url, { ...init, signal: AbortSignal.timeout(5000) })).status;
  } catch {
    return 0;
  }
};

const QUERY = {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ query: '{ region(code: "RU-TYU") { name } }' }),
};

it("answers /ready 503 and keeps serving for SHUTDOWN_DELAY_MS after SIGTERM, then exits 0", async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const regions = spawnEntry("subgraphs/regions/index.ts", {
    HOST: "127.0.0.1",
    REGIONS_PORT: String(port),
    REGIONS_DATABASE: ":memory:",
    SHUTDOWN_DELAY_MS: "4000",
  });
  try {
    await waitFor(
      "regions to be ready",
      async () => (await status(`${base}/ready`)) === 200,
      90_000,
    );
    const signalled = Date.now();
    regions.child.kill("SIGTERM");
    await waitFor("/ready to answer 503", async () => (await status(`${base}/ready`)) === 503);
    expect(await status(`${base}/graphql`, QUERY)).toBe(200);
    expect(await status(`${base}/health`)).toBe(200);
    expect(await regions.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(4000);
    expect(regions.output()).toContain("/ready answers 503; still serving for 4000 ms");
  } finally {
    regions.child.kill("SIGKILL");
  }
});
