import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import type { ValueQualifier } from "../../shared/figure";
import { DateScalar } from "../../shared/scalars";
import { OwnedRecord } from "../../shared/owned-record";

@Entity("award")
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
}
