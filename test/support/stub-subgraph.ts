import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";

/** How a stub subgraph answers its next calls; a test changes it between requests. */
export interface StubBehaviour {
  /** "answer": `{ data: { <field>: "…" } }` after `delayMs`; "stall": never; "fail": HTTP 500. */
  mode: "answer" | "stall" | "fail";
  delayMs: number;
}

/** A subgraph endpoint of one field, whose answers a test controls; see stubSupergraph. */
export interface StubSubgraph {
  name: string;
  url: string;
  behaviour: StubBehaviour;
  /** Calls received at `/graphql` so far (GET /ready and probes excluded). */
  calls: number;
  close(): Promise<void>;
}

/**
 * Starts a stub subgraph `name` serving `type Query { <name>Hello: String }` over real HTTP.
 * It has no `/ready` (404), like a centre's subgraph built elsewhere, and answers the readiness
 * probe's `{ __typename }` at once whatever its behaviour, so only the field's calls stall.
 */
export async function startStubSubgraph(name: string): Promise<StubSubgraph> {
  const stub: Omit<StubSubgraph, "url" | "close"> = {
    name,
    behaviour: { mode: "answer", delayMs: 0 },
    calls: 0,
  };
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      if (request.url !== "/graphql") return void response.writeHead(404).end();
      response.setHeader("content-type", "application/json");
      if (body.includes("__typename") && !body.includes("Hello"))
        return void response.end(JSON.stringify({ data: { __typename: "Query" } }));
      stub.calls += 1;
      const { mode, delayMs } = stub.behaviour;
      if (mode === "stall") return;
      if (mode === "fail") return void response.writeHead(500).end('{"errors":[]}');
      setTimeout(
        () => response.end(JSON.stringify({ data: { [`${name}Hello`]: `hello from ${name}` } })),
        delayMs,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return Object.assign(stub, {
    url,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  });
}

/** The SDL a stub subgraph serves. */
export function stubSdl(name: string): string {
  return `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@shareable"])
type Query { ${name}Hello: String }`;
}

/** A supergraph of stub subgraphs (and of any other subgraphs given with their SDL). */
export function stubSupergraph(
  stubs: { name: string; url: string }[],
  others: { name: string; url: string; sdl: string }[] = [],
): string {
  const result = composeServices([
    ...stubs.map(({ name, url }) => ({ name, url, typeDefs: parse(stubSdl(name)) })),
    ...others.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })),
  ]);
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join("\n"));
  return result.supergraphSdl;
}
