import {
  composeSupergraph,
  generateSchemaFiles,
  staleFiles,
  subgraphSdls,
} from "../tools/composition";
import { readSubgraphList } from "../gateway/subgraph-list";
import { CORE_SUBGRAPHS, listedSubgraphs } from "./support/listed";

describe("composition", () => {
  it("keeps the committed schema/ files identical to what npm run compose generates", async () => {
    const { files, errors } = await generateSchemaFiles(readSubgraphList());
    expect(errors).toEqual([]);
    // One file per listed subgraph built here (the core four, and any centre's added), and the supergraph.
    expect(files.map((file) => file.path.split("/").pop()).sort()).toEqual(
      [...listedSubgraphs().map((name) => `${name}.graphql`), "supergraph.graphql"].sort(),
    );
    expect(listedSubgraphs()).toEqual(expect.arrayContaining(CORE_SUBGRAPHS));
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
