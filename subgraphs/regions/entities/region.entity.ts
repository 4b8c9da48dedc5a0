import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Figure, type FigureRow } from "../../shared/figure";
import { RegionKind } from "./enums";

@Entity("region")
@Directive('@key(fields: "code")')
@ObjectType({ description: "A federal subject of Russia with an ISO 3166-2:RU code." })
export class Region {
  @PrimaryColumn("varchar", { length: 8 })
  @Field(() => ID, { description: "ISO 3166-2 code: `RU-TYU`, `RU-KHM`, ..." })
  code!: string;

  @Column("varchar")
  @Field({ description: "Name in Russian." })
  name!: string;

  @Column("varchar")
  @Field()
  nameEn!: string;

  @Column("varchar", { length: 32 })
  @Field(() => RegionKind)
  kind!: RegionKind;

  @Index()
  @Column("varchar", { length: 32 })
  federalDistrictCode!: string;

  @Column("varchar", { length: 2 })
  @Field({ description: "Two-digit region code used in OGRN, INN and KPP: `72`." })
  regionNumber!: string;

  @Column("varchar", { length: 8 })
  @Field({ description: "OKATO prefix of the subject." })
  okato!: string;

  @Column("varchar", { nullable: true })
  @Field(() => String, { nullable: true, description: "Capital city, in Russian." })
  capital!: string | null;

  @Column("varchar", { nullable: true })
  @Field(() => String, { nullable: true })
  capitalEn!: string | null;

  @Column("varchar")
  @Field({ description: "IANA time zone of the capital: `Asia/Yekaterinburg`." })
  timezone!: string;

  @Column("varchar", { length: 8, nullable: true })
  parentRegionCode!: string | null;

  @Column("simple-json")
  @Field(() => [Figure], { description: "Figures the sources state about the region as a whole." })
  figures!: FigureRow[];
}
