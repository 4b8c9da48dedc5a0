import {
  ERRORS,
  isCompositeType,
  isCustomScalarType,
  isEnumType,
  isListType,
  isNonNullType,
  isSubtype,
  isValidLeafValue,
  typenameFieldName,
  Variable,
  type CompositeType,
  type FieldSelection,
  type NamedType,
  type ScalarType,
  type Schema,
  type Selection,
  type SelectionSet,
  type Type,
} from "@apollo/federation-internals";
import type { GraphQLError } from "graphql";

/*
 * What result-shaping.ts walks the data with, compiled once per request: each selection set,
 * for each runtime type it meets, flattened into the fields it selects (@skip/@include and type
 * conditions decided), and each field's type unwrapped into its non-null and list layers with a
 * check of its leaf values.
 */

/** A field's type, its non-null and list layers unwrapped once. */
export interface Shape {
  kind: "nonNull" | "list" | "composite" | "leaf";
  /** The type as the original prints it in its errors. */
  text: string;
  of?: Shape;
  composite?: CompositeType;
  valid?: (value: unknown) => boolean;
}

/** One field of a flattened selection set. */
export interface Entry {
  kind: "leaf" | "value" | "typename" | "introspection";
  name: string;
  /** The type the original names in this field's errors: the object's, or the fragment's. */
  parent: CompositeType;
  shape: Shape;
  nonNull: boolean;
  selection: FieldSelection;
  selectionSet: SelectionSet | undefined;
  /** The child selection set compiled for the runtime type last met (lists are uniform). */
  lastTypename?: unknown;
  lastEntries?: Entry[];
}

/** Thrown where the original would fail an assertion: the original then shapes the request. */
export const FALLBACK = Symbol("fallback to @apollo/gateway's result shaping");

export class Shaper {
  readonly errors: GraphQLError[] = [];
  readonly path: (string | number)[] = [];
  /** Set by `shape`: the value was nulled by a non-null type (`isInvalid` of the original). */
  invalid = false;
  /** Set by `shape`: an error was reported for the value (`hasErrors` of the original). */
  failed = false;
  private readonly types = new Map<string, NamedType | undefined>();
  private readonly shapes = new Map<Type, Shape>();
  private readonly compiled = [new Map(), new Map()] as Map<
    SelectionSet,
    Map<CompositeType, Entry[]>
  >[];

  constructor(
    readonly schema: Schema,
    private readonly variables: Record<string, unknown>,
    readonly introspection: (selection: FieldSelection) => unknown,
  ) {}

  typeNamed(name: string): NamedType | undefined {
    if (this.types.has(name)) return this.types.get(name);
    const type = this.schema.type(name);
    this.types.set(name, type);
    return type;
  }

  error(message: string): void {
    this.errors.push(ERRORS.INVALID_GRAPHQL.err(message, { path: Array.from(this.path) }));
  }

  /** The field or list element at the end of the path, worded as the original words it. */
  describe(text: string, entry: Entry): string {
    const last = this.path[this.path.length - 1];
    return typeof last === "string"
      ? `field ${entry.parent}.${last}`
      : `array element of type ${text} at index ${last}`;
  }

  /** `selectionSet`'s fields for an object of `type` (`typed`: named by its `__typename`). */
  compile(selectionSet: SelectionSet, type: CompositeType, typed: boolean): Entry[] {
    const memo = this.compiled[typed ? 1 : 0];
    let byType = memo.get(selectionSet);
    if (!byType) memo.set(selectionSet, (byType = new Map()));
    let entries = byType.get(type);
    if (!entries) {
      entries = [];
      this.flatten(entries, selectionSet, type, typed ? type : undefined);
      byType.set(type, entries);
    }
    return entries;
  }

  private flatten(
    entries: Entry[],
    selectionSet: SelectionSet,
    parent: CompositeType,
    runtime: CompositeType | undefined,
  ): void {
    for (const selection of selectionSet.selections() as Selection[]) {
      if (this.skipped(selection.element)) continue;
      if (selection.kind === "FieldSelection") {
        entries.push(this.entry(selection, parent));
        continue;
      }
      const condition = selection.element.typeCondition;
      // A typed object meets a condition by its own type, an untyped one by the enclosing type.
      if (condition && !isSubtype(condition, runtime ?? parent)) continue;
      this.flatten(entries, selection.selectionSet, condition ?? parent, runtime);
    }
  }

  private skipped(element: Selection["element"]): boolean {
    const skip = element.appliedDirectivesOf(this.schema.skipDirective())[0];
    const include = element.appliedDirectivesOf(this.schema.includeDirective())[0];
    return !!((skip && this.condition(skip)) || (include && !this.condition(include)));
  }

  private condition(directive: { arguments(): { if: boolean | Variable } }): boolean {
    const value = directive.arguments().if;
    if (!(value instanceof Variable)) return value;
    const variable = this.variables[value.name];
    if (typeof variable !== "boolean") throw FALLBACK;
    return variable;
  }

  private entry(selection: FieldSelection, parent: CompositeType): Entry {
    const field = selection.element;
    const name = field.responseName();
    // Output objects are plain: a name Object.prototype has would read its property.
    if (name in Object.prototype) throw FALLBACK;
    const shape = this.shapeOf(field.definition.type!);
    const nonNull = shape.kind === "nonNull";
    let kind: Entry["kind"] = "value";
    if (field.definition.isSchemaIntrospectionField()) kind = "introspection";
    else if (field.name === typenameFieldName) kind = "typename";
    else if ((nonNull ? shape.of! : shape).kind === "leaf") kind = "leaf";
    return { kind, name, parent, shape, nonNull, selection, selectionSet: selection.selectionSet };
  }

  private shapeOf(type: Type): Shape {
    let shape = this.shapes.get(type);
    if (shape) return shape;
    const text = String(type);
    if (isNonNullType(type)) shape = { kind: "nonNull", text, of: this.shapeOf(type.ofType) };
    else if (isListType(type)) shape = { kind: "list", text, of: this.shapeOf(type.ofType) };
    else if (isCompositeType(type)) shape = { kind: "composite", text, composite: type };
    else shape = { kind: "leaf", text, valid: leafValidator(this.schema, type as NamedType) };
    this.shapes.set(type, shape);
    return shape;
  }
}

const MAX_PLAIN_INTEGER = 1e21;

/** isValidLeafValue of federation-internals for one type, decided once. */
function leafValidator(schema: Schema, type: NamedType): (value: unknown) => boolean {
  if (isCustomScalarType(type)) return () => true;
  if (type === schema.booleanType()) return (value) => typeof value === "boolean";
  if (type === schema.stringType()) return (value) => typeof value === "string";
  if (type === schema.floatType())
    return (value) => typeof value === "number" && Number.isFinite(value);
  const id = type === schema.idType();
  if (id || type === schema.intType())
    return (value) =>
      typeof value === "number"
        ? Number.isInteger(value) && Math.abs(value) < MAX_PLAIN_INTEGER
        : id && typeof value === "string";
  if (isEnumType(type)) {
    const names = new Set(type.values.map((value) => value.name));
    return (value) => typeof value === "string" && names.has(value);
  }
  return (value) => isValidLeafValue(schema, value, type as ScalarType);
}
