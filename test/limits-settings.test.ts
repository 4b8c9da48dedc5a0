import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Supergraph } from "@apollo/federation-internals";
import { loadLimitSettings } from "../subgraphs/shared/limits";
import { PAGINATION_DEFAULT_PAGE_SIZE } from "../subgraphs/shared/limits/config";
import { measureOperation } from "../subgraphs/shared/limits/measure";
import { DEFAULT_PAGE_SIZE } from "../subgraphs/shared/pagination";

/** The API schema of the committed supergraph: what clients' operations are measured against. */
const apiSchema = Supergraph.build(
  readFileSync(join(__dirname, "..", "schema", "supergraph.graphql"), "utf8"),
)
  .apiSchema()
  .toGraphQLJSSchema();
const settings = loadLimitSettings({});

describe("limit settings", () => {
  it("reads every limit from its LIMIT_* variable and names a bad one", () => {
    const custom = loadLimitSettings({
      LIMIT_MAX_DEPTH: "4",
      LIMIT_MAX_ALIASES: "5",
      LIMIT_MAX_ROOT_FIELDS: "6",
      LIMIT_MAX_DIRECTIVES: "7",
      LIMIT_MAX_TOKENS: "800",
      LIMIT_MAX_COST: "900",
      LIMIT_LIST_SIZE: "10",
    });
    expect(custom).toMatchObject({
      maxDepth: 4,
      maxAliases: 5,
      maxRootFields: 6,
      maxDirectives: 7,
      maxTokens: 800,
      maxCost: 900,
      listSize: 10,
    });
    expect(() => loadLimitSettings({ LIMIT_MAX_COST: "lots" })).toThrow(/LIMIT_MAX_COST.*"lots"/);
  });

  it("prices a connection without `first` at the pagination's own default page size", () => {
    expect(PAGINATION_DEFAULT_PAGE_SIZE).toBe(DEFAULT_PAGE_SIZE);
  });

  it("leaves every operation in schema/operations under half of every default limit", () => {
    const folder = join(__dirname, "..", "schema", "operations");
    for (const file of readdirSync(folder).filter((name) => name.endsWith(".graphql"))) {
      const measured = measureOperation(
        apiSchema,
        readFileSync(join(folder, file), "utf8"),
        settings,
      );
      expect(measured.depth).toBeLessThanOrEqual(settings.maxDepth / 2 + 1);
      expect(measured.aliases).toBeLessThanOrEqual(settings.maxAliases / 2);
      expect(measured.rootFields).toBeLessThanOrEqual(settings.maxRootFields / 2);
      expect(measured.directives).toBeLessThanOrEqual(settings.maxDirectives / 2);
      expect(measured.tokens).toBeLessThanOrEqual(settings.maxTokens / 2);
      expect(measured.cost).toBeLessThanOrEqual(settings.maxCost / 2);
    }
  });
});
