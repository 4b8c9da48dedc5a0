import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import type { FigureRow, ValueQualifier } from "../../shared/figure";
import { DateScalar } from "../../shared/scalars";
import { ProgrammeKind, ProgrammeStatus, SocialContractDirection, SupportType } from "./enums";
import { Outcome } from "./outcome";
import { OwnedRecord } from "../../shared/owned-record";

// Keyset pages by title, live rows only, in index order.
@Index(["archivedAt", "title", "id"])
// A region's programmes reach each programme by id through programme_region: with the live flag,
// the title (the region's page order) and the budget (Region.fundingTotal) in the index, the
// wide programme rows are never read for a region's counts, ranking or funding.
@Index(["id", "archivedAt", "title", "budgetCurrency", "budgetAmount", "budgetQualifier"])
// The word index of `searchText` (filters.ts) is made by a hand-written migration
// (search-index.ts); declared here only so that TypeORM leaves it alone.
@Index("support_programme_search_trigram", { synchronize: false })
@Entity("support_programme")
@Index("programme_owner_external_key", ["ownerId", "externalKey"], { unique: true })
@Directive('@key(fields: "id")')
@ObjectType({
  description: "A support programme: grants, subsidies, social contracts, agreements, training.",
})
export class SupportProgramme extends OwnedRecord {
  @PrimaryColumn("varchar", { length: 64 })
  @Field(() => ID)
  id!: string;

  @Index()
  @Column("varchar")
  @Field()
  title!: string;

  @Column("varchar", { length: 32 })
  @Field(() => ProgrammeKind)
  kind!: ProgrammeKind;

  @Column("varchar", { length: 16 })
  @Field(() => ProgrammeStatus)
  status!: ProgrammeStatus;

  @Column("simple-json")
  @Field(() => [SupportType])
  supportTypes!: SupportType[];

  @Index()
  @Column("varchar", { length: 64, nullable: true })
  operatorId!: string | null;

  @Column("varchar", { length: 10, nullable: true })
  @Field(() => DateScalar, { nullable: true })
  startsOn!: string | null;

  @Column("varchar", { length: 10, nullable: true })
  @Field(() => DateScalar, { nullable: true })
  endsOn!: string | null;

  @Column("text", { nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "How the period was read where the source is not exact.",
  })
  periodNote!: string | null;

  @Column("varchar", { length: 40, nullable: true })
  budgetAmount!: string | null;

  @Column("varchar", { length: 3, nullable: true })
  budgetCurrency!: string | null;

  @Column("varchar", { length: 16, nullable: true })
  budgetQualifier!: ValueQualifier | null;

  @Column("simple-json")
  @Field(() => [Outcome])
  outcomes!: FigureRow[];

  @Column("simple-json")
  @Field(() => [SocialContractDirection], {
    description: "Directions of a SOCIAL_CONTRACT programme.",
  })
  socialContractDirections!: SocialContractDirection[];

  @Column("simple-json")
  @Field(() => [String])
  focusAreas!: string[];

  @Column("text", { nullable: true })
  @Field(() => String, { nullable: true })
  description!: string | null;

  @Column("simple-json")
  @Field(() => [String], { description: "Source article files the record comes from." })
  sources!: string[];

  @Column("text")
  searchText!: string;

  /**
   * The support body and form of support a register import made the programme for
   * (`<form>|<body>`), unique per owner: the import finds it again by this key.
   */
  @Column("varchar", { length: 400, nullable: true })
  externalKey!: string | null;
}
