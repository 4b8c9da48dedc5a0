import type { RegisterRow } from "./columns";

/** How large one importRegister request may grow. */
export interface BatchLimits {
  rows: number;
  /**
   * Encoded JSON bytes of the rows. Subgraphs and the gateway refuse bodies over MAX_BODY_BYTES
   * (1 MiB by default); 900 KB of rows leaves room for the query and the JSON around them.
   */
  bytes: number;
}

export const DEFAULT_BATCH: BatchLimits = { rows: 500, bytes: 900_000 };

/**
 * Groups rows into batches of at most `limits.rows` rows and `limits.bytes` bytes, as a
 * stream: at most one batch is held at a time.
 */
export async function* batched(
  rows: AsyncIterable<RegisterRow>,
  limits: BatchLimits,
): AsyncGenerator<RegisterRow[]> {
  let batch: RegisterRow[] = [];
  let bytes = 0;
  for await (const row of rows) {
    const size = Buffer.byteLength(JSON.stringify(row)) + 1;
    if (batch.length && (batch.length >= limits.rows || bytes + size > limits.bytes)) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(row);
    bytes += size;
  }
  if (batch.length) yield batch;
}
