import {
  Kind,
  type ASTVisitor,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { limitExceeded } from "./errors";

/** The fields an operation selects at its root, through its fragments. */
export function countRootFields(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  seen = new Set<string>(),
): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(context, selection.selectionSet, seen);
    } else if (!seen.has(selection.name.value)) {
      // A fragment spread twice at the root selects the same fields twice, which merge.
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += countRootFields(context, fragment.selectionSet, seen);
    }
  }
  return count;
}

/**
 * Refuses an operation that selects more than `max` fields at its root, fragments included.
 * Written here because neither GraphQL Armor nor graphql-query-complexity counts root fields:
 * each root field is planned and fetched on its own, so their number bounds the planner's work
 * apart from the total cost.
 */
export function maxRootFieldsRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const count = countRootFields(context, operation.selectionSet);
      if (count > max) context.reportError(limitExceeded("rootFields", max, count));
      return false;
    },
  });
}
