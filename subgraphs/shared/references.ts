import { GraphQLError } from "graphql";

/** Checks that records other subgraphs own exist before a write links to them. */
export interface ReferenceChecker {
  /** The ids, of those given, that name no live (unarchived) organisation. */
  missingOrganizations(ids: string[]): Promise<string[]>;
}

const ORGANIZATION_REFERENCES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Organization { id archivedAt } }
}`;

/**
 * Asks the organizations subgraph, over HTTP, which organisations exist: one `_entities`
 * request for all ids of a write. If it cannot be reached the write is refused, not guessed.
 */
export function httpReferenceChecker(organizationsUrl: string): ReferenceChecker {
  return {
    async missingOrganizations(ids) {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return [];
      let body: {
        data?: { _entities: ({ id: string; archivedAt: string | null } | null)[] };
        errors?: unknown[];
      };
      try {
        const response = await fetch(organizationsUrl, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            query: ORGANIZATION_REFERENCES,
            variables: {
              representations: unique.map((id) => ({ __typename: "Organization", id })),
            },
          }),
        });
        body = (await response.json()) as typeof body;
      } catch (error) {
        throw new GraphQLError(
          `Cannot check organisations: the organizations subgraph is unavailable (${(error as Error).message}).`,
          {
            extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "organizations" },
          },
        );
      }
      if (!body.data)
        throw new GraphQLError(`Cannot check organisations: ${JSON.stringify(body.errors)}`);
      return unique.filter((_id, index) => {
        const found = body.data!._entities[index];
        return !found || found.archivedAt !== null;
      });
    },
  };
}
