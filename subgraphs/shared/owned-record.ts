import { Field, ID, ObjectType } from "type-graphql";
import { Column, Index } from "typeorm";
import { canChange } from "./auth/guards";
import type { Principal } from "./auth/principal";
import { DateTimeScalar } from "./scalars";

/**
 * The columns every editable record carries: the centre that owns it, when it was created and
 * last changed, by whom, and whether it is archived. Records are archived, never deleted.
 */
@ObjectType()
export abstract class OwnedRecord {
  @Index()
  @Column("varchar", { length: 64 })
  @Field(() => ID, { description: "The resource centre that owns the record, or `coordinator`." })
  ownerId!: string;

  @Column("varchar", { length: 40 })
  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Column("varchar", { length: 40 })
  @Field(() => DateTimeScalar)
  updatedAt!: string;

  @Column("varchar", { length: 64 })
  @Field(() => ID, {
    description: "Who changed the record last: a centre's id, `coordinator` or `seed`.",
  })
  updatedBy!: string;

  @Index()
  @Column("varchar", { length: 40, nullable: true })
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When it was archived; archived records leave lists.",
  })
  archivedAt!: string | null;
}

/** The audit columns of a record created now by `by` for `ownerId`. */
export function createdStamp(ownerId: string, by: string, now = new Date().toISOString()) {
  return { ownerId, createdAt: now, updatedAt: now, updatedBy: by, archivedAt: null };
}

/** The audit columns of a change made now by `by`. */
export function updatedStamp(by: string, now = new Date().toISOString()) {
  return { updatedAt: now, updatedBy: by };
}

/**
 * Whether a record read by id is shown: live records to everyone, archived ones only to their
 * owner and the coordinator.
 */
export function visibleById<T extends OwnedRecord>(
  record: T | null,
  principal: Principal | null,
): T | null {
  if (!record || record.archivedAt === null) return record;
  return canChange(principal, record.ownerId) ? record : null;
}

/** The audit columns, which an archived record's identity keeps. */
const AUDIT_COLUMNS = new Set([
  "id",
  "ownerId",
  "createdAt",
  "updatedAt",
  "updatedBy",
  "archivedAt",
]);

/**
 * What `__resolveReference` returns, with the same archive visibility as the root queries.
 * A live record, or an archived one asked for by its owner or the coordinator, comes back
 * whole. An archived record asked for by anyone else comes back as its identity only: the
 * audit columns and the `identity` fields (a name, a kind, the non-null fields of its type);
 * every other column is emptied (null, or [] for a list). A bare null would not do: other
 * subgraphs' records still link to it (an event's organisers, a programme's operator), since
 * what happened stays true, and a null behind a non-null field would break their answers.
 */
export function visibleByReference<T extends OwnedRecord>(
  record: T | null,
  principal: Principal | null,
  identity: readonly (keyof T & string)[],
): T | null {
  if (!record || visibleById(record, principal)) return record;
  const kept = new Set<string>([...AUDIT_COLUMNS, ...identity]);
  const stub = Object.create(Object.getPrototypeOf(record) as object) as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    stub[key] = kept.has(key) ? value : Array.isArray(value) ? [] : null;
  }
  return stub as T;
}
