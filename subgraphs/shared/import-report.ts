import { validate } from "class-validator";
import { GraphQLError } from "graphql";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import type { DataSource, EntityManager } from "typeorm";
import { badUserInput } from "./errors";
import { firstFailure, VALIDATION_OPTIONS } from "./input-validation";
import { transaction } from "./writes";

/**
 * The most rows one import mutation takes. A register row is at most a few kilobytes of JSON,
 * so a full batch of plain rows stays well inside MAX_BODY_BYTES (1 MiB by default); the
 * import command also cuts batches by their encoded size.
 */
export const IMPORT_MAX_ROWS = 1000;

/** One rejected row of an import: where, what, and the API's error code and message. */
@ObjectType({ description: "A row an import refused, with the API's error for it." })
@Directive("@shareable")
export class ImportRejection {
  @Field(() => Int, {
    description: "The row's number as the caller gave it (its line in the file).",
  })
  row!: number;

  @Field(() => String, { nullable: true, description: "The row field the error is about." })
  field!: string | null;

  @Field(() => String, { nullable: true })
  value!: string | null;

  @Field({ description: "The error code: BAD_USER_INPUT, FORBIDDEN, ..." })
  code!: string;

  @Field()
  message!: string;
}

/**
 * Something an import noted about a row it took: an activity neither the art. 31.1 list nor the
 * OKVED codes know, kept as free text. The row is imported; the note is for the person who
 * reads the report.
 */
@ObjectType({ description: "A note on a row an import took: it was imported, with this caveat." })
@Directive("@shareable")
export class ImportWarning {
  @Field(() => Int, { description: "The row's number as the caller gave it." })
  row!: number;

  @Field(() => String, { nullable: true, description: "The row field the note is about." })
  field!: string | null;

  @Field(() => String, { nullable: true })
  value!: string | null;

  @Field({ description: "What kind of note: UNKNOWN_ACTIVITY." })
  code!: string;

  @Field()
  message!: string;
}

/** A rejection built from an error a validation threw. */
export function rejectionOf(row: number, field: string | null, value: unknown, error: unknown) {
  const coded = error instanceof GraphQLError ? error : null;
  if (!coded) throw error;
  const rejection = new ImportRejection();
  return Object.assign(rejection, {
    row,
    field,
    value: value === null || value === undefined ? null : String(value),
    code: String(coded.extensions.code ?? "INTERNAL_SERVER_ERROR"),
    message: coded.message,
  });
}

/** BAD_USER_INPUT when a batch has no rows or more than IMPORT_MAX_ROWS. */
export function assertBatchSize(rows: unknown[]): void {
  if (rows.length === 0 || rows.length > IMPORT_MAX_ROWS)
    throw badUserInput(
      "rows",
      `${rows.length} rows`,
      `Expected 1 to ${IMPORT_MAX_ROWS} rows per request; send a larger register in batches.`,
    );
}

/**
 * The first failure of an input object's class-validator decorators, as the same
 * BAD_USER_INPUT the API gives that input at the resolver boundary (input-validation.ts), or
 * null when it passes. The import checks rows one by one with the API's own constraints, so a
 * bad row is reported, not the whole batch refused.
 */
export async function firstConstraintError(
  input: object,
  fieldName: (property: string) => string,
): Promise<{ field: string; value: unknown; error: GraphQLError } | null> {
  const errors = await validate(input, VALIDATION_OPTIONS);
  const failure = firstFailure(errors, []);
  if (!failure) return null;
  // A row's cell is its top-level property, even when a nested constraint (money) failed.
  const [property] = failure.path;
  const value = errors.find((error) => error.property === property)?.value;
  const field = fieldName(property);
  return { field, value, error: badUserInput(field, plainValue(value), failure.reason) };
}

/** The input field a coded error names (`extensions.argumentName`), if any. */
export function argumentNameOf(error: unknown): string | undefined {
  return (error as { extensions?: { argumentName?: string } }).extensions?.argumentName;
}

/** A nested input (money) is quoted by its amount, as the row gave it. */
function plainValue(value: unknown): unknown {
  if (value && typeof value === "object" && "amount" in value)
    return (value as { amount: unknown }).amount;
  return value;
}

/** Thrown to roll a dry run's transaction back after everything in it was checked. */
class DryRunRollback<R> extends Error {
  constructor(readonly result: R) {
    super("dry run: rolled back");
  }
}

/**
 * Runs `work` in one transaction, which commits, or, for a dry run, does every read, check and
 * write and then rolls back: the answer is what the import would do, and nothing is kept.
 */
export async function importTransaction<R>(
  dataSource: DataSource,
  dryRun: boolean,
  work: (manager: EntityManager) => Promise<R>,
): Promise<R> {
  try {
    return await transaction(dataSource, async (manager) => {
      const result = await work(manager);
      if (dryRun) throw new DryRunRollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.result as R;
    throw error;
  }
}

/** What an import did to one record. */
export type ImportOutcome = "CREATED" | "UPDATED" | "UNCHANGED";
