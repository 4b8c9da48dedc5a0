import { COORDINATOR_OWNER, type Principal } from "../../subgraphs/shared/auth/principal";
import {
  actor,
  mayPublish,
  NAME,
  RegistryError,
  requireCaller,
  requireCoordinator,
} from "./access";
import { supergraphHash } from "../supergraph-watch";
import { checkSubgraph, shippedOperations, type CheckReport, type ShippedDocument } from "./check";

export { RegistryError } from "./access";
import { composeSubgraphs, type SubgraphSource } from "./compose";
import type { RegisteredSubgraph, SupergraphVersion } from "./entities";
import { RegistryConflict, type RegistryStore } from "./store";

export interface RegistryOptions {
  /** Documents the platform ships: their operations block breaking changes like recorded ones. */
  shipped: ShippedDocument[];
  /** Recorded operations older than this many days do not block (`CHECK_WINDOW_DAYS`, 30). */
  windowDays: number;
}

/**
 * The network's registry: the coordinator registers subgraphs and their owners; an owner checks
 * and publishes its subgraph's SDL, or rolls it back to an earlier version; each publish composes
 * a new supergraph that every gateway polling the same database starts serving.
 */
export class Registry {
  constructor(
    readonly store: RegistryStore,
    private readonly options: RegistryOptions,
  ) {}

  private async registered(name: string): Promise<RegisteredSubgraph> {
    if (!NAME.test(name))
      throw new RegistryError(
        "BAD_USER_INPUT",
        `"${name}" is not a subgraph name (a-z, 0-9, -).`,
        400,
      );
    const subgraph = await this.store.subgraph(name);
    if (!subgraph)
      throw new RegistryError(
        "NOT_FOUND",
        `No subgraph "${name}" is registered: the coordinator registers it first.`,
        404,
      );
    return subgraph;
  }

