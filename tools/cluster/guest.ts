import { loadAuthSettings } from "../../gateway/service-token-settings";
import { signToken } from "../../gateway/service-tokens";
import { COORDINATOR_OWNER } from "../../subgraphs/shared/auth/principal";
import type { Env } from "../../subgraphs/shared/env";

/** The centre that owns the cluster's guest subgraph, as a resource centre would own its own. */
export const GUEST_OWNER = "org-rc-kurgan";

/** Posts to a registry route of the gateway at `base` with a service token; throws on refusal. */
async function registry(base: string, path: string, body: unknown, token: string) {
  const response = await fetch(`${base}/registry${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { errors?: { message: string }[] };
  if (!response.ok || answer.errors)
    throw new Error(`${path} refused (${response.status}): ${JSON.stringify(answer.errors)}`);
  return answer;
}

/**
 * Joins a guest subgraph to the network the way docs/registry.md describes: the coordinator
 * registers it with its URL and owner, then the owner publishes the SDL the running subgraph
 * reports. The tokens are service tokens signed with the gateway's settings in `env`.
 */
export async function joinGuest(
  gatewayBase: string,
  name: string,
  url: string,
  env: Env,
): Promise<void> {
  const settings = loadAuthSettings(env);
  const coordinator = signToken(
    settings,
    { organizationId: COORDINATOR_OWNER, role: "coordinator" },
    600,
  );
  const owner = signToken(settings, { organizationId: GUEST_OWNER, role: "centre" }, 600);
  const service = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ _service { sdl } }" }),
  });
  const { data } = (await service.json()) as { data?: { _service: { sdl: string } } };
  if (!data) throw new Error(`${name} at ${url} did not report its SDL`);
  await registry(gatewayBase, "/subgraphs", { name, url, owner: GUEST_OWNER }, coordinator);
  await registry(gatewayBase, `/subgraphs/${name}/publish`, { sdl: data._service.sdl }, owner);
}
