import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { OwnedRecord } from "../../shared/owned-record";

@Entity("network")
@ObjectType({
  description: "A network of organisations, such as the Ural network of resource centres.",
})
export class Network extends OwnedRecord {
  @PrimaryColumn("varchar", { length: 64 })
  @Field(() => ID)
  id!: string;

  @Column("varchar")
  @Field()
  name!: string;

  @Column("varchar", { nullable: true })
  @Field(() => String, { nullable: true })
  nameEn!: string | null;

  @Column("text", { nullable: true })
  @Field(() => String, { nullable: true })
  description!: string | null;

  @Column("simple-json")
  @Field(() => [String])
  sources!: string[];
}
