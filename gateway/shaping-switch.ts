import { createRequire } from "node:module";
import { compiledComputeResponse, type ComputeResponse } from "./result-shaping";

/*
 * Which result shaping @apollo/gateway runs (`GATEWAY_RESULT_SHAPING`): its executeQueryPlan
 * reads `computeResponse` off its resultShaping module's exports at each call, so setting that
 * property switches every gateway of the process. An @apollo/gateway without that module or
 * property keeps its own shaping, with one warning.
 */

export type ResultShaping = "apollo" | "compiled";
export const RESULT_SHAPINGS: readonly ResultShaping[] = ["apollo", "compiled"];

interface Shaping {
  exports: { computeResponse: ComputeResponse };
  apollo: ComputeResponse;
  compiled: ComputeResponse;
}

let shaping: Shaping | null | undefined;
let warned = false;

function loadShaping(): Shaping | null {
  if (shaping !== undefined) return shaping;
  shaping = null;
  try {
    const exports = createRequire(__filename)("@apollo/gateway/dist/resultShaping") as {
      computeResponse?: unknown;
    };
    if (typeof exports.computeResponse === "function") {
      const apollo = exports.computeResponse as ComputeResponse;
      shaping = {
        exports: exports as Shaping["exports"],
        apollo,
        compiled: compiledComputeResponse(apollo),
      };
    }
  } catch {
    // Another @apollo/gateway: its own shaping stays.
  }
  return shaping;
}

/** @apollo/gateway's own computeResponse, untouched by useResultShaping (undefined: not found). */
export function apolloComputeResponse(): ComputeResponse | undefined {
  return loadShaping()?.apollo;
}

/**
 * Makes @apollo/gateway shape results with `mode`; false, with `warn` called once per process,
 * when its computeResponse cannot be replaced.
 */
export function useResultShaping(mode: ResultShaping, warn: (message: string) => void): boolean {
  const found = loadShaping();
  if (!found) {
    if (!warned && mode === "compiled")
      warn(
        "GATEWAY_RESULT_SHAPING=compiled: @apollo/gateway/dist/resultShaping has no computeResponse in this version; its own result shaping is used",
      );
    warned ||= mode === "compiled";
    return false;
  }
  found.exports.computeResponse = mode === "compiled" ? found.compiled : found.apollo;
  return true;
}
