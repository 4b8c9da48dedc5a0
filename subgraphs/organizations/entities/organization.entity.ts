import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Figure, type FigureRow } from "../../shared/figure";
import { LegalForm, OrganizationKind, ResourceCentreLevel } from "./enums";
import { OwnedRecord } from "../../shared/owned-record";

// Keyset pages by name (root) and by name within a region (`Region.organizations`, its counts),
// live rows only, in index order; and the kind filter per region (a region's resource centres),
// covering, so that a region's few centres are found without reading its other organisations.
@Index(["archivedAt", "name", "id"])
@Index(["regionCode", "archivedAt", "name", "id"])
@Index(["kind", "regionCode", "archivedAt", "name", "id"])
// The word index of `searchText` (filters.ts) is made by a hand-written migration
// (search-index.ts); declared here only so that TypeORM leaves it alone.
@Index("organization_search_trigram", { synchronize: false })
@Entity("organization")
@Directive('@key(fields: "id")')
@ObjectType({
  description: "An NGO, resource centre, foundation, agency, government body or business.",
})
export class Organization extends OwnedRecord {
  @PrimaryColumn("varchar", { length: 64 })
  @Field(() => ID)
  id!: string;

  @Index()
  @Column("varchar")
  @Field({ description: "Name as the organisation is publicly known, in Russian." })
  name!: string;

  @Column("varchar", { nullable: true })
  @Field(() => String, { nullable: true })
  nameEn!: string | null;

  @Column("varchar", { length: 32 })
  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Column("varchar", { length: 32, nullable: true })
  @Field(() => LegalForm, { nullable: true })
  legalForm!: LegalForm | null;

  @Column("varchar", { length: 12, nullable: true })
  @Field(() => String, { nullable: true, description: "INN, 10 digits, check digit validated." })
  inn!: string | null;

  @Column("varchar", { length: 15, nullable: true })
  @Field(() => String, { nullable: true, description: "OGRN, 13 digits, check digit validated." })
  ogrn!: string | null;

  @Column("boolean")
  @Field({ description: "A socially oriented NGO (СО НКО, 7-FZ art. 2 p. 2.1)." })
  socialOriented!: boolean;

  @Index()
  @Column("varchar", { length: 8, nullable: true })
  regionCode!: string | null;

  @Column("varchar", { length: 64, nullable: true })
  municipalityId!: string | null;

  @Column("varchar", { length: 16, nullable: true })
  @Field(() => ResourceCentreLevel, {
    nullable: true,
    description: "The tier of a resource centre.",
  })
  level!: ResourceCentreLevel | null;

  @Index()
  @Column("varchar", { length: 64, nullable: true })
  parentCentreId!: string | null;

  @Column("simple-json")
  @Field(() => [String])
  focusAreas!: string[];

  @Column("varchar", { nullable: true })
  @Field(() => String, { nullable: true })
  website!: string | null;

  @Column("text", { nullable: true })
  @Field(() => String, { nullable: true })
  description!: string | null;

  @Column("simple-json")
  @Field(() => [Figure])
  figures!: FigureRow[];

  @Column("simple-json")
  @Field(() => [String], { description: "Source article files the record comes from." })
  sources!: string[];

  /** Folded words of the name and description, for `search` (see shared/search.ts). */
  @Column("text")
  searchText!: string;
}
