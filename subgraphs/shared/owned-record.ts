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
