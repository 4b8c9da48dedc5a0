/**
 * Helpers that keep the DataLoader batch contract: the results come back in the order of
 * the keys and have the same length, with `null` (or an empty list) for a missing key.
 */

/** One result per key, `null` where no row has that key. */
export function orderByKeys<K, T>(
  keys: readonly K[],
  rows: readonly T[],
  keyOf: (row: T) => K,
): (T | null)[] {
  const byKey = new Map<K, T>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** All rows per key, in row order, `[]` where no row has that key. */
export function groupByKeys<K, T>(
  keys: readonly K[],
  rows: readonly T[],
  keyOf: (row: T) => K,
): T[][] {
  const byKey = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = byKey.get(key);
    if (group) group.push(row);
    else byKey.set(key, [row]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}

/** The distinct values of `keys`, for an `IN (...)` list. */
export function distinct<K>(keys: Iterable<K>): K[] {
  return [...new Set(keys)];
}
