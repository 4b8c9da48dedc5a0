import { currentObservation } from "./request";

/**
 * Records the size of one DataLoader batch under `loader` (an entity and key, or a list and
 * what is read of it) in the metrics of the request the batch serves. Batches run in the
 * request's async context, so the request is found without being passed down.
 */
export function observeBatch(loader: string, size: number): void {
  currentObservation()?.observability.metrics.batchSize.observe({ loader }, size);
}
