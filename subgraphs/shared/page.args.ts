import { IsInt, Max, MaxLength, Min, ValidateBy } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { MAX_CURSOR_LENGTH, MAX_PAGE_SIZE, parseCursor } from "./pagination";

const PAGE_SIZE = `Page size must be between 0 and ${MAX_PAGE_SIZE}`;

/**
 * `first` and `after` of every connection field, validated at the resolver boundary by their
 * decorators (see input-validation.ts). Which list a cursor belongs to, and whether its sort
 * value fits that list's sort column, is checked next by the list's `readPage`, still in the
 * resolver and before any batch.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: "Page size, 0 to 100 (default 20)." })
  @IsInt({ message: PAGE_SIZE })
  @Min(0, { message: PAGE_SIZE })
  @Max(MAX_PAGE_SIZE, { message: PAGE_SIZE })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "The `endCursor` of the previous page." })
  @MaxLength(MAX_CURSOR_LENGTH, { message: "It is not a cursor returned by this API" })
  @ValidateBy({
    name: "isCursor",
    validator: {
      validate: (value: unknown) => typeof value === "string" && parseCursor(value) !== null,
      defaultMessage: () => "It is not a cursor returned by this API",
    },
  })
  after?: string | null;
}
