import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import type { ValueQualifier } from "../../shared/figure";
import { DateScalar } from "../../shared/scalars";
import { OwnedRecord } from "../../shared/owned-record";

// A programme's awards in id order (`SupportProgramme.awards`), live rows only.
@Index(["programmeId", "archivedAt", "id"])
@Entity("award")
@Index("award_owner_external_key", ["ownerId", "externalKey"], { unique: true })
@ObjectType({
  description: "A programme's support to one recipient organisation (360Giving Grant).",
})
export class Award extends OwnedRecord {
  @PrimaryColumn("varchar", { length: 64 })
  @Field(() => ID)
  id!: string;

  @Index()
  @Column("varchar", { length: 64 })
  programmeId!: string;

  @Index()
  @Column("varchar", { length: 64 })
  recipientId!: string;

  @Column("varchar", { length: 40, nullable: true })
  amount!: string | null;

  @Column("varchar", { length: 3, nullable: true })
  currency!: string | null;

  @Column("varchar", { length: 16, nullable: true })
  qualifier!: ValueQualifier | null;

  @Column("varchar", { length: 10, nullable: true })
  @Field(() => DateScalar, { nullable: true })
  awardedOn!: string | null;

  @Column("text")
  @Field()
  purpose!: string;

  @Column("simple-json")
  @Field(() => [String])
  sources!: string[];

  /**
   * The register entry an import made the award from (`entry:<number>`, or
   * `inn:<INN>:<decision date>` for a register without entry numbers), unique per owner: a
   * rerun of the same register finds the award by it and changes nothing.
   */
  @Column("varchar", { length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: "The register entry it was imported from." })
  externalKey?: string | null;
}
