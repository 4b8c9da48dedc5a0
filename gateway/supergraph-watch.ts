import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { SupergraphManager } from "@apollo/gateway";
import { Supergraph } from "@apollo/federation-internals";

/** What the watcher reports: loaded (with the new supergraph's hash), or refused with why. */
export type SupergraphEvent =
  | { kind: "loaded"; path: string; hash: string }
  | { kind: "refused"; path: string; reason: string };

/**
 * The first 16 hex digits of a supergraph's SHA-256: short enough for a log line and a metric
 * label, and enough to tell which file each gateway serves.
 */
export function supergraphHash(sdl: string): string {
  return createHash("sha256").update(sdl).digest("hex").slice(0, 16);
}

/** Throws, with the reason, when a text is not a supergraph the gateway can serve. */
export function assertLoadableSupergraph(sdl: string): void {
  Supergraph.build(sdl);
}

/**
 * Serves the supergraph in `path` and reloads it when the file changes, without a restart:
 * the gateway swaps to the new schema atomically, so requests already running finish on the
 * old one. A file that does not load is refused (reported through `onEvent`) and the last good
 * supergraph keeps serving. The file is polled, which also sees atomic renames and copies.
 */
export function watchedSupergraph(
  path: string,
  pollMs: number,
  onEvent: (event: SupergraphEvent) => void,
): SupergraphManager {
  return {
    async initialize({ update }) {
      let served = readFileSync(path, "utf8");
      assertLoadableSupergraph(served);
      let refused: string | null = null;
      const check = () => {
        let text: string;
        try {
          text = readFileSync(path, "utf8");
        } catch (error) {
          // Reported once, not on every poll, until the file can be read again.
          if (refused !== "") onEvent({ kind: "refused", path, reason: (error as Error).message });
          refused = "";
          return;
        }
        if (text === served || text === refused) return;
        try {
          assertLoadableSupergraph(text);
          update(text);
          served = text;
          refused = null;
          onEvent({ kind: "loaded", path, hash: supergraphHash(text) });
        } catch (error) {
          refused = text;
          onEvent({ kind: "refused", path, reason: (error as Error).message.split("\n")[0] });
        }
      };
      const timer = setInterval(check, pollMs);
      timer.unref();
      return { supergraphSdl: served, cleanup: async () => clearInterval(timer) };
    },
  };
}
