import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { graphql } from "./support/graphql";
import { verifyToken } from "../gateway/service-tokens";
import { startStack, type TestStack } from "./support/stack";
import { entryArgs } from "./support/entry";
import { testAuth } from "./support/subgraph";

const GATEWAY = entryArgs("gateway/index.ts");

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`gateway exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} never answered 200`);
}

describe("the gateway process (npm run build output)", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it("serves any --supergraph file on --port, answers /health, and exits 0 on SIGTERM", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "supergraph-")), "supergraph.graphql");
    writeFileSync(file, stack.supergraphSdl);
    const port = 40000 + Math.floor(Math.random() * 10000);
    const env = {
      ...process.env,
      REGIONS_URL: stack.subgraphs.regions.url,
      ORGANIZATIONS_URL: stack.subgraphs.organizations.url,
      EVENTS_URL: stack.subgraphs.events.url,
      PROGRAMMES_URL: stack.subgraphs.programmes.url,
    };
    const child = spawn(
      process.execPath,
      [...GATEWAY, "--supergraph", file, "--port", String(port)],
      {
        env,
        stdio: "pipe",
      },
    );
    try {
      await waitForHealth(`http://127.0.0.1:${port}/health`, child);
      const response = await graphql(
        `http://127.0.0.1:${port}/graphql`,
        `
          {
            region(code: "RU-KGN") {
              name
              organizationCount
            }
          }
        `,
      );
      expect(response.data!.region.name).toBe("Курганская область");
      expect(response.data!.region.organizationCount).toBeGreaterThan(0);
    } finally {
      child.kill("SIGTERM");
    }
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
  });

  it("refuses to start on a supergraph that does not load, naming the file", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "supergraph-")), "broken.graphql");
    writeFileSync(file, "type Query { nope: String }");
    const child = spawn(process.execPath, [...GATEWAY, "--supergraph", file, "--port", "0"], {
      stdio: "pipe",
    });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(stderr).toContain("failed to start");
  });

  it("refuses to start in production without a signing key, naming the variables", async () => {
    const env = { ...process.env, NODE_ENV: "production", AUTH_JWT_SECRET: "" };
    const child = spawn(process.execPath, [...GATEWAY, "--port", "0"], { env, stdio: "pipe" });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(stderr).toContain("AUTH_JWT_SECRET");
  });
});

describe("npm run token", () => {
  const TOKEN = entryArgs("tools/token.ts");
  const run = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [...TOKEN, ...args], {
        env: { ...process.env, AUTH_JWT_SECRET: "" },
        stdio: "pipe",
      });
      let stdout = "";
      let stderr = "";
      child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.on("exit", (code) => resolve({ code, stdout, stderr }));
    });

  it("prints a token for a centre that the platform accepts, with the asked role and expiry", async () => {
    const { code, stdout, stderr } = await run(["--centre", "org-rc-tyumen", "--ttl", "2h"]);
    expect(code).toBe(0);
    expect(stderr).toContain("development secret");
    expect(verifyToken(testAuth.service, stdout.trim())).toEqual({
      organizationId: "org-rc-tyumen",
      role: "centre",
    });
    const coordinator = await run(["--role", "coordinator"]);
    expect(verifyToken(testAuth.service, coordinator.stdout.trim())).toEqual({
      organizationId: "coordinator",
      role: "coordinator",
    });
  });

  it("refuses a centre token without --centre and a malformed --ttl", async () => {
    expect((await run([])).code).toBe(1);
    const bad = await run(["--centre", "org-rc-tyumen", "--ttl", "forever"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--ttl");
  });
});
