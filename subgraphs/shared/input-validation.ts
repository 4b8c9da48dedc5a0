import { validate, type ValidationError } from "class-validator";
import type { ResolverData } from "type-graphql";
import { badUserInput } from "./errors";

/** The first failed constraint of a class-validator result, with its dotted path. */
function firstFailure(
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
  _type: unknown,
  { args }: ResolverData<object>,
): Promise<void> {
  if (value === null || typeof value !== "object") return;
  // The argument's own name when the value is one argument (`filter`, `input`); none for an
  // @Args() class, whose properties are the arguments themselves.
  const argumentName = Object.entries(args).find(([, arg]) => arg === value)?.[0];
  const items = Array.isArray(value) ? value : [value];
  for (const [index, item] of items.entries()) {
    if (item === null || typeof item !== "object") continue;
    const errors = await validate(item, {
      skipMissingProperties: true,
      forbidUnknownValues: false,
    });
    const prefix = [argumentName, Array.isArray(value) ? String(index) : undefined].filter(
      (part): part is string => part !== undefined,
    );
    const failure = firstFailure(errors, prefix);
    if (failure) throw badUserInput(fieldName(failure.path), failure.value, failure.reason);
  }
}
