import { join } from "node:path";

const root = join(__dirname, "..");

/** The preload every command runs under: the TypeScript sources, decorator metadata kept. */
export const PRELOAD = ["-r", "@swc-node/register"];

/** The Node arguments that run one of the project's entry files from its TypeScript sources. */
export function entryArgs(relativePath: string): string[] {
  return [...PRELOAD, join(root, relativePath)];
}
