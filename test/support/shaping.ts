import {
  isCompositeType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  operationFromDocument,
  possibleRuntimeTypes,
  type CompositeType,
  type NamedType,
  type ObjectType,
  type Operation,
  type Schema,
  type SelectionSet,
  type Type,
} from "@apollo/federation-internals";
import { parse } from "graphql";
import type { ComputeResponse } from "../../gateway/result-shaping";

/*
 * Result shaping side by side: an operation built the way @apollo/gateway's executeQueryPlan
 * builds it, merged results generated for it (with seeded damage: nulls, missing and extra
 * fields, values of the wrong kind, unknown `__typename`s), and what a computeResponse makes of
 * them in a form two can be compared in, key order included.
 */

export function operationOf(schema: Schema, query: string): Operation {
  return operationFromDocument(schema, parse(query), { validate: false });
}

/** What a computeResponse returned (data as JSON, keeping key order), or the error it threw. */
export interface Shaped {
  data?: string;
  errors?: { message: string; path: unknown; code: unknown }[];
  threw?: string;
}

export function shapeWith(
  compute: ComputeResponse,
  operation: Operation,
  input: Record<string, unknown> | null,
  variables: Record<string, unknown> = {},
): Shaped {
  try {
    const { data, errors } = compute({
      operation,
      variables,
      input,
      introspectionHandling: (selection) => ({ introspected: selection.element.responseName() }),
    });
    return {
      data: JSON.stringify(data),
      errors: errors.map((error) => ({
        message: error.message,
        path: error.path,
        code: error.extensions.code,
      })),
    };
  } catch (error) {
    return { threw: (error as Error).message };
  }
}

/** A small seeded generator (mulberry32): the same seed, the same inputs on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MISSING = Symbol("missing");

/**
 * Merged results for `operation` as the fetches would leave them, every field of every fragment
 * filled whatever its type condition; with `damage` > 0, that share of the values is nulled,
 * left out, of the wrong kind or of an unknown type, and objects get fields nobody selected.
 */
export function inputFor(
  operation: Operation,
  random: () => number,
  damage: number,
): Record<string, unknown> {
  const schema = operation.schema();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const damaged = () => random() < damage;

  function leaf(type: NamedType): unknown {
    if (damaged()) {
      return pick<unknown>([{ nested: 1 }, 1.5, "17", true, "NOT_A_VALUE", 2 ** 80]);
    }
    if (isEnumType(type)) return pick(type.values).name;
    switch (type.name) {
      case "Int":
        return Math.floor(random() * 1000) - 10;
      case "Float":
        return random() * 100;
      case "Boolean":
        return random() < 0.5;
      case "ID":
        return random() < 0.8 ? `id-${Math.floor(random() * 100)}` : Math.floor(random() * 100);
      default:
        return `text ${Math.floor(random() * 1000)}`;
    }
  }

  function value(type: Type, selectionSet: SelectionSet | undefined): unknown {
    if (damaged()) return random() < 0.5 ? null : MISSING;
    if (isNonNullType(type)) return value(type.ofType, selectionSet);
    if (isListType(type)) {
      const length = Math.floor(random() * 4);
      const items: unknown[] = [];
      for (let i = 0; i < length; i++) {
        const item = value(type.ofType, selectionSet);
        items.push(item === MISSING ? null : item);
      }
      return items;
    }
    if (isCompositeType(type)) return object(type, selectionSet!);
    return leaf(type as NamedType);
  }

  function object(type: CompositeType, selectionSet: SelectionSet): Record<string, unknown> {
    const runtimes = possibleRuntimeTypes(type);
    const runtime = pick(runtimes);
    const result: Record<string, unknown> = {};
    if (!isObjectType(type) || random() < 0.5) result.__typename = runtime.name;
    if (damaged()) result.__typename = pick(["Nope", "String", ""]);
    fill(result, runtime, selectionSet);
    if (damaged()) result.notSelected = { deep: [1, 2] };
    return result;
  }

  function fill(result: Record<string, unknown>, runtime: ObjectType, selectionSet: SelectionSet) {
    for (const selection of selectionSet.selections()) {
      if (selection.kind !== "FieldSelection") {
        fill(result, runtime, selection.selectionSet);
        continue;
      }
      const field = selection.element;
      const name = field.responseName();
      if (field.definition.isSchemaIntrospectionField()) continue;
      const generated =
        field.name === "__typename"
          ? damaged()
            ? pick(name === "__typename" ? ["Nope", MISSING] : [null, "Nope", MISSING])
            : runtime.name
          : value(field.definition.type!, selection.selectionSet);
      if (generated === MISSING) delete result[name];
      else if (!(name in result) || result[name] === null) result[name] = generated;
      else if (typeof generated === "object" && generated && typeof result[name] === "object") {
        // A field selected twice: the fetches merged both selections into one object.
        merge(result[name], generated);
      }
    }
  }

  const root = schema.schemaDefinition.rootType(operation.rootKind)!;
  const input: Record<string, unknown> = {};
  fill(input, root, operation.selectionSet);
  return input;
}

function merge(into: unknown, from: unknown): void {
  if (Array.isArray(into) && Array.isArray(from)) {
    into.forEach((item, index) => merge(item, from[index]));
    return;
  }
  if (!into || !from || typeof into !== "object" || typeof from !== "object") return;
  const target = into as Record<string, unknown>;
  for (const [key, item] of Object.entries(from as Record<string, unknown>)) {
    if (!(key in target)) target[key] = item;
    else merge(target[key], item);
  }
}
