import {
  getNamedType,
  GraphQLID,
  isAbstractType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type DirectiveNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * What a cached answer depends on, as tags a write's report is matched against:
 * - `Type:id`: it shows that record (and `Type#any`: it shows some record of that type);
 * - `Type`: it lists records of that type (a list, or a page of them, even empty), or shows one
 *   without its id, or a null where one could be: any change of that type may change it;
 * - `@subgraph`: it shows a field a subgraph adds to another's type (a region's `eventCount`,
 *   an organisation's `awards`), computed from that subgraph's records: any write there may
 *   change it.
 */
export type AnswerTags = Set<string>;

/** `Type.field` of each field a subgraph adds to a type another subgraph owns → that subgraph. */
export type ForeignFields = Map<string, string>;

const stringArg = (directive: DirectiveNode, name: string): string | undefined => {
  const argument = directive.arguments?.find((arg) => arg.name.value === name);
  return argument && (argument.value.kind === Kind.ENUM || argument.value.kind === Kind.STRING)
    ? argument.value.value
    : undefined;
};

/**
 * The fields each subgraph adds to types it shares, read from the supergraph's `@join__*`
 * directives: a type's owner is the subgraph that resolves most of its fields, and a field
 * resolved by another one alone is that one's addition.
 */
export function foreignFields(supergraphSdl: string): ForeignFields {
  const document = parse(supergraphSdl);
  const graphNames = new Map<string, string>();
  const found: ForeignFields = new Map();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === "join__Graph")
      for (const value of definition.values ?? []) {
        const graph = value.directives?.find((d) => d.name.value === "join__graph");
        graphNames.set(value.name.value, (graph && stringArg(graph, "name")) ?? value.name.value);
      }
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const type = definition.name.value;
    if (["Query", "Mutation", "Subscription"].includes(type)) continue;
    const joined = definition.directives?.filter((d) => d.name.value === "join__type") ?? [];
    if (joined.length < 2) continue;
    const resolvedBy = new Map<string, string>();
    const counts = new Map<string, number>();
    for (const field of definition.fields ?? []) {
      const graphs = (field.directives ?? [])
        .filter((d) => d.name.value === "join__field")
        .map((d) => stringArg(d, "graph"));
      if (graphs.length !== 1 || !graphs[0]) continue;
      resolvedBy.set(field.name.value, graphs[0]);
      counts.set(graphs[0], (counts.get(graphs[0]) ?? 0) + 1);
    }
    const owner = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    for (const [field, graph] of resolvedBy)
      if (graph !== owner) found.set(`${type}.${field}`, graphNames.get(graph) ?? graph);
  }
  return found;
}

/** A record type: an object type with an ID field (`id`, or a region's `code`). */
const keyFields = new WeakMap<GraphQLNamedType, string | null>();
function keyField(type: GraphQLNamedType): string | null {
  let key = keyFields.get(type);
  if (key === undefined) {
    key = isObjectType(type)
      ? (Object.values(type.getFields()).find((field) => getNamedType(field.type) === GraphQLID)
          ?.name ?? null)
      : null;
    keyFields.set(type, key);
  }
  return key;
}

/** The record types a page, edge or other holder type reaches without passing a record. */
const heldTypes = new WeakMap<GraphQLNamedType, string[]>();
function held(schema: GraphQLSchema, type: GraphQLNamedType): string[] {
  let known = heldTypes.get(type);
  if (known) return known;
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (named: GraphQLNamedType) => {
    const objects = isAbstractType(named)
      ? schema.getPossibleTypes(named)
      : isObjectType(named)
        ? [named]
        : [];
    for (const object of objects) {
      if (keyField(object)) found.add(object.name);
      else if (!seen.has(object.name)) {
        seen.add(object.name);
        for (const field of Object.values(object.getFields())) visit(getNamedType(field.type));
      }
    }
  };
  visit(type);
  heldTypes.set(type, (known = [...found]));
  return known;
}

/** The fields a selection set asks of an object of `type`, fragments included. */
function collectFields(
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  into: FieldNode[] = [],
): FieldNode[] {
  const applies = (condition: string | undefined) => {
    if (!condition || condition === type.name) return true;
    const named = schema.getType(condition);
    return named !== undefined && isAbstractType(named) && schema.isSubType(named, type);
  };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) into.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (applies(selection.typeCondition?.name.value))
        collectFields(schema, type, selection.selectionSet, fragments, into);
    } else {
      const fragment = fragments[selection.name.value];
      if (fragment && applies(fragment.typeCondition.name.value))
        collectFields(schema, type, fragment.selectionSet, fragments, into);
    }
  }
  return into;
}

/**
 * The tags of a query's answer (see AnswerTags): its data walked with the operation's
 * selections, each value typed by the schema.
 */
export function answerTags(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  data: Record<string, unknown>,
  foreign: ForeignFields,
): AnswerTags {
  const tags: AnswerTags = new Set();
  const visitObject = (type: GraphQLObjectType, selectionSet: SelectionSetNode, value: object) => {
    const record = value as Record<string, unknown>;
    const fields = collectFields(schema, type, selectionSet, fragments);
    const key = keyField(type);
    if (key) {
      const keyNode = fields.find((field) => field.name.value === key);
      const id = keyNode && record[keyNode.alias?.value ?? key];
      if (typeof id === "string" || typeof id === "number") {
        tags.add(`${type.name}:${id}`);
        tags.add(`${type.name}#any`);
      } else tags.add(type.name);
    }
    for (const field of fields) {
      const definition = type.getFields()[field.name.value];
      if (!definition) continue;
      const added = foreign.get(`${type.name}.${field.name.value}`);
      if (added) tags.add(`@${added}`);
      const child = record[field.alias?.value ?? field.name.value];
      if (field.selectionSet && child !== undefined)
        visitValue(definition.type, field.selectionSet, child);
    }
  };
  const visitValue = (type: GraphQLOutputType, selectionSet: SelectionSetNode, value: unknown) => {
    if (isNonNullType(type)) return visitValue(type.ofType, selectionSet, value);
    const named = getNamedType(type);
    // A list, a page, or a null where a record could be: any change of the type may change it.
    if (isListType(type) || value === null || !keyField(named))
      for (const name of held(schema, named)) tags.add(name);
    if (value === null || value === undefined) return;
    if (isListType(type)) {
      for (const item of value as unknown[]) visitValue(type.ofType, selectionSet, item);
      return;
    }
    if (isObjectType(named)) return visitObject(named, selectionSet, value as object);
    if (!isAbstractType(named)) return;
    const runtime = schema.getType(String((value as { __typename?: unknown }).__typename));
    const candidates =
      runtime && isObjectType(runtime) ? [runtime] : schema.getPossibleTypes(named);
    for (const candidate of candidates) visitObject(candidate, selectionSet, value as object);
  };
  const root = schema.getQueryType();
  if (root) visitObject(root, operation.selectionSet, data);
  return tags;
}
