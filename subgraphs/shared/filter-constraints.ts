import {
  ArrayMaxSize,
  Matches,
  MaxLength,
  ValidateBy,
  type ValidationArguments,
} from "class-validator";
import { FEDERAL_DISTRICT_SHAPE, REGION_CODE_SHAPE } from "./geography";

/**
 * The bounds of list filters, declared on the filter input types with these decorators and
 * checked by type-graphql's validateFn (input-validation.ts) at the resolver boundary: before
 * the resolver runs, before any DataLoader batch, and before a search string is folded. Ids in
 * filters (`organizerId`, `operatorId`) use `Id()` of input-constraints.ts, as write inputs do.
 */
export const MAX_SEARCH_LENGTH = 200;
/** The most items any list in a filter (`regionCodes`, `kinds`, …) may hold. */
export const MAX_FILTER_ITEMS = 100;

type Decorator = (target: object, property: string) => void;

/** Applies several property decorators as one. */
function all(...decorators: Decorator[]): Decorator {
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}

/** At most MAX_FILTER_ITEMS items; `what` names them in the message. */
export function BoundedList(what: string): Decorator {
  return ArrayMaxSize(MAX_FILTER_ITEMS, {
    message: `At most ${MAX_FILTER_ITEMS} ${what} may be given`,
  });
}

const regionShaped = (code: unknown) => REGION_CODE_SHAPE.test(String(code));

/**
 * A bounded list of codes shaped as ISO 3166-2:RU codes. Only the shape is checked: a filter is
 * "in any of these regions", and a well-formed code that names no federal subject (`RU-ZZZ`, or
 * a code another system uses) simply matches nothing, as `region(code:)` answers it with null.
 */
export function RegionCodeList(): Decorator {
  return all(
    BoundedList("region codes"),
    ValidateBy({
      name: "isRegionCodeList",
      validator: {
        validate: (codes: unknown) => Array.isArray(codes) && codes.every(regionShaped),
        defaultMessage: ({ value }: ValidationArguments) => {
          const malformed = (value as unknown[]).find((code) => !regionShaped(code));
          return `${JSON.stringify(malformed)} is not an ISO 3166-2:RU code such as RU-TYU`;
        },
      },
    }),
  );
}

/**
 * A code shaped as a federal district's (`URAL`). A well-formed code of no district matches
 * nothing, as `federalDistrict(code:)` answers it with null.
 */
export function FederalDistrictCode(): Decorator {
  return ValidateBy({
    name: "isFederalDistrict",
    validator: {
      validate: (code: unknown) => FEDERAL_DISTRICT_SHAPE.test(String(code)),
      defaultMessage: () => "Expected a federal district code such as URAL",
    },
  });
}

/**
 * Search words: at most MAX_SEARCH_LENGTH characters and at least one letter or digit. The
 * length is checked here, at the boundary, so an oversized query is refused before any
 * stemming (a 1 MB query once cost 1.25 s of Snowball work). The number of words is an
 * operation limit (LIMIT_MAX_SEARCH_TERMS), checked before the gateway plans.
 */
export function SearchText(): Decorator {
  return all(
    MaxLength(MAX_SEARCH_LENGTH, {
      message: `Search is limited to ${MAX_SEARCH_LENGTH} characters`,
    }),
    Matches(/[\p{L}\p{N}]/u, { message: "Search needs at least one letter or digit" }),
  );
}

/** An instant not before the instant in `property` of the same input. */
export function NotBefore(property: string): Decorator {
  return ValidateBy({
    name: "isNotBefore",
    constraints: [property],
    validator: {
      validate: (value: unknown, { object }: ValidationArguments) => {
        const other = (object as Record<string, unknown>)[property];
        return typeof other !== "string" || Date.parse(String(value)) >= Date.parse(other);
      },
      defaultMessage: ({ object }: ValidationArguments) =>
        `It is before ${property} (${String((object as Record<string, unknown>)[property])})`,
    },
  });
}
