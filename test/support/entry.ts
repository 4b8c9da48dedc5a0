import { join } from "node:path";

/**
 * The arguments that start one of the project's entry files as its own Node process, from the
 * TypeScript sources (as `npm start` does), so no build step has to run before the tests.
 */
export function entryArgs(relativePath: string): string[] {
  return ["-r", "@swc-node/register", join(__dirname, "..", "..", relativePath)];
}
