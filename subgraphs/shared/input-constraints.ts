import {
  ArrayMaxSize,
  IsInt,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
  type ValidationArguments,
} from "class-validator";
import { isKnownRegionCode } from "./geography";
import { isValidInn, isValidOgrn } from "./identifiers";

/**
 * The bounds of write inputs, declared on the input types (`*.input.ts`) with these decorators
 * and checked by type-graphql's validateFn (input-validation.ts) at the resolver boundary,
 * before a mutation reads or writes anything. A failure is BAD_USER_INPUT naming the field and
 * the value. Checks that need the record or the database (a municipality inside the region the
 * record will have, dates in order against the stored ones, parents, cycles) stay in the
 * `*-changes.ts` files.
 */
export const LIMITS = {
  /** Names and titles. */
  name: 300,
  /** Free descriptions. */
  description: 5000,
  /** An award's purpose. */
  purpose: 1000,
  /** Ids of other records, stored in 64-character columns. */
  id: 64,
  /** Organisations one record links to (organisers, partners). */
  links: 50,
  /** Regions one programme operates in (there are 83 federal subjects with an ISO code). */
  regions: 100,
  /** Outcomes of one programme. */
  outcomes: 50,
} as const;

/**
 * Upper bounds of amounts, in roubles. The whole federal budget of Russia is about 4·10^13, so
 * no support programme's budget reaches 10^13 and no single award to one organisation reaches
 * 10^11 (the largest programmes in the sources are about 4·10^9). The bounds keep a typo, or
 * an attack, from turning a region's `fundingTotal` into nonsense.
 */
export const MAX_BUDGET = 10n ** 13n;
export const MAX_AWARD = 10n ** 11n;

type Decorator = (target: object, property: string) => void;

/** Applies several property decorators as one. */
function all(...decorators: Decorator[]): Decorator {
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}

/** Text of at most `max` characters (emptiness and trimming are checked by the changes). */
export function Text(max: number): Decorator {
  return MaxLength(max, { message: `It is longer than ${max} characters` });
}

/** At most `maxItems` texts of at most `maxLength` characters each. */
export function TextList(maxItems: number, maxLength: number): Decorator {
  return all(
    ArrayMaxSize(maxItems, { message: `At most ${maxItems} items are allowed` }),
    MaxLength(maxLength, { each: true, message: `Each item has at most ${maxLength} characters` }),
  );
}

/** At most `maxItems` ids of other records. */
export function IdList(maxItems: number): Decorator {
  return all(
    ArrayMaxSize(maxItems, { message: `At most ${maxItems} ids are allowed` }),
    MaxLength(LIMITS.id, { each: true, message: `An id has at most ${LIMITS.id} characters` }),
  );
}

/** An id of another record, bounded like the columns ids are stored in. */
export function Id(): Decorator {
  return MaxLength(LIMITS.id, { message: `An id has at most ${LIMITS.id} characters` });
}

/** A whole number from `min` to `max`. */
export function WholeNumber(min: number, max: number): Decorator {
  const message = `Expected a whole number from ${min} to ${max}`;
  return all(IsInt({ message }), Min(min, { message }), Max(max, { message }));
}

function rule(name: string, test: (value: string) => boolean, message: string): Decorator {
  return ValidateBy({
    name,
    validator: { validate: (value: unknown) => test(String(value)), defaultMessage: () => message },
  });
}

/** An INN of 10 or 12 digits with valid check digits. */
export function Inn(): Decorator {
  return rule("isInn", isValidInn, "Expected an INN of 10 or 12 digits with valid check digits");
}

/** An OGRN of 13 (or OGRNIP of 15) digits with a valid check digit. */
export function Ogrn(): Decorator {
  return rule(
    "isOgrn",
    isValidOgrn,
    "Expected an OGRN of 13 (or OGRNIP of 15) digits with a valid check digit",
  );
}

/** The ISO 3166-2:RU code of a federal subject. */
export function RegionCode(): Decorator {
  return rule(
    "isRegionCode",
    isKnownRegionCode,
    "Expected the ISO 3166-2:RU code of a federal subject, such as RU-TYU",
  );
}

const AMOUNT = /^\d{1,18}(\.\d{1,2})?$/;

/** A non-negative amount with at most two decimal places (kopecks). */
export function MoneyAmount(): Decorator {
  return rule(
    "isMoneyAmount",
    (value) => AMOUNT.test(value),
    'Expected a non-negative amount with at most 2 decimal places, such as "4000000000.00"',
  );
}

/** An ISO 4217 currency code. */
export function CurrencyCode(): Decorator {
  return rule(
    "isCurrency",
    (value) => /^[A-Z]{3}$/.test(value),
    "Expected an ISO 4217 code such as RUB",
  );
}

/** Kopecks of a well-formed amount, or null for one MoneyAmount refuses. */
function kopecks(amount: unknown): bigint | null {
  if (typeof amount !== "string" || !AMOUNT.test(amount)) return null;
  const [whole, fraction = ""] = amount.split(".");
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
}

/**
 * A money input (validated inside, field by field) whose amount is at most `max` roubles;
 * `what` names the bound in the message.
 */
export function MoneyAtMost(max: bigint, what: string): Decorator {
  return all(
    ValidateNested(),
    ValidateBy({
      name: "isMoneyAtMost",
      constraints: [max],
      validator: {
        validate: (money: unknown) => {
          const amount = kopecks((money as { amount?: unknown } | null)?.amount);
          return amount === null || amount <= max * 100n;
        },
        defaultMessage: ({ value }: ValidationArguments) =>
          `The amount ${String((value as { amount?: unknown }).amount)} is more than ${max} roubles, the upper bound of ${what}`,
      },
    }),
  );
}

/** A list of nested inputs, each validated field by field, of at most `maxItems` items. */
export function NestedList(maxItems: number): Decorator {
  return all(
    ArrayMaxSize(maxItems, { message: `At most ${maxItems} items are allowed` }),
    ValidateNested({ each: true }),
  );
}
