import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, type NonEmptyArray } from "type-graphql";
import { validateArgument } from "./input-validation";

/** The Federation 2 header every subgraph's SDL starts with. */
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])`;

/** `__resolveReference` per entity type name, merged into the type-graphql resolvers. */
export type ReferenceResolvers = Record<
  string,
  { __resolveReference: (reference: never, context: never) => unknown }
>;

export interface FederatedSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  referenceResolvers: ReferenceResolvers;
}

/**
 * Builds a Federation 2 subgraph schema from type-graphql classes: type-graphql builds the
 * schema, its SDL is printed with directives and handed with the resolvers to
 * `buildSubgraphSchema`, which adds `_service` and `_entities`.
 */
export async function buildFederatedSchema(
  options: FederatedSchemaOptions,
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    // Inputs are validated at the resolver boundary by their class-validator decorators.
    validateFn: validateArgument,
    skipCheck: true,
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as never;
  }
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}
