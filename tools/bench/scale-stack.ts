import { freePort, peakMiB, spawnNode, stopChild, waitServing, type Spawned } from "../processes";
import { productionKeys } from "../process-env";
import { entryArgs } from "../entry";

export const SCALE_SUBGRAPHS = ["regions", "organizations", "events", "programmes"] as const;

/** The platform's processes over a generated dataset: one per subgraph and the gateway. */
export interface ScaleStack {
  gatewayUrl: string;
  urls: Record<string, string>;
  /** VmHWM of every process so far, in MiB. */
  peakMiB: () => Record<string, number>;
  stop: () => Promise<void>;
}

/**
 * Starts every subgraph and the gateway as separate processes in production mode, on the
 * databases `databaseEnv` names (SQLite files or DATABASE_URL), without seeding (the generator
 * has loaded the seed) and with the gateway's optional caches off.
 */
export async function startScaleStack(
  root: string,
  databaseEnv: Record<string, string>,
): Promise<ScaleStack> {
  // The gateway gets the signing key, the subgraphs only its public half.
  const keys = await productionKeys();
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    ...databaseEnv,
    HOST: "127.0.0.1",
    SEED: "false",
    // A dataset generated before the latest migration is brought up to date first.
    MIGRATE: "true",
    LOG_LEVEL: "warn",
    // One gateway process, whose memory is the one sampled (GATEWAY_WORKERS: one per core).
    GATEWAY_WORKERS: "1",
  };
  const urls: Record<string, string> = {};
  for (const name of [...SCALE_SUBGRAPHS, "gateway"]) {
    const port = await freePort();
    env[`${name.toUpperCase()}_PORT`] = String(port);
    urls[name] = `http://127.0.0.1:${port}/graphql`;
    if (name !== "gateway") env[`${name.toUpperCase()}_URL`] = urls[name];
  }
  const started: Spawned[] = [];
  const start = (name: string, entry: string) => {
    const own = { ...env, ...(name === "gateway" ? keys.gateway : keys.subgraph) };
    const target = spawnNode(name, entryArgs(entry), own, root);
    started.push(target);
    return target;
  };
  const peaks: Record<string, number> = {};
  const sample = () => {
    for (const { name, child } of started)
      peaks[name] = Math.max(peaks[name] ?? 0, peakMiB(child.pid));
  };
  const sampler = setInterval(sample, 200);
  const stop = async () => {
    clearInterval(sampler);
    await Promise.all(started.map((target) => stopChild(target)));
  };
  try {
    for (const name of SCALE_SUBGRAPHS)
      await waitServing(start(name, `subgraphs/${name}/index.ts`), urls[name], 120);
    await waitServing(start("gateway", "gateway/index.ts"), urls.gateway, 60);
  } catch (error) {
    await stop();
    throw error;
  }
  return { gatewayUrl: urls.gateway, urls, peakMiB: () => (sample(), { ...peaks }), stop };
}
