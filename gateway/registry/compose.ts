import { composeServices } from "@apollo/composition";
import { Supergraph } from "@apollo/federation-internals";
import { parse, type GraphQLSchema } from "graphql";

/** One subgraph as composition takes it: its name, where it is reached, and its SDL. */
export interface SubgraphSource {
  name: string;
  url: string;
  sdl: string;
}

/** A composition's result: the supergraph, or its errors one per line. */
export type Composition =
  { supergraphSdl: string; errors: [] } | { supergraphSdl?: undefined; errors: string[] };

/**
 * Composes subgraphs into a supergraph with @apollo/composition (Federation 2), offline. An SDL
 * that does not parse is a composition error naming the subgraph, not an exception.
 */
export function composeSubgraphs(subgraphs: SubgraphSource[]): Composition {
  const services = [];
  for (const { name, url, sdl } of subgraphs) {
    try {
      services.push({ name, url, typeDefs: parse(sdl) });
    } catch (error) {
      return { errors: [`INVALID_GRAPHQL: subgraph "${name}": ${(error as Error).message}`] };
    }
  }
  const result = composeServices(services);
  if (result.errors)
    return {
      errors: result.errors.map(
        (error) => `${error.extensions?.code ?? "ERROR"}: ${error.message}`,
      ),
    };
  return { supergraphSdl: result.supergraphSdl, errors: [] };
}

/** The API schema clients see in a supergraph: what its changes are judged on. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}
