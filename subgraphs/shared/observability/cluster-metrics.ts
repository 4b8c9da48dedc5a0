import cluster from "node:cluster";
import { AggregatorRegistry, type Registry } from "prom-client";

/** The messages a worker and its primary exchange for `GET /metrics` (gateway/cluster.ts). */
export const METRICS_REQUEST = "ngo:metrics-request";
export const METRICS_REPLY = "ngo:metrics-reply";

export interface MetricsReply {
  type: typeof METRICS_REPLY;
  id?: number;
  text?: string;
  error?: string;
}

/** How long a worker waits for the primary's sum before answering with its own metrics. */
const REPLY_TIMEOUT_MS = 5_000;

let nextId = 0;
const waiting = new Map<number, (reply: MetricsReply) => void>();
let listening = false;

/** Asks the primary for the metrics of every worker, summed (counters, histograms) per series. */
function askPrimary(): Promise<MetricsReply> {
  if (!listening) {
    listening = true;
    process.on("message", (message: MetricsReply) => {
      if (message?.type !== METRICS_REPLY || message.id === undefined) return;
      waiting.get(message.id)?.(message);
      waiting.delete(message.id);
    });
  }
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      resolve({ type: METRICS_REPLY, id, error: "the primary did not answer" });
    }, REPLY_TIMEOUT_MS);
    waiting.set(id, (reply) => {
      clearTimeout(timer);
      resolve(reply);
    });
    process.send!({ type: METRICS_REQUEST, id });
  });
}

/**
 * Makes `registry` the one a cluster primary collects from this worker: prom-client answers the
 * primary's requests once an AggregatorRegistry exists in the worker, with the registries named
 * here (its default is the global one, which the platform does not use). Nothing happens
 * outside a cluster worker.
 */
export function shareWithPrimary(registry: Registry): void {
  if (!cluster.isWorker) return;
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
}

/**
 * The text `GET /metrics` answers: in a worker of a gateway with several workers, every
 * worker's series summed by the primary (a scrape lands on one worker, and Prometheus would
 * otherwise see counters jump between them); elsewhere, or when the primary cannot answer in
 * time, this process's own registry.
 */
export async function metricsText(registry: Registry): Promise<string> {
  if (!cluster.isWorker || !process.send) return registry.metrics();
  const reply = await askPrimary();
  return reply.text ?? registry.metrics();
}
