import { createReadStream, realpathSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, sep } from "node:path";
import { findProjectRoot } from "../subgraphs/shared/subgraph-config";
import { PAGE_SECURITY_HEADERS } from "./page-headers";

/**
 * Serves the built dashboard (`dashboard/dist`) at `/dashboard/`, from the gateway's own origin,
 * so the page calls `/graphql` without CORS.
 *
 * This is a small hand-written handler rather than a static-file library: it serves one
 * folder of files that the build names, needs no directory listings, ranges, compression or
 * ETags, and adding a dependency to the gateway for it would be more code to trust than the
 * forty lines below. What it must get right: only GET and HEAD, no way out of the folder (no
 * `..`, no encoded slash or NUL, symbolic links resolved and checked), the right content type,
 * the page's security headers on every answer (page-headers.ts: a strict CSP, no framing, no
 * referrer, `nosniff`), and a year's cache for the hashed files in `assets/` but none for
 * `index.html`, which names the current hashes.
 */

/** The URL path the dashboard is served under. */
const DASHBOARD_PATH = "/dashboard";

/** Where `npm run build` puts the dashboard: `dashboard/dist` at the repository root. */
function defaultDashboardDir(): string {
  return join(findProjectRoot(__dirname), "dashboard", "dist");
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** Vite names built assets `assets/<name>-<hash>.<ext>`: their content never changes. */
const IMMUTABLE = "public, max-age=31536000, immutable";

function answerText(response: ServerResponse, status: number, text: string, extra = {}): void {
  response.writeHead(status, {
    ...PAGE_SECURITY_HEADERS,
    "content-type": "text/plain; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
    ...extra,
  });
  response.end(text);
}

/**
 * The file a request path names inside `root`, with its size, or undefined when it names none or tries to
 * leave the folder. `relative` is the part after `/dashboard/`, still percent-encoded.
 */
function resolveFile(root: string, relative: string): { path: string; size: number } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return undefined;
  const segments = decoded.split("/").filter((segment) => segment !== "");
  if (segments.some((segment) => segment === ".." || segment === ".")) return undefined;
  const candidate = join(root, ...(segments.length ? segments : ["index.html"]));
  try {
    // Resolving links keeps a symbolic link inside the folder from pointing out of it.
    const real = realpathSync(candidate);
    if (real !== root && !real.startsWith(root + sep)) return undefined;
    const stats = statSync(real);
    return stats.isFile() ? { path: real, size: stats.size } : undefined;
  } catch {
    return undefined;
  }
}

function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  { path: file, size }: { path: string; size: number },
  security: Readonly<Record<string, string>>,
): void {
  const hashed = file.includes(`${sep}assets${sep}`);
  response.writeHead(200, {
    ...security,
    "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
    "content-length": String(size),
    "cache-control": hashed ? IMMUTABLE : "no-cache",
  });
  if (request.method === "HEAD") {
    response.end();
    return;
  }
  createReadStream(file)
    .on("error", () => response.destroy())
    .pipe(response);
}

/**
 * A route for the HTTP server: answers requests under `/dashboard` from `dir` and returns true,
 * or returns false for any other path. When `dir` has not been built it says how to build it.
 */
export function dashboardRoute(
  dir: string = defaultDashboardDir(),
  security: Readonly<Record<string, string>> = PAGE_SECURITY_HEADERS,
) {
  return (request: IncomingMessage, response: ServerResponse, url: URL): boolean => {
    if (url.pathname !== DASHBOARD_PATH && !url.pathname.startsWith(`${DASHBOARD_PATH}/`))
      return false;
    if (request.method !== "GET" && request.method !== "HEAD") {
      answerText(response, 405, "Method not allowed\n", { allow: "GET, HEAD" });
      return true;
    }
    // Relative asset URLs in index.html resolve against the folder, so the folder needs its slash.
    if (url.pathname === DASHBOARD_PATH) {
      response.writeHead(301, {
        ...PAGE_SECURITY_HEADERS,
        location: `${DASHBOARD_PATH}/${url.search}`,
        "content-length": 0,
      });
      response.end();
      return true;
    }
    let root: string;
    try {
      root = realpathSync(dir);
    } catch {
      answerText(response, 404, "The dashboard is not built: run `npm run build`\n");
      return true;
    }
    const file = resolveFile(root, url.pathname.slice(DASHBOARD_PATH.length + 1));
    if (!file) answerText(response, 404, "Not found\n");
    else sendFile(request, response, file, security);
    return true;
  };
}
