import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Figure, ValueQualifier, type FigureRow } from "../../shared/figure";
import { DateTimeScalar } from "../../shared/scalars";
import { DatePrecision, EventKind } from "./enums";
import { OwnedRecord } from "../../shared/owned-record";

// Keyset pages in time order, root and within a region, live rows only, in index order.
@Index(["archivedAt", "startsAtUtc", "id"])
@Index(["regionCode", "archivedAt", "startsAtUtc", "id"])
// The word index of `searchText` (filters.ts) is made by a hand-written migration
// (search-index.ts); declared here only so that TypeORM leaves it alone.
@Index("event_search_trigram", { synchronize: false })
@Entity("event")
@Directive('@key(fields: "id")')
@ObjectType({ description: "A forum, conference, session, seminar or meeting (schema.org Event)." })
export class Event extends OwnedRecord {
  @PrimaryColumn("varchar", { length: 64 })
  @Field(() => ID)
  id!: string;

  @Column("varchar")
  @Field()
  title!: string;

  @Column("varchar", { length: 32 })
  @Field(() => EventKind)
  kind!: EventKind;

  @Column("varchar", { length: 40 })
  @Field(() => DateTimeScalar, { description: "Start, with the offset of the event's time zone." })
  startsAt!: string;

  /** `startsAt` in UTC, fixed width, so text order is time order on every database. */
  @Index()
  @Column("varchar", { length: 24 })
  startsAtUtc!: string;

  @Column("varchar", { length: 40, nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  endsAt!: string | null;

  @Column("varchar")
  @Field({ description: "IANA time zone where the event takes place." })
  timezone!: string;

  @Column("varchar", { length: 8 })
  @Field(() => DatePrecision)
  datePrecision!: DatePrecision;

  @Column("boolean")
  @Field({
    description:
      "True where the source does not state the year (or more) and it was read from context.",
  })
  dateInferred!: boolean;

  @Column("text", { nullable: true })
  @Field(() => String, { nullable: true, description: "How the date was read from the source." })
  dateNote!: string | null;

  @Index()
  @Column("varchar", { length: 8, nullable: true })
  regionCode!: string | null;

  @Column("varchar", { length: 64, nullable: true })
  municipalityId!: string | null;

  @Column("varchar", { nullable: true })
  @Field(() => String, { nullable: true })
  venue!: string | null;

  @Column("int", { nullable: true })
  @Field(() => Int, { nullable: true })
  participantCount!: number | null;

  @Column("varchar", { length: 16, nullable: true })
  @Field(() => ValueQualifier, {
    nullable: true,
    description: "How the source qualifies the participant count.",
  })
  participantCountQualifier!: ValueQualifier | null;

  @Index()
  @Column("varchar", { length: 64, nullable: true })
  parentId!: string | null;

  @Column("simple-json")
  @Field(() => [String])
  topics!: string[];

  @Column("text", { nullable: true })
  @Field(() => String, { nullable: true })
  description!: string | null;

  @Column("simple-json")
  @Field(() => [Figure])
  figures!: FigureRow[];

  @Column("simple-json")
  @Field(() => [String], { description: "Source article files the record comes from." })
  sources!: string[];

  @Column("text")
  searchText!: string;
}
