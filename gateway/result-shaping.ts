import {
  isCompositeType,
  typenameFieldName,
  type CompositeType,
  type FieldSelection,
  type Operation,
} from "@apollo/federation-internals";
import type { GraphQLError } from "graphql";
import { FALLBACK, Shaper, type Entry, type Shape } from "./shaping-compile";

/*
 * The gateway's shaping of a merged result into the answer (what @apollo/gateway's
 * `computeResponse` does after the fetches: keep what the operation selects, in its order, check
 * leaves and non-null fields, bubble nulls), with the same inputs and the same output. Each
 * selection set is compiled once per request and runtime type into a flat list of fields, the
 * @skip/@include and type conditions already decided, so the walk over the data only reads
 * precomputed entries (shaping-compile.ts). What the original would refuse with an assertion, a
 * root typed as another type and a response name Object.prototype has are handed to the
 * original (`fallback`) for the whole request.
 */

/** Read once: the package's exports are getters, too slow for the walk. */
const TYPENAME: string = typenameFieldName;

export interface ShapingArgs {
  operation: Operation;
  variables?: Record<string, unknown>;
  input: Record<string, unknown> | null | undefined;
  introspectionHandling: (introspectionSelection: FieldSelection) => unknown;
}
export interface ShapingResult {
  data: Record<string, unknown> | null | undefined;
  errors: GraphQLError[];
}
export type ComputeResponse = (args: ShapingArgs) => ShapingResult;

type Data = Record<string, unknown>;

/** Copies the selected fields of `input` into `output`; false: null bubbles up to the parent. */
function applyEntries(shaper: Shaper, entries: Entry[], input: Data, output: Data): boolean {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const name = entry.name;
    const outputValue = output[name];
    if (entry.kind === "leaf") {
      if (outputValue !== undefined) continue;
      const value = input[name];
      if (value === undefined || value === null) {
        output[name] = null;
        if (!entry.nonNull) continue;
        leafError(shaper, "Cannot return null for non-nullable", entry);
        return false;
      }
      const leaf = entry.nonNull ? entry.shape.of! : entry.shape;
      if (leaf.valid!(value)) {
        output[name] = value;
        continue;
      }
      output[name] = null;
      leafError(shaper, "Invalid value found for", entry);
      if (entry.nonNull) return false;
    } else if (entry.kind === "value") {
      let value = input[name];
      if (value === undefined) value = null;
      shaper.path.push(name);
      output[name] = shape(shaper, outputValue, entry.shape, value, entry);
      shaper.path.pop();
      if (shaper.invalid) return false;
    } else if (outputValue === undefined) {
      if (entry.kind === "introspection") {
        output[name] = shaper.introspection(entry.selection);
        continue;
      }
      let value = input[name];
      if ((value === undefined || value === null) && name !== TYPENAME) value = input[TYPENAME];
      const named = typeof value === "string" ? shaper.typeNamed(value) : undefined;
      const type = named ?? entry.parent;
      if (type.kind !== "ObjectType") return false;
      output[name] = type.name;
    }
  }
  return true;
}

function leafError(shaper: Shaper, wording: string, entry: Entry): void {
  shaper.path.push(entry.name);
  shaper.error(`${wording} field ${entry.parent}.${entry.name}.`);
  shaper.path.pop();
}

