import type { IncomingMessage, ServerResponse } from "node:http";
import { GraphQLError } from "graphql";
import { graphQLErrorBody, sendJson } from "../../subgraphs/shared/http-reply";
import { PayloadTooLargeError, readBody, refuseBody } from "../../subgraphs/shared/request-body";
import type { CallerVerifier } from "../edge-auth";
import { RegistryError, type Registry } from "./registry";

/** Where the registry answers. */
export const REGISTRY_PATH = "/registry";
/** An SDL is tens of kilobytes; a request body past this is not one. */
const MAX_REGISTRY_BODY_BYTES = 2 * 1024 * 1024;

const NO_STORE = { "cache-control": "no-store" };

function fail(response: ServerResponse, error: unknown): void {
  if (error instanceof RegistryError) {
    const extensions = error.report ? { report: error.report } : {};
    sendJson(
      response,
      error.status,
      graphQLErrorBody(error.code, error.message, extensions),
      NO_STORE,
    );
    return;
  }
  if (error instanceof GraphQLError) {
    const code = String(error.extensions.code ?? "UNAUTHENTICATED");
    const status = Number(
      (error.extensions.http as { status?: number } | undefined)?.status ?? 401,
    );
    sendJson(response, status, graphQLErrorBody(code, error.message), NO_STORE);
    return;
  }
  sendJson(
    response,
    500,
    graphQLErrorBody("INTERNAL_SERVER_ERROR", "The registry failed."),
    NO_STORE,
  );
}

/** The JSON object a registry request sends. */
async function jsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readBody(request, MAX_REGISTRY_BODY_BYTES);
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === "object" && !Array.isArray(body))
      return body as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new RegistryError("BAD_USER_INPUT", "The body must be a JSON object.", 400);
}

function text(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== "string" || value.trim() === "")
    throw new RegistryError("BAD_USER_INPUT", `"${field}" must be a non-empty string.`, 400);
  return value;
}

function optionalNumber(body: Record<string, unknown>, field: string): number | null | undefined {
  const value = body[field];
  if (value === undefined || value === null) return value;
  if (typeof value !== "number")
    throw new RegistryError("BAD_USER_INPUT", `"${field}" must be a number.`, 400);
  return value;
}

/**
 * The registry over HTTP, on the gateway, with the gateway's credentials (service tokens and
 * sign-ins): `GET /registry/subgraphs`, `POST /registry/subgraphs` (register, coordinator),
 * `POST /registry/subgraphs/<name>/check`, `/publish` and `/rollback`, `GET
 * /registry/subgraphs/<name>/versions` and `GET /registry/history`. Errors are one GraphQL
 * error with a code, as everywhere else.
 */
export function registryRoutes(registry: Registry, verify: CallerVerifier) {
  const handle = async (request: IncomingMessage, response: ServerResponse, parts: string[]) => {
    const principal = await verify(request.headers);
    const [, , name, action] = parts;
    const post = request.method === "POST";
    let answer: unknown;
    if (parts[1] === "history" && !post) {
      if (!principal)
        throw new RegistryError("UNAUTHENTICATED", "The registry needs a credential.", 401);
      answer = { supergraphs: await registry.store.history() };
    } else if (parts[1] === "subgraphs" && name === undefined) {
      if (post) {
        const body = await jsonBody(request);
        answer = {
          subgraph: await registry.register(principal, {
            name: text(body, "name"),
            url: text(body, "url"),
            owner: text(body, "owner"),
            timeoutMs: optionalNumber(body, "timeoutMs"),
            breakerFailures: optionalNumber(body, "breakerFailures"),
          }),
        };
      } else {
        if (!principal)
          throw new RegistryError("UNAUTHENTICATED", "The registry needs a credential.", 401);
        const live = new Map(
          (await registry.store.liveVersions()).map((v) => [v.subgraph, v.version]),
        );
        const subgraphs = await registry.store.listSubgraphs();
        answer = {
          subgraphs: subgraphs.map((s) => ({ ...s, liveVersion: live.get(s.name) ?? null })),
        };
      }
    } else if (parts[1] === "subgraphs" && name && action === "versions" && !post) {
      if (!principal)
        throw new RegistryError("UNAUTHENTICATED", "The registry needs a credential.", 401);
      const versions = await registry.store.versions(name);
      answer = { versions: versions.map(({ sdl: _sdl, ...version }) => version) };
    } else if (parts[1] === "subgraphs" && name && post && action === "check") {
      answer = {
        report: await registry.check(principal, name, text(await jsonBody(request), "sdl")),
      };
    } else if (parts[1] === "subgraphs" && name && post && action === "publish") {
      const { report, supergraph } = await registry.publish(
        principal,
        name,
        text(await jsonBody(request), "sdl"),
      );
      const { sdl: _sdl, ...served } = supergraph;
      answer = { report: { ...report, supergraphSdl: undefined }, supergraph: served };
    } else if (parts[1] === "subgraphs" && name && post && action === "rollback") {
      const version = optionalNumber(await jsonBody(request), "version");
      if (!version || !Number.isInteger(version))
        throw new RegistryError("BAD_USER_INPUT", '"version" must be a version number.', 400);
      const { sdl: _sdl, ...served } = await registry.rollback(principal, name, version);
      answer = { supergraph: served };
    } else {
      throw new RegistryError(
        "NOT_FOUND",
        `No registry route ${request.method} ${parts.join("/")}.`,
        404,
      );
    }
    sendJson(response, 200, JSON.stringify(answer), NO_STORE);
  };
  return (request: IncomingMessage, response: ServerResponse, url: URL): boolean => {
    if (url.pathname !== REGISTRY_PATH && !url.pathname.startsWith(`${REGISTRY_PATH}/`))
      return false;
    const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    handle(request, response, parts).catch((error: unknown) =>
      error instanceof PayloadTooLargeError
        ? refuseBody(request, response, error)
        : fail(response, error),
    );
    return true;
  };
}
