import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Supergraph } from "@apollo/federation-internals";
import { parse, validate, type GraphQLSchema } from "graphql";
import { LIMIT_DEFAULTS, loadLimitSettings } from "../../subgraphs/shared/limits";
import { measureOperation } from "../../subgraphs/shared/limits/measure";

/**
 * Every operation the dashboard sends (dashboard/src/queries) is valid against the committed
 * supergraph and stays within the default operation limits, so no view is ever refused by the
 * gateway. The views' own variables are used where the cost depends on them.
 */
const folder = join(__dirname, "..", "..", "dashboard", "src", "queries");
const files = readdirSync(folder).filter((file) => file.endsWith(".graphql"));
const settings = loadLimitSettings({});

/** The variables each view sends (the cost of a list can depend on them). */
const VARIABLES: Record<string, Record<string, unknown>> = {
  "district.graphql": { code: "URAL" },
  "region.graphql": { code: "RU-TYU" },
  "organization.graphql": { id: "org-rc-tyumen" },
  "search.graphql": { text: "партнерство" },
  "region-events.graphql": { code: "RU-TYU", after: null },
  "region-organizations.graphql": { code: "RU-TYU", after: null },
  "region-centres.graphql": { code: "RU-TYU", after: null },
  "region-programmes.graphql": { code: "RU-TYU", after: null },
  "organization-events.graphql": { id: "org-rc-tyumen", after: null },
  "search-organizations.graphql": { text: "партнерство", after: null },
  "search-events.graphql": { text: "партнерство", after: null },
  "search-programmes.graphql": { text: "партнерство", after: null },
  "signed-in-centre.graphql": { id: "org-rc-tyumen" },
  "my-records.graphql": { id: "org-rc-tyumen" },
  "update-event.graphql": { id: "event-1", input: { participantCount: 120 } },
  "update-organization.graphql": { id: "org-rc-tyumen", input: { website: "https://a.example" } },
};

let apiSchema: GraphQLSchema;
beforeAll(() => {
  const sdl = readFileSync(join(__dirname, "..", "..", "schema", "supergraph.graphql"), "utf8");
  apiSchema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
});

describe("the dashboard's operations", () => {
  it("are the six views' queries, their lists' next pages, the header's centre name and the two edits", () => {
    expect(files.sort()).toEqual([
      "country.graphql",
      "district.graphql",
      "my-records.graphql",
      "organization-events.graphql",
      "organization.graphql",
      "region-centres.graphql",
      "region-events.graphql",
      "region-organizations.graphql",
      "region-programmes.graphql",
      "region.graphql",
      "search-events.graphql",
      "search-organizations.graphql",
      "search-programmes.graphql",
      "search.graphql",
      "signed-in-centre.graphql",
      "update-event.graphql",
      "update-organization.graphql",
    ]);
  });

  it.each(files)("%s is valid against the supergraph", (file) => {
    const errors = validate(apiSchema, parse(readFileSync(join(folder, file), "utf8")));
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  it.each(files)("%s fits every default operation limit", (file) => {
    const source = readFileSync(join(folder, file), "utf8");
    const measured = measureOperation(apiSchema, source, settings, VARIABLES[file]);
    expect(measured.depth).toBeLessThanOrEqual(LIMIT_DEFAULTS.maxDepth);
    expect(measured.aliases).toBeLessThanOrEqual(LIMIT_DEFAULTS.maxAliases);
    expect(measured.rootFields).toBeLessThanOrEqual(LIMIT_DEFAULTS.maxRootFields);
    expect(measured.directives).toBeLessThanOrEqual(LIMIT_DEFAULTS.maxDirectives);
    expect(measured.tokens).toBeLessThanOrEqual(LIMIT_DEFAULTS.maxTokens);
    expect(measured.cost).toBeLessThanOrEqual(LIMIT_DEFAULTS.maxCost);
  });
});
