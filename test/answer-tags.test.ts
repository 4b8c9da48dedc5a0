import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { answerTags, foreignFields } from "../gateway/answer-tags";
import { apiSchemaOf } from "../gateway/registry/compose";

/**
 * What the response cache indexes an answer by (gateway/answer-tags.ts), on the committed
 * supergraph: the records an answer shows, the types it lists and the fields another subgraph
 * adds. The behaviour through real processes is test/response-cache.test.ts.
 */
const supergraphSdl = readFileSync(join(__dirname, "..", "schema", "supergraph.graphql"), "utf8");
const schema = apiSchemaOf(supergraphSdl);
const foreign = foreignFields(supergraphSdl);

function tagsOf(query: string, data: Record<string, unknown>): string[] {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode =>
          definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return [...answerTags(schema, operation, fragments, data, foreign)].sort();
}

test("the fields a subgraph adds to another's type are read from the supergraph", () => {
  expect(foreign.get("Region.eventCount")).toBe("events");
  expect(foreign.get("Region.organizationCount")).toBe("organizations");
  expect(foreign.get("Region.fundingTotal")).toBe("programmes");
  expect(foreign.has("Region.name")).toBe(false);
  expect(foreign.has("Organization.name")).toBe(false);
});

test("records are found by their id under aliases and fragments, with the fields others add", () => {
  const tags = tagsOf(
    `query { place: region(code: "RU-KGN") { key: code name count: organizationCount }
      organization(id: "org-1") { ...Named } }
      fragment Named on Organization { ident: id name }`,
    {
      place: { key: "RU-KGN", name: "Курганская область", count: 3 },
      organization: { ident: "org-1", name: "АНО" },
    },
  );
  expect(tags).toEqual(
    [
      "@organizations",
      "Organization#any",
      "Organization:org-1",
      "Region#any",
      "Region:RU-KGN",
    ].sort(),
  );
});

test("a page lists its type even when only counted, and a null or id-less record is its whole type", () => {
  expect(tagsOf(`{ events(first: 1) { totalCount } }`, { events: { totalCount: 5 } })).toEqual([
    "Event",
  ]);
  expect(tagsOf(`{ organization(id: "gone") { name } }`, { organization: null })).toEqual([
    "Organization",
  ]);
  expect(
    tagsOf(`{ organization(id: "org-1") { name } }`, { organization: { name: "АНО" } }),
  ).toEqual(["Organization"]);
});
