import { Field, ID, InputType } from "type-graphql";
import {
  BoundedList,
  FederalDistrictCode,
  NotBefore,
  RegionCodeList,
  SearchText,
} from "../../../shared/filter-constraints";
import { Id } from "../../../shared/input-constraints";
import { DateTimeScalar } from "../../../shared/scalars";
import { EventKind } from "../../entities/enums";

@InputType({ description: "Filters for event lists; all given conditions must hold." })
export class EventFilter {
  @Field(() => [ID], { nullable: true, description: "ISO 3166-2 region codes (at most 100)." })
  @RegionCodeList()
  regionCodes?: string[] | null;

  @Field(() => ID, { nullable: true })
  @FederalDistrictCode()
  federalDistrict?: string | null;

  @Field(() => [EventKind], { nullable: true, description: "At most 100 kinds." })
  @BoundedList("kinds")
  kinds?: EventKind[] | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Events starting at or after this instant.",
  })
  from?: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Events starting at or before this instant; not before `from`.",
  })
  @NotBefore("from")
  to?: string | null;

  @Field(() => ID, { nullable: true, description: "Events this organisation organised." })
  @Id()
  organizerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Words in the title, topics or description (at most 200 characters).",
  })
  @SearchText()
  search?: string | null;
}
