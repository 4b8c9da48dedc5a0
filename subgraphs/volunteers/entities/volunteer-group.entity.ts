import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { OwnedRecord } from "../../shared/owned-record";

@Entity("volunteer_group")
@ObjectType({
  description:
    "A group of volunteers working with an organisation, such as a corporate volunteering team.",
})
export class VolunteerGroup extends OwnedRecord {
  @PrimaryColumn("varchar", { length: 64 })
  @Field(() => ID)
  id!: string;

  @Column("varchar")
  @Field()
  name!: string;

  @Index()
  @Column("varchar", { length: 64 })
  organizationId!: string;

  @Index()
  @Column("varchar", { length: 8 })
  @Field(() => ID, { description: "ISO 3166-2:RU code of the region the group works in." })
  regionCode!: string;

  @Column("int")
  @Field(() => Int)
  volunteerCount!: number;

  @Column("simple-json")
  @Field(() => [String])
  activities!: string[];
}
