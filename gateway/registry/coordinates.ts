import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";

/**
 * Adds an input type reached through a variable, with every field and enum below it: the
 * values come at run time, so any of them may be sent, and a change to any of them can break
 * the operation (a new required field of `EventFilter` breaks every query that passes one).
 */
function addInputType(type: GraphQLNamedType, into: Set<string>): void {
  if (into.has(type.name)) return;
  if (isEnumType(type)) {
    into.add(type.name);
    for (const value of type.getValues()) into.add(`${type.name}.${value.name}`);
    return;
  }
  if (!isInputObjectType(type)) return;
  into.add(type.name);
  for (const field of Object.values(type.getFields())) {
    into.add(`${type.name}.${field.name}`);
    addInputType(getNamedType(field.type), into);
  }
}

/**
 * The schema coordinates an operation uses, as the GraphQL schema-coordinates proposal names
 * them: `Type.field` for every field selected, `Type.field.argument` for every argument given,
 * `Input.field` for input fields written in the operation, `Enum.VALUE` for enum values, and
 * the named types themselves. Input types reached through variables bring all their fields (see
 * addInputType). A field the schema does not know is skipped: the operation no longer validates.
 */
export function schemaCoordinates(schema: GraphQLSchema, document: DocumentNode): string[] {
  const used = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      VariableDefinition(node) {
        const type = typeFromAST(schema, node.type as never) as GraphQLInputType | undefined;
        if (type) addInputType(getNamedType(type), used);
      },
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent || node.name.value.startsWith("__")) return;
        used.add(parent.name);
        used.add(`${parent.name}.${node.name.value}`);
        const named = typeInfo.getType() ? getNamedType(typeInfo.getType()!) : undefined;
        if (named) used.add(named.name);
      },
      Argument(node) {
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (field && parent) used.add(`${parent.name}.${field.name}.${node.name.value}`);
      },
      ObjectField(node) {
        const input = typeInfo.getParentInputType();
        const named = input ? getNamedType(input) : undefined;
        if (named && isInputObjectType(named)) {
          used.add(named.name);
          used.add(`${named.name}.${node.name.value}`);
        }
      },
      EnumValue(node) {
        const input = typeInfo.getInputType();
        const named = input ? getNamedType(input) : undefined;
        if (named && isEnumType(named)) {
          used.add(named.name);
          used.add(`${named.name}.${node.value}`);
        }
      },
      FragmentDefinition(node) {
        used.add(node.typeCondition.name.value);
      },
      InlineFragment(node) {
        if (node.typeCondition) used.add(node.typeCondition.name.value);
      },
    }),
  );
  return [...used].sort();
}

/** The operation definitions of a document, by name (an anonymous one as "(anonymous)"). */
export function operationNames(document: DocumentNode): string[] {
  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value ?? "(anonymous)"] : [],
  );
}
