import {
  composeSupergraph,
  generateSchemaFiles,
  staleFiles,
  subgraphSdls,
} from "../tools/composition";
import { readSubgraphList } from "../gateway/subgraph-list";

describe("composition", () => {
  it("keeps the committed schema/ files identical to what npm run compose generates", async () => {
    const { files, errors } = await generateSchemaFiles(readSubgraphList());
    expect(errors).toEqual([]);
    expect(files.map((file) => file.path.split("/").pop()).sort()).toEqual([
      "events.graphql",
      "organizations.graphql",
      "programmes.graphql",
      "regions.graphql",
      "supergraph.graphql",
    ]);
    expect(staleFiles(files)).toEqual([]);
  });

  it("reports a composition error one per line with its code", async () => {
    const list = readSubgraphList();
    const sdls = await subgraphSdls(list);
    // A second subgraph that defines Region's name differently cannot compose.
    sdls.set(
      "rogue",
      `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Region @key(fields: "code") { code: ID! name: Int }`,
    );
    const { supergraphSdl, errors } = composeSupergraph(
      [...list, { name: "rogue", url: "http://localhost:1/graphql" }],
      sdls,
    );
    expect(supergraphSdl).toBeUndefined();
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join("\n")).toMatch(/Region\.name/);
  });
});
