import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

@Entity("person")
@Directive('@key(fields: "id")')
@ObjectType({
  description: "A person in a role the sources name: a deputy governor, a minister, a chair.",
})
export class Person {
  @PrimaryColumn("varchar", { length: 64 })
  @Field(() => ID)
  id!: string;

  @Column("varchar")
  @Field()
  name!: string;

  @Column("varchar")
  @Field({ description: "The role as the source gives it, in Russian." })
  position!: string;

  @Index()
  @Column("varchar", { length: 64, nullable: true })
  organizationId!: string | null;

  /** Personal contact data: resolved only for authenticated principals. */
  @Column("varchar", { nullable: true })
  phone!: string | null;

  @Column("varchar", { nullable: true })
  email!: string | null;

  @Column("simple-json")
  @Field(() => [String])
  sources!: string[];
}
