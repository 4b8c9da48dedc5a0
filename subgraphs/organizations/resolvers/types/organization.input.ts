import { Field, ID, InputType } from "type-graphql";
import {
  Id,
  Inn,
  LIMITS,
  Ogrn,
  RegionCode,
  Text,
  TextList,
} from "../../../shared/input-constraints";
import { LegalForm, OrganizationKind, ResourceCentreLevel } from "../../entities/enums";

/** Fields both inputs share; every one is optional, and null clears it on update. */
@InputType()
abstract class OrganizationFields {
  @Field(() => String, { nullable: true })
  @Text(LIMITS.name)
  nameEn?: string | null;

  @Field(() => LegalForm, { nullable: true })
  legalForm?: LegalForm | null;

  @Field(() => String, {
    nullable: true,
    description: "10 or 12 digits; the check digits are verified.",
  })
  @Inn()
  inn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "13 digits (15 for OGRNIP); the check digit is verified.",
  })
  @Ogrn()
  ogrn?: string | null;

  @Field(() => Boolean, { nullable: true })
  socialOriented?: boolean | null;

  @Field(() => ID, { nullable: true, description: "ISO 3166-2:RU code of the seat." })
  @RegionCode()
  regionCode?: string | null;

  @Field(() => ID, { nullable: true })
  @Id()
  municipalityId?: string | null;

  @Field(() => ResourceCentreLevel, { nullable: true })
  level?: ResourceCentreLevel | null;

  @Field(() => ID, { nullable: true, description: "A resource centre one tier up." })
  @Id()
  parentCentreId?: string | null;

  @Field(() => [String], { nullable: true, description: "At most 20, of 200 characters each." })
  @TextList(20, 200)
  focusAreas?: string[] | null;

  @Field(() => String, { nullable: true })
  @Text(2000)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @Text(LIMITS.description)
  description?: string | null;
}

@InputType({ description: "A new organisation; it belongs to the centre that creates it." })
export class CreateOrganizationInput extends OrganizationFields {
  @Field()
  @Text(LIMITS.name)
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;
}

@InputType({ description: "Changes to an organisation: fields left out stay as they are." })
export class UpdateOrganizationInput extends OrganizationFields {
  @Field(() => String, { nullable: true })
  @Text(LIMITS.name)
  name?: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind | null;
}
