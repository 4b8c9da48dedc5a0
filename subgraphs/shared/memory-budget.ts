import { getHeapStatistics } from "node:v8";
import { ConfigError, readPositiveInt, type Env } from "./env";
import type { CacheSettings } from "./operation-cache";

/**
 * The heap each process of `npm start` gets (`MEMORY_BUDGET_MIB`, passed to every child as
 * `--max-old-space-size`). 256 MiB is what a process needs at national scale (peaks of 186–253
 * MiB resident, most of it outside the JavaScript heap) with the per-operation caches full at
 * their default bounds (64 MiB estimated); a process that would grow past it stops and is
 * restarted instead of swapping the machine.
 */
export const DEFAULT_MEMORY_BUDGET_MIB = 256;
/** Below this a process cannot load its schema and caches; a budget under it is a typo. */
const MIN_MEMORY_BUDGET_MIB = 64;

const HEAP_FLAG = /^--max-old-space-size(=|$)/;

/** Reads `MEMORY_BUDGET_MIB`, the heap of each supervised process in MiB (at least 64). */
export function readMemoryBudgetMiB(env: Env): number {
  const mib = readPositiveInt(env, "MEMORY_BUDGET_MIB", DEFAULT_MEMORY_BUDGET_MIB);
  if (mib < MIN_MEMORY_BUDGET_MIB)
    throw new ConfigError(
      `MEMORY_BUDGET_MIB must be at least ${MIN_MEMORY_BUDGET_MIB}, got "${env.MEMORY_BUDGET_MIB}"`,
    );
  return mib;
}

/**
 * The Node flag a supervisor starts a child with: `--max-old-space-size=<MEMORY_BUDGET_MIB>`,
 * or nothing when the supervisor's own flags (which the children inherit) already set one.
 */
export function memoryBudgetArgs(env: Env, execArgv: readonly string[]): string[] {
  const mib = readMemoryBudgetMiB(env);
  return execArgv.some((arg) => HEAP_FLAG.test(arg)) ? [] : [`--max-old-space-size=${mib}`];
}

/** The heap limit this process runs under, in MiB (V8's, whatever set it). */
export function heapLimitMiB(): number {
  return Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);
}

/**
 * The line a process logs at start: its heap limit and its caches' bounds, with a warning when
 * the caches alone could take more than half the heap (the rest is what requests work in).
 */
export function describeMemoryBudget(caches: CacheSettings, limitMiB = heapLimitMiB()): string {
  const { documents, plans } = caches;
  const cachesMiB = documents.maxMiB * 2 + plans.maxMiB;
  const line =
    `memory: heap limit ${limitMiB} MiB (--max-old-space-size; MEMORY_BUDGET_MIB under npm start); ` +
    `operation caches at most ${documents.maxEntries} documents / ${documents.maxMiB} MiB ` +
    `(persisted queries the same), ${plans.maxEntries} plans / ${plans.maxMiB} MiB (gateway)`;
  return cachesMiB * 2 > limitMiB
    ? `${line}; WARNING: the caches could take ${cachesMiB} MiB, over half the heap`
    : line;
}