/** The output for one value of a field (updateOutputValue of the original); sets the flags. */
function shape(shaper: Shaper, out: unknown, type: Shape, value: unknown, entry: Entry): unknown {
  shaper.invalid = false;
  shaper.failed = false;
  if (out === null || (out !== undefined && !entry.selectionSet)) return out;
  if (type.kind === "nonNull") {
    const inner = shape(shaper, out, type.of!, value, entry);
    if (inner !== null) {
      // A value the inner layers kept: the errors inside it concern no parent (as the original).
      shaper.failed = false;
      return inner;
    }
    if (!shaper.failed)
      shaper.error(`Cannot return null for non-nullable ${shaper.describe(type.of!.text, entry)}.`);
    shaper.invalid = true;
    shaper.failed = true;
    return null;
  }
  if (value === null) return null;
  if (type.kind === "list") return shapeList(shaper, out, type.of!, value, entry);
  if (type.kind === "leaf") {
    if (out !== undefined) throw FALLBACK;
    if (type.valid!(value)) return value;
    shaper.error(`Invalid value found for ${shaper.describe(type.text, entry)}.`);
    shaper.failed = true;
    return null;
  }
  if (typeof value !== "object" || Array.isArray(value)) throw FALLBACK;
  if (out !== undefined && (typeof out !== "object" || Array.isArray(out))) throw FALLBACK;
  const typename = (value as Data)[TYPENAME];
  let entries = entry.lastEntries;
  if (typename !== entry.lastTypename || !entries) {
    entries = childEntries(shaper, entry, type.composite!, typename);
    if (!entries) {
      shaper.error(`Invalid __typename found for object at ${shaper.describe(type.text, entry)}.`);
      shaper.failed = true;
      return null;
    }
  }
  const object = out === undefined ? {} : (out as Data);
  const complete = applyEntries(shaper, entries, value as Data, object);
  shaper.invalid = false;
  shaper.failed = !complete;
  return complete ? object : null;
}

/**
 * The child fields of `entry` for an object of `__typename` `typename` (undefined when the type
 * it names is not composite), kept on the entry for the next object: lists are uniform.
 */
function childEntries(
  shaper: Shaper,
  entry: Entry,
  type: CompositeType,
  typename: unknown,
): Entry[] | undefined {
  let runtime = type;
  if (typename !== undefined && typeof typename !== "string") throw FALLBACK;
  if (typename) {
    const named = shaper.typeNamed(typename);
    if (!named || !isCompositeType(named)) return undefined;
    runtime = named;
  }
  const entries = shaper.compile(entry.selectionSet!, runtime, !!typename);
  entry.lastTypename = typename;
  entry.lastEntries = entries;
  return entries;
}

function shapeList(shaper: Shaper, out: unknown, item: Shape, value: unknown, entry: Entry) {
  if (!Array.isArray(value)) throw FALLBACK;
  if (out !== undefined && (!Array.isArray(out) || out.length !== value.length)) throw FALLBACK;
  const previous = out as unknown[] | undefined;
  const result: unknown[] = new Array(value.length);
  let nullify = false;
  let failed = false;
  for (let index = 0; index < value.length; index++) {
    const element: unknown = value[index];
    if (element === undefined) throw FALLBACK;
    shaper.path.push(index);
    result[index] = shape(shaper, previous?.[index], item, element, entry);
    shaper.path.pop();
    nullify ||= shaper.invalid;
    failed ||= shaper.failed;
  }
  shaper.invalid = false;
  shaper.failed = failed;
  return nullify ? null : result;
}

/**
 * A computeResponse with the original's signature and output; `fallback` (the original) shapes
 * what this one does not: see FALLBACK.
 */
export function compiledComputeResponse(fallback: ComputeResponse): ComputeResponse {
  return (args) => {
    const { operation, variables, input, introspectionHandling } = args;
    if (!input) return { data: input, errors: [] };
    const schema = operation.schema();
    const root = schema.schemaDefinition.rootType(operation.rootKind)!;
    // A root typed as anything but itself would meet its fragments' conditions by that type.
    const typename = input[TYPENAME];
    if (typename !== undefined && typename !== root.name) return fallback(args);
    const shaper = new Shaper(
      schema,
      { __proto__: null, ...operation.collectDefaultedVariableValues(), ...variables },
      introspectionHandling,
    );
    try {
      const data: Data = {};
      const entries = shaper.compile(operation.selectionSet, root, typename !== undefined);
      const complete = applyEntries(shaper, entries, input, data);
      return { data: complete ? data : null, errors: shaper.errors };
    } catch (error) {
      if (error === FALLBACK) return fallback(args);
      throw error;
    }
  };
}
