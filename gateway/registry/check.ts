import { CriticalityLevel, diff, type Change } from "@graphql-inspector/core";
import { Kind, parse, type DocumentNode } from "graphql";
import { apiSchemaOf, composeSubgraphs, type SubgraphSource } from "./compose";
import { schemaCoordinates } from "./coordinates";

/** An operation a check weighs changes against: recorded by a gateway, or shipped with the platform. */
export interface KnownOperation {
  name: string;
  /** The usage signature's hash (recorded), or the file it comes from (shipped). */
  id: string;
  source: "recorded" | "shipped";
  /** Client names and versions that sent it ("dashboard 1.4"), for recorded operations. */
  clients: string[];
  coordinates: string[];
  lastSeen?: string;
}

/** A document the platform ships (the dashboard's queries, the example operations). */
export interface ShippedDocument {
  file: string;
  document: DocumentNode;
}

export type ChangeLevel = "breaking" | "dangerous" | "safe";

export interface CheckedChange {
  level: ChangeLevel;
  type: string;
  path?: string;
  message: string;
  /** The subgraphs other than the candidate that define what the change touches. */
  ownedBy: string[];
  /** The operations that use what the change touches. */
  operations: { name: string; id: string; source: string; clients: string[]; lastSeen?: string }[];
  blocking: boolean;
  /** Why it blocks, in words. */
  reasons: string[];
}

export interface CheckReport {
  subgraph: string;
  /** Composition errors of the candidate with the published subgraphs (then nothing else is known). */
  errors: string[];
  changes: CheckedChange[];
  blocking: boolean;
  /** The supergraph the candidate composes into, when it composes. */
  supergraphSdl?: string;
  /** How many recorded and shipped operations the changes were weighed against. */
  operationsConsidered: number;
}

const LEVELS: Record<CriticalityLevel, ChangeLevel> = {
  [CriticalityLevel.Breaking]: "breaking",
  [CriticalityLevel.Dangerous]: "dangerous",
  [CriticalityLevel.NonBreaking]: "safe",
};

/**
 * Changes that break an operation using the parent of their path even when it never names the
 * path itself: a new required input field or argument, or one that became required.
 */
const BREAKS_PARENT_USERS = new Set([
  "INPUT_FIELD_ADDED",
  "INPUT_FIELD_TYPE_CHANGED",
  "FIELD_ARGUMENT_ADDED",
  "FIELD_ARGUMENT_TYPE_CHANGED",
]);

/** Coordinates (`Type`, `Type.field`, `Enum.VALUE`) each subgraph's SDL defines or extends. */
function definedCoordinates(sdl: string): Set<string> {
  const defined = new Set<string>();
  for (const definition of parse(sdl).definitions) {
    if (
      !("name" in definition) ||
      !definition.name ||
      definition.kind === Kind.DIRECTIVE_DEFINITION
    )
      continue;
    const type = definition.name.value;
    defined.add(type);
    const members =
      "fields" in definition && definition.fields
        ? definition.fields
        : "values" in definition && definition.values
          ? definition.values
          : [];
    for (const member of members) defined.add(`${type}.${member.name.value}`);
  }
  return defined;
}

/** The subgraphs other than `candidate` that define the coordinate a change's path names. */
function ownersOf(path: string | undefined, others: Map<string, Set<string>>): string[] {
  if (!path) return [];
  const [type, member] = path.split(".");
  const coordinate = member ? `${type}.${member}` : type;
  return [...others].filter(([, defined]) => defined.has(coordinate)).map(([name]) => name);
}

/** Whether an operation uses what a change touches. */
function uses(operation: KnownOperation, change: Change): boolean {
  if (!change.path) return false;
  if (operation.coordinates.includes(change.path)) return true;
  if (!BREAKS_PARENT_USERS.has(change.type)) return false;
  const parent = change.path.split(".").slice(0, -1).join(".");
  return operation.coordinates.includes(parent);
}

/** The operations of the documents the platform ships, with the coordinates each uses now. */
export function shippedOperations(
  supergraphSdl: string,
  documents: ShippedDocument[],
): KnownOperation[] {
  const schema = apiSchemaOf(supergraphSdl);
  return documents.flatMap(({ file, document }) =>
    document.definitions.flatMap((definition) => {
      if (definition.kind !== Kind.OPERATION_DEFINITION) return [];
      const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
      const single: DocumentNode = { kind: Kind.DOCUMENT, definitions: [definition, ...fragments] };
      return [
        {
          name: definition.name?.value ?? "(anonymous)",
          id: file,
          source: "shipped" as const,
          clients: [],
          coordinates: schemaCoordinates(schema, single),
        },
      ];
    }),
  );
}

/**
 * Checks a candidate SDL of one subgraph against the network: composes it with the other
 * published subgraphs, lists every change of the API schema clients see (breaking, dangerous
 * or safe, as @graphql-inspector/core judges it), and marks a change as blocking when it is
 * breaking and an operation clients sent recently, or one the platform ships, uses what it
 * breaks; or when it is breaking or dangerous and touches a type or field another subgraph
 * defines (one owner may not change what another's clients rely on).
 */
export async function checkSubgraph(options: {
  candidate: SubgraphSource;
  /** The published subgraphs, the candidate's current version included when it has one. */
  published: SubgraphSource[];
  /** The supergraph served now (compared against); absent for the network's first version. */
  currentSupergraphSdl?: string;
  operations: KnownOperation[];
}): Promise<CheckReport> {
  const { candidate } = options;
  const others = options.published.filter(({ name }) => name !== candidate.name);
  const composition = composeSubgraphs([...others, candidate]);
  const base = { subgraph: candidate.name, operationsConsidered: options.operations.length };
  if (!composition.supergraphSdl)
    return { ...base, errors: composition.errors, changes: [], blocking: true };
  const before = options.currentSupergraphSdl ? apiSchemaOf(options.currentSupergraphSdl) : null;
  const changes = await diff(before, apiSchemaOf(composition.supergraphSdl));
  const definedByOthers = new Map(others.map(({ name, sdl }) => [name, definedCoordinates(sdl)]));
  const checked = changes.map((change): CheckedChange => {
    const level = LEVELS[change.criticality.level];
    const ownedBy = ownersOf(change.path, definedByOthers);
    const operations = options.operations
      .filter((operation) => uses(operation, change))
      .map(({ name, id, source, clients, lastSeen }) => ({ name, id, source, clients, lastSeen }));
    const reasons: string[] = [];
    if (level === "breaking" && operations.length > 0)
      reasons.push(`breaks ${operations.length} operation(s) in use`);
    if (level !== "safe" && ownedBy.length > 0)
      reasons.push(`changes what ${ownedBy.join(", ")} defines`);
    return {
      level,
      type: change.type,
      path: change.path,
      message: change.message,
      ownedBy,
      operations,
      blocking: reasons.length > 0,
      reasons,
    };
  });
  return {
    ...base,
    errors: [],
    changes: checked,
    blocking: checked.some((change) => change.blocking),
    supergraphSdl: composition.supergraphSdl,
  };
}
