import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";

/** A value a scalar refuses; `extensions.scalar` marks it for the error formatter. */
function scalarError(scalar: string, value: unknown, rule: string): GraphQLError {
  return new GraphQLError(`Invalid ${scalar} ${JSON.stringify(value)}: ${rule}`, {
    extensions: { code: "BAD_USER_INPUT", scalar },
  });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DECIMAL = /^-?\d{1,30}(\.\d{1,10})?$/;

/** True when `value` is a real calendar day in `YYYY-MM-DD` form. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** True when `value` is an ISO 8601 instant with an explicit offset (or `Z`). */
export function isIsoDateTime(value: string): boolean {
  return (
    ISO_DATE_TIME.test(value) && isIsoDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value))
  );
}

function literalString(ast: ValueNode, scalar: string): string {
  if (ast.kind === Kind.STRING) return ast.value;
  if (scalar === "Decimal" && ast.kind === Kind.INT) return ast.value;
  throw scalarError(scalar, ast.kind, `${scalar} is written as a string.`);
}

function stringScalar(
  name: string,
  description: string,
  check: (value: string) => boolean,
  rule: string,
): GraphQLScalarType<string, string> {
  const parse = (value: unknown): string => {
    if (name === "Decimal" && typeof value === "number" && Number.isSafeInteger(value)) {
      return String(value);
    }
    if (typeof value !== "string" || !check(value)) throw scalarError(name, value, rule);
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
    parseValue: parse,
    parseLiteral: (ast) => parse(literalString(ast, name)),
  });
}

export const DateTimeScalar = stringScalar(
  "DateTime",
  "An instant in ISO 8601 with an explicit offset: `2022-06-02T10:00:00+03:00`.",
  isIsoDateTime,
  "Expected ISO 8601 date-time with an offset, such as 2022-06-02T10:00:00+03:00.",
);

export const DateScalar = stringScalar(
  "Date",
  "A calendar day, `YYYY-MM-DD`.",
  isIsoDate,
  "Expected a calendar date as YYYY-MM-DD.",
);

export const DecimalScalar = stringScalar(
  "Decimal",
  'An exact decimal number serialised as a string (`"4000000000.00"`), never a float.',
  (value) => DECIMAL.test(value),
  'Expected an exact decimal written as a string, such as "4000000000.50".',
);
