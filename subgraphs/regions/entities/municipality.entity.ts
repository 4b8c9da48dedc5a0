import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { MunicipalityKind } from "./enums";

@Entity("municipality")
@Directive('@key(fields: "id")')
@ObjectType({ description: "A town or district named in the sources." })
export class Municipality {
  @PrimaryColumn("varchar", { length: 64 })
  @Field(() => ID, { description: "Readable id: `RU-MUR-monchegorsk`." })
  id!: string;

  @Column("varchar")
  @Field({ description: "Name in Russian." })
  name!: string;

  @Column("varchar")
  @Field()
  nameEn!: string;

  @Column("varchar", { length: 32 })
  @Field(() => MunicipalityKind)
  kind!: MunicipalityKind;

  @Index()
  @Column("varchar", { length: 8 })
  regionCode!: string;

  @Column("simple-json")
  @Field(() => [String], { description: "Source article files that name it." })
  sources!: string[];
}
