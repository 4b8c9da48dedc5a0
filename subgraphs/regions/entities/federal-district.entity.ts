import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@Entity("federal_district")
@ObjectType({ description: "One of the eight federal districts (Decree No. 849 of 13.05.2000)." })
export class FederalDistrict {
  @PrimaryColumn("varchar", { length: 32 })
  @Field(() => ID, {
    description: "`CENTRAL`, `NORTHWESTERN`, ..., `URAL`, `SIBERIAN`, `FAR_EASTERN`.",
  })
  code!: string;

  @Column("varchar")
  @Field({ description: "Name in Russian: «Уральский федеральный округ»." })
  name!: string;

  @Column("varchar")
  @Field()
  nameEn!: string;

  @Column("varchar")
  @Field({ description: "Abbreviation: УФО, ЦФО, ..." })
  shortName!: string;

  @Column("varchar")
  @Field({ description: "Administrative centre, in Russian." })
  adminCentre!: string;

  @Column("int")
  @Field(() => Int, { description: "Position in the decree's list, 1 to 8." })
  decreeOrder!: number;
}
