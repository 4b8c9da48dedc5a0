import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dashboardRoute } from "../../gateway/dashboard-route";

/**
 * The gateway's static route for the built dashboard, over real HTTP: what it serves, with which
 * headers, and what it refuses.
 */
let server: Server;
let port: number;
let folder: string;

/** A raw request, so paths like `/dashboard/../x` reach the server as written. */
function get(path: string, method = "GET") {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path, method }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () =>
          resolve({ status: response.statusCode!, headers: response.headers, body }),
        );
      });
      req.on("error", reject);
      req.end();
    },
  );
}

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), "ngo-route-"));
  folder = join(parent, "dist");
  mkdirSync(join(folder, "assets"), { recursive: true });
  writeFileSync(join(folder, "index.html"), "<!doctype html><title>dashboard</title>");
  writeFileSync(join(folder, "assets", "index-AbC123.js"), "console.log(1)");
  writeFileSync(join(parent, "secret.txt"), "outside");
  symlinkSync(join(parent, "secret.txt"), join(folder, "link.txt"));
  const route = dashboardRoute(folder);
  server = createServer((req, res) => {
    if (!route(req, res, new URL(req.url ?? "/", "http://localhost"))) {
      res.writeHead(404);
      res.end("not the dashboard");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(join(folder, ".."), { recursive: true, force: true });
});

describe("the dashboard's static route", () => {
  it("redirects /dashboard to /dashboard/ and serves index.html there, never cached", async () => {
    const redirect = await get("/dashboard?x=1");
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe("/dashboard/?x=1");
    const page = await get("/dashboard/");
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    expect(page.body).toContain("<title>dashboard</title>");
  });

  it("serves hashed assets with their content type and a year's immutable cache", async () => {
    const asset = await get("/dashboard/assets/index-AbC123.js");
    expect(asset.status).toBe(200);
    expect(asset.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(asset.body).toBe("console.log(1)");
  });

  it("answers HEAD without a body and refuses other methods with 405", async () => {
    const head = await get("/dashboard/", "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    const post = await get("/dashboard/", "POST");
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
  });

  it.each([
    "/dashboard/../secret.txt",
    "/dashboard/%2e%2e/secret.txt",
    "/dashboard/..%2fsecret.txt",
    "/dashboard/assets/..%2f..%2fsecret.txt",
    "/dashboard/%00index.html",
    "/dashboard/..%5csecret.txt",
    "/dashboard/link.txt",
    "/dashboard/nothing-here.js",
    "/dashboard/assets",
  ])("serves nothing outside the folder or not a file: %s", async (path) => {
    const answer = await get(path);
    expect(answer.body).not.toContain("outside");
    expect(answer.status).toBe(404);
  });

  it("leaves every other path to the server", async () => {
    expect((await get("/dashboardx")).body).toBe("not the dashboard");
    expect((await get("/graphql")).body).toBe("not the dashboard");
  });

  it("says how to build the dashboard when it has not been built", async () => {
    const route = dashboardRoute(join(folder, "missing"));
    const bare = createServer((req, res) => route(req, res, new URL(req.url!, "http://localhost")));
    await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
    const answer = await fetch(
      `http://127.0.0.1:${(bare.address() as AddressInfo).port}/dashboard/`,
    );
    expect(answer.status).toBe(404);
    expect(await answer.text()).toContain("npm run build");
    await new Promise((resolve) => bare.close(resolve));
  });
});
