import { AsyncLocalStorage } from "node:async_hooks";
import type { ApolloServerPlugin } from "@apollo/server";
import { isObjectType, type GraphQLSchema } from "graphql";
import type { DataSource, EntityMetadata, EntitySubscriberInterface, ObjectLiteral } from "typeorm";

/**
 * One record a write changed, as the graph names it: its GraphQL type and id. Without an id the
 * whole type changed (an update or delete by criteria, or more records than are listed).
 */
export interface ChangedEntity {
  typename: string;
  id?: string;
}

/** Records of one type listed one by one in a report; past this the type is reported whole. */
export const MAX_LISTED_PER_TYPE = 100;

/** The records changed while one request is handled, by type (null: the whole type). */
type ChangeLog = Map<string, Set<string> | null>;

const current = new AsyncLocalStorage<ChangeLog>();

/** Runs `work` (one GraphQL request) with a fresh log of the records its writes change. */
export function recordingChanges<T>(work: () => Promise<T>): Promise<T> {
  return current.run(new Map(), work);
}

function note(typename: string, id: string | undefined): void {
  const log = current.getStore();
  if (!log || log.get(typename) === null) return;
  const ids = log.get(typename) ?? new Set<string>();
  if (id === undefined || ids.size >= MAX_LISTED_PER_TYPE) log.set(typename, null);
  else log.set(typename, ids.add(id));
}

/**
 * Adds to the current request's log the changes another subgraph reported for a write this one
 * asked of it (the register import's organisations), so the gateway hears of them too.
 */
export function relayChanges(reported: unknown): void {
  if (!Array.isArray(reported)) return;
  for (const change of reported as Partial<ChangedEntity>[])
    if (typeof change?.typename === "string")
      note(change.typename, typeof change.id === "string" ? change.id : undefined);
}

/** The changes logged for the current request, for the response's `extensions.invalidate`. */
export function loggedChanges(): ChangedEntity[] {
  const log = current.getStore();
  if (!log) return [];
  return [...log].flatMap(([typename, ids]) =>
    ids === null ? [{ typename }] : [...ids].map((id) => ({ typename, id })),
  );
}

/**
 * What a written row changes in the graph: a row of an entity the schema serves (the entity
 * class is the GraphQL type of the same name) is that record, by its id; a link row (an
 * event's organiser, a network's member) is each record it names by a `<type>Id` column whose
 * type the schema serves. A row not given (a delete or update by criteria) changes its whole
 * type, or every type a link row may name.
 */
function changesOfRow(
  schema: GraphQLSchema,
  metadata: EntityMetadata,
  row: ObjectLiteral | undefined,
): void {
  const own = schema.getType(metadata.targetName);
  if (isObjectType(own)) {
    const id = row?.id;
    note(own.name, typeof id === "string" || typeof id === "number" ? String(id) : undefined);
    return;
  }
  for (const column of metadata.columns) {
    const match = /^(\w+)Id$/.exec(column.propertyName);
    if (!match) continue;
    const linked = schema.getType(match[1][0].toUpperCase() + match[1].slice(1));
    if (!isObjectType(linked)) continue;
    const id = row?.[column.propertyName];
    note(linked.name, typeof id === "string" ? id : undefined);
  }
}

/**
 * Logs every insert, update and removal made through `dataSource` while a request is handled
 * (writes outside one, such as seeding, are not logged): every subgraph's writes go through its
 * data source, whichever resolver makes them.
 */
export function logChanges(dataSource: DataSource, schema: GraphQLSchema): void {
  type Event = { metadata: EntityMetadata; entity?: ObjectLiteral; databaseEntity?: ObjectLiteral };
  const changed = ({ metadata, entity, databaseEntity }: Event) =>
    changesOfRow(schema, metadata, entity ?? databaseEntity);
  const subscriber: EntitySubscriberInterface = {
    afterInsert: changed,
    afterUpdate: (event) => changed(event as Event),
    afterRemove: (event) => changed(event as Event),
    afterSoftRemove: changed,
    afterRecover: changed,
  };
  dataSource.subscribers.push(subscriber);
}

/**
 * Puts the records a mutation changed in its response, as `extensions.invalidate: [{ typename,
 * id }]`, where the gateway reads them to drop cached answers that show those records (see
 * gateway/response-cache.ts). Reported whether or not the mutation succeeded: a cache dropping
 * an answer it did not need to costs one read, where keeping a changed one would serve it stale.
 */
export function invalidationPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          if (operation?.operation !== "mutation" || response.body.kind !== "single") return;
          const invalidate = loggedChanges();
          if (invalidate.length === 0) return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, invalidate };
        },
      };
    },
  };
}