  /** Registers a subgraph or changes its URL, owner or settings (coordinator only). */
  async register(
    principal: Principal | null,
    input: {
      name: string;
      url: string;
      owner: string;
      timeoutMs?: number | null;
      breakerFailures?: number | null;
    },
  ): Promise<RegisteredSubgraph> {
    const caller = requireCoordinator(principal);
    if (!NAME.test(input.name))
      throw new RegistryError(
        "BAD_USER_INPUT",
        `"${input.name}" is not a subgraph name (a-z, 0-9, -).`,
        400,
      );
    if (!/^https?:\/\//.test(input.url))
      throw new RegistryError(
        "BAD_USER_INPUT",
        `url must be an http(s) URL, got "${input.url}".`,
        400,
      );
    if (!input.owner)
      throw new RegistryError(
        "BAD_USER_INPUT",
        'owner must name a centre (or "coordinator").',
        400,
      );
    for (const [field, value] of [
      ["timeoutMs", input.timeoutMs],
      ["breakerFailures", input.breakerFailures],
    ] as const)
      if (value != null && (!Number.isInteger(value) || value < 1 || value > 600_000))
        throw new RegistryError(
          "BAD_USER_INPUT",
          `${field} must be a whole number from 1 to 600000.`,
          400,
        );
    const subgraph: RegisteredSubgraph = {
      name: input.name,
      url: input.url,
      owner: input.owner,
      timeoutMs: input.timeoutMs ?? null,
      breakerFailures: input.breakerFailures ?? null,
      registeredBy: actor(caller),
      registeredAt: new Date().toISOString(),
    };
    await this.store.register(subgraph);
    return subgraph;
  }

  /** The published subgraphs (their live versions) and the supergraph they compose. */
  private async network(): Promise<{ published: SubgraphSource[]; current?: SupergraphVersion }> {
    const current = await this.store.currentSupergraph();
    const live = await this.store.liveVersions();
    return {
      current,
      published: live.map(({ subgraph, url, sdl }) => ({ name: subgraph, url, sdl })),
    };
  }

  /** Checks a candidate SDL against the network and the operations in use (any credential). */
  async check(principal: Principal | null, name: string, sdl: string): Promise<CheckReport> {
    requireCaller(principal);
    const subgraph = await this.registered(name);
    const { published, current } = await this.network();
    return this.checkAgainst({ name, url: subgraph.url, sdl }, published, current);
  }

  private async checkAgainst(
    candidate: SubgraphSource,
    published: SubgraphSource[],
    current?: SupergraphVersion,
  ): Promise<CheckReport> {
    const since = new Date(Date.now() - this.options.windowDays * 86_400_000).toISOString();
    const recorded = (await this.store.operationsSince(since)).map((operation) => ({
      name: operation.name,
      id: operation.hash.slice(0, 16),
      source: "recorded" as const,
      clients: [
        `${operation.clientName}${operation.clientVersion ? ` ${operation.clientVersion}` : ""}`,
      ],
      coordinates: operation.coordinates.split("\n"),
      lastSeen: operation.lastSeen,
    }));
    const shipped = current ? shippedOperations(current.sdl, this.options.shipped) : [];
    return checkSubgraph({
      candidate,
      published,
      currentSupergraphSdl: current?.sdl,
      operations: [...recorded, ...shipped],
    });
  }

  /**
   * Publishes a subgraph's SDL: only its owner may; the same check runs and a blocking change
   * refuses the publish (CHECK_FAILED, with the report), else the new supergraph is stored and
   * every gateway moves to it on its next poll.
   */
  async publish(
    principal: Principal | null,
    name: string,
    sdl: string,
  ): Promise<{ report: CheckReport; supergraph: SupergraphVersion }> {
    const caller = requireCaller(principal);
    const subgraph = await this.registered(name);
    if (!mayPublish(caller, subgraph))
      throw new RegistryError("FORBIDDEN", `Only ${subgraph.owner} publishes "${name}".`, 403);
    const { published, current } = await this.network();
    const report = await this.checkAgainst({ name, url: subgraph.url, sdl }, published, current);
    if (report.blocking || !report.supergraphSdl)
      throw new RegistryError(
        "CHECK_FAILED",
        `The check of "${name}" found blocking changes: nothing was published.`,
        422,
        report,
      );
    const versions = Object.fromEntries(
      (await this.store.liveVersions()).map(({ subgraph: other, version }) => [other, version]),
    );
    const supergraph = await this.appendOrConflict(
      {
        sdl: report.supergraphSdl,
        hash: supergraphHash(report.supergraphSdl),
        versions,
        cause: `publish ${name} v{version}`,
        createdBy: actor(caller),
        published: [{ subgraph: name, sdl, url: subgraph.url, publishedBy: actor(caller) }],
      },
      current?.id ?? 0,
    );
    return { report, supergraph };
  }

  /** Serves an earlier published version of a subgraph again (its owner only). */
  async rollback(
    principal: Principal | null,
    name: string,
    version: number,
  ): Promise<SupergraphVersion> {
    const caller = requireCaller(principal);
    const subgraph = await this.registered(name);
    if (!mayPublish(caller, subgraph))
      throw new RegistryError("FORBIDDEN", `Only ${subgraph.owner} rolls back "${name}".`, 403);
    const target = await this.store.version(name, version);
    if (!target) throw new RegistryError("NOT_FOUND", `"${name}" has no version ${version}.`, 404);
    const { published, current } = await this.network();
    const sources = published.filter((source) => source.name !== name);
    const composition = composeSubgraphs([
      ...sources,
      { name, url: subgraph.url, sdl: target.sdl },
    ]);
    if (!composition.supergraphSdl)
      throw new RegistryError(
        "CHECK_FAILED",
        `"${name}" v${version} no longer composes with the network: ${composition.errors.join("; ")}`,
        422,
      );
    const live = await this.store.liveVersions();
    const versions = Object.fromEntries(live.map(({ subgraph: other, version: v }) => [other, v]));
    versions[name] = version;
    return this.appendOrConflict(
      {
        sdl: composition.supergraphSdl,
        hash: supergraphHash(composition.supergraphSdl),
        versions,
        cause: `rollback ${name} to v${version}`,
        createdBy: actor(caller),
      },
      current?.id ?? 0,
    );
  }

  private async appendOrConflict(...args: Parameters<RegistryStore["append"]>) {
    try {
      return await this.store.append(...args);
    } catch (error) {
      if (error instanceof RegistryConflict)
        throw new RegistryError("CONFLICT", error.message, 409);
      throw error;
    }
  }

  /**
   * Brings the repository's subgraphs (the supergraph file's, with their committed SDL) into the
   * registry at start: each is registered as the coordinator's when it is not yet, and a version
   * whose SDL differs from the live one is published by "repository", so `npm run compose` and a
   * restart keep working as the core subgraphs' workflow. Guests are left as published. When
   * the result does not compose, nothing is written and the registry's supergraph keeps serving.
   */
  async adoptRepository(subgraphs: SubgraphSource[]): Promise<string[]> {
    const notes: string[] = [];
    for (const source of subgraphs) {
      await this.store.registerIfAbsent({
        name: source.name,
        url: source.url,
        owner: COORDINATOR_OWNER,
        timeoutMs: null,
        breakerFailures: null,
        registeredBy: "repository",
        registeredAt: new Date().toISOString(),
      });
    }
    const { published, current } = await this.network();
    const live = new Map(published.map((source) => [source.name, source]));
    const changed = subgraphs.filter((source) => live.get(source.name)?.sdl !== source.sdl);
    if (changed.length === 0) return notes;
    const candidate = [
      ...published.filter((p) => !changed.some((c) => c.name === p.name)),
      ...changed,
    ];
    const composition = composeSubgraphs(candidate);
    if (!composition.supergraphSdl) {
      notes.push(
        `the repository's subgraphs do not compose with the published ones: ${composition.errors.join("; ")}`,
      );
      return notes;
    }
    const versions = Object.fromEntries(
      (await this.store.liveVersions()).map(({ subgraph, version }) => [subgraph, version]),
    );
    const row = await this.store.append(
      {
        sdl: composition.supergraphSdl,
        hash: supergraphHash(composition.supergraphSdl),
        versions,
        cause: `repository: ${changed.map(({ name }) => name).join(", ")}`,
        createdBy: "repository",
        published: changed.map(({ name, sdl, url }) => ({
          subgraph: name,
          sdl,
          url,
          publishedBy: "repository",
        })),
      },
      current?.id ?? 0,
    );
    notes.push(
      `published from the repository: ${changed.map(({ name }) => name).join(", ")} (${row.versions})`,
    );
    return notes;
  }
}
