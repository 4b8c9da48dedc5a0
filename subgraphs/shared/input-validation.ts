import { validate, type ValidationError } from "class-validator";
import { getNamedType } from "graphql";
import type { ResolverData } from "type-graphql";
import { badUserInput } from "./errors";

/** How every input is validated: only the values given, and plain objects allowed. */
export const VALIDATION_OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false };

/** The first failed constraint of a class-validator result, with its dotted path. */
export function firstFailure(
  errors: ValidationError[],
  path: string[],
): { path: string[]; value: unknown; reason: string } | null {
  for (const error of errors) {
    const here = [...path, error.property];
    const reason = Object.values(error.constraints ?? {})[0];
    if (reason) return { path: here, value: error.value, reason: `${reason}.` };
    const nested = firstFailure(error.children ?? [], here);
    if (nested) return nested;
  }
  return null;
}

/** The dotted name of an argument value: `filter.search`, `input.name`, `first`, `outcomes[2].unit`. */
function fieldName(path: string[]): string {
  return path.reduce((name, part) => (/^\d+$/.test(part) ? `${name}[${part}]` : `${name}.${part}`));
}

/**
 * type-graphql's `validateFn`: runs the class-validator decorators of an input or args class at
 * the resolver boundary, before the resolver (and any DataLoader batch) sees the value. A failure
 * is BAD_USER_INPUT naming the argument path and the bad value, like every other bad argument.
 */
export async function validateArgument(
  value: unknown,
  type: unknown,
  { info }: ResolverData<object>,
): Promise<void> {
  if (value === null || typeof value !== "object") return;
  // The argument's own name when the value is one argument (`filter`, `input`); none for an
  // @Args() class, whose properties are the arguments themselves. type-graphql hands over a
  // new instance of the input class, not the argument object, so the argument is found by its
  // GraphQL type, which type-graphql names after the class.
  const typeName = typeof type === "function" ? type.name : undefined;
  const field = info.parentType.getFields()[info.fieldName];
  const argumentName = field?.args.find((arg) => getNamedType(arg.type).name === typeName)?.name;
  const items = Array.isArray(value) ? value : [value];
  for (const [index, item] of items.entries()) {
    if (item === null || typeof item !== "object") continue;
    const errors = await validate(item, VALIDATION_OPTIONS);
    const prefix = [argumentName, Array.isArray(value) ? String(index) : undefined].filter(
      (part): part is string => part !== undefined,
    );
    const failure = firstFailure(errors, prefix);
    if (failure) throw badUserInput(fieldName(failure.path), failure.value, failure.reason);
  }
}
