import { createReadStream, realpathSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, sep } from "node:path";
import { findProjectRoot } from "../subgraphs/shared/subgraph-config";
import { EXPLORER_SECURITY_HEADERS } from "./explorer-headers";
import { PAGE_SECURITY_HEADERS } from "./page-headers";

/**
 * Serves a built page folder from the gateway's own origin, so the page calls `/graphql` without
 * CORS: the dashboard (`dashboard/dist`) at `/dashboard/` and the offline GraphQL explorer
 * (`dashboard/explorer/dist`) at `/explorer/`. One handler serves both; each page brings its own
 * security headers.
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

/** Where `npm run build` puts a page: `dashboard/dist`, `dashboard/explorer/dist`. */
function builtDir(...segments: string[]): string {
  return join(findProjectRoot(__dirname), ...segments, "dist");
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
  // Monaco's icon font (codicon.ttf), in the explorer.
  ".ttf": "font/ttf",
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
 * leave the folder. `relative` is the part after the page's path (`/dashboard/`), still percent-encoded.
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

/** What one static page is: where it is served, from which folder, with which headers. */
export interface StaticPage {
  /** The URL path without its trailing slash, e.g. `/dashboard`. */
  path: string;
  /** The built folder. */
  dir: string;
  /** The headers every answer carries (page-headers.ts). */
  security: Readonly<Record<string, string>>;
  /** What a 404 says when `dir` has not been built. */
  notBuilt: string;
}

/**
 * A route for the HTTP server: answers requests under `page.path` from `page.dir` and returns
 * true, or returns false for any other path. When the folder has not been built it says how.
 */
export function staticPageRoute({ path, dir, security, notBuilt }: StaticPage) {
  return (request: IncomingMessage, response: ServerResponse, url: URL): boolean => {
    if (url.pathname !== path && !url.pathname.startsWith(`${path}/`)) return false;
    if (request.method !== "GET" && request.method !== "HEAD") {
      answerText(response, 405, "Method not allowed\n", { allow: "GET, HEAD" });
      return true;
    }
    // Relative asset URLs in index.html resolve against the folder, so the folder needs its slash.
    if (url.pathname === path) {
      response.writeHead(301, {
        ...PAGE_SECURITY_HEADERS,
        location: `${path}/${url.search}`,
        "content-length": 0,
      });
      response.end();
      return true;
    }
    let root: string;
    try {
      root = realpathSync(dir);
    } catch {
      answerText(response, 404, notBuilt);
      return true;
    }
    const file = resolveFile(root, url.pathname.slice(path.length + 1));
    if (!file) answerText(response, 404, "Not found\n");
    else sendFile(request, response, file, security);
    return true;
  };
}

/** The dashboard at `/dashboard/`, from `dir` (`dashboard/dist` when left out). */
export function dashboardRoute(
  dir: string = builtDir("dashboard"),
  security: Readonly<Record<string, string>> = PAGE_SECURITY_HEADERS,
) {
  return staticPageRoute({
    path: "/dashboard",
    dir,
    security,
    notBuilt: "The dashboard is not built: run `npm run build`\n",
  });
}

/**
 * The GraphQL explorer (GraphiQL, bundled) at `/explorer/`, from `dir` (`dashboard/explorer/dist`
 * when left out), with the explorer's own CSP (explorer-headers.ts).
 */
export function explorerRoute(dir: string = builtDir("dashboard", "explorer")) {
  return staticPageRoute({
    path: "/explorer",
    dir,
    security: EXPLORER_SECURITY_HEADERS,
    notBuilt: "The explorer is not built: run `npm run build`\n",
  });
}
