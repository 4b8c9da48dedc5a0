import type { SupergraphManager } from "@apollo/gateway";
import { assertLoadableSupergraph, type SupergraphEvent } from "../supergraph-watch";
import type { RegisteredSubgraph, SubgraphVersion } from "./entities";
import type { RegistryStore } from "./store";

/**
 * Serves the registry's newest supergraph and moves to a newer one within `pollMs` of its
 * publish, without a restart: every gateway replica polling the same database serves the same
 * version. The poll reads one id; the supergraph itself only when it changed. A supergraph that
 * does not load is refused (reported) and the last good one keeps serving. `onSubgraphs` hears
 * the registered subgraphs (URLs, owners, settings) on every change, to apply their settings;
 * `onLive` the subgraph versions each served supergraph was composed from (what drift compares
 * a running subgraph with).
 */
export function registrySupergraph(
  store: RegistryStore,
  pollMs: number,
  onEvent: (event: SupergraphEvent) => void,
  onSubgraphs: (subgraphs: RegisteredSubgraph[]) => void = () => {},
  onLive: (versions: SubgraphVersion[]) => void = () => {},
): SupergraphManager {
  return {
    async initialize({ update }) {
      const first = await store.currentSupergraph();
      if (!first) throw new Error("the registry holds no supergraph yet: publish one first");
      assertLoadableSupergraph(first.sdl);
      let served = first.id ?? 0;
      let settings = JSON.stringify(await store.listSubgraphs());
      onSubgraphs(JSON.parse(settings) as RegisteredSubgraph[]);
      onLive(await store.liveVersions());
      let busy = false;
      const check = async () => {
        const listed = JSON.stringify(await store.listSubgraphs());
        if (listed !== settings)
          onSubgraphs(JSON.parse((settings = listed)) as RegisteredSubgraph[]);
        if ((await store.currentSupergraphId()) === served) return;
        const next = await store.currentSupergraph();
        if (!next?.id || next.id === served) return;
        served = next.id;
        const path = `registry #${next.id} (${next.cause})`;
        try {
          assertLoadableSupergraph(next.sdl);
          update(next.sdl);
          onLive(await store.liveVersions());
          onEvent({ kind: "loaded", path, hash: next.hash });
        } catch (error) {
          onEvent({ kind: "refused", path, reason: (error as Error).message.split("\n")[0] });
        }
      };
      const timer = setInterval(() => {
        if (busy) return;
        busy = true;
        check()
          .catch((error: Error) =>
            onEvent({ kind: "refused", path: "registry", reason: `unreachable: ${error.message}` }),
          )
          .finally(() => (busy = false));
      }, pollMs);
      timer.unref();
      return { supergraphSdl: first.sdl, cleanup: async () => clearInterval(timer) };
    },
  };
}
