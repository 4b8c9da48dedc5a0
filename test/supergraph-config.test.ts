import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSupergraphConfig, SUPERGRAPH_CONFIG_FILE } from "../gateway/subgraph-list";
import { federationVersionProblem, schemaFileOf, SCHEMA_DIR } from "../tools/composition";
import { CORE_SUBGRAPHS } from "./support/listed";

function configFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "supergraph-yaml-")), "supergraph.yaml");
  writeFileSync(file, text);
  return file;
}

describe("supergraph.yaml (rover's format)", () => {
  it("lists the four core subgraphs first with their routing URLs, and every SDL file under schema/", () => {
    const config = readSupergraphConfig(SUPERGRAPH_CONFIG_FILE);
    // A centre's subgraph added with npm run subgraph:new follows them.
    expect(config.subgraphs.slice(0, CORE_SUBGRAPHS.length)).toEqual(
      CORE_SUBGRAPHS.map((name, index) => ({
        name,
        url: `http://localhost:${4001 + index}/graphql`,
        schemaFile: join(SCHEMA_DIR, `${name}.graphql`),
      })),
    );
    expect(config.subgraphs.map(schemaFileOf)).toEqual(
      config.subgraphs.map(({ name }) => join(SCHEMA_DIR, `${name}.graphql`)),
    );
  });

  it("pins the federation version of the installed @apollo/composition, so rover composes the same", () => {
    expect(federationVersionProblem(readSupergraphConfig().federationVersion)).toBeUndefined();
    expect(federationVersionProblem("=2.3.0")).toMatch(
      /pins federation_version =2\.3\.0, but @apollo\/composition 2\.\d+\.\d+ is installed/,
    );
  });

  it("resolves schema.file against the file's own folder", () => {
    const file = configFile(
      "federation_version: =2.14.4\nsubgraphs:\n  events:\n    routing_url: http://events:4003/graphql\n    schema:\n      file: ./sdl/events.graphql\n",
    );
    expect(readSupergraphConfig(file).subgraphs[0].schemaFile).toBe(
      join(file, "..", "sdl", "events.graphql"),
    );
  });

  it.each([
    ["subgraphs:\n  events: {}\n", /federation_version must be a Federation 2 version/],
    ["federation_version: =2.14.4\nsubgraphs: []\n", /"subgraphs" must map each subgraph's name/],
    [
      "federation_version: =2.14.4\nsubgraphs:\n  events:\n    routing_url: not a url\n    schema: { file: x.graphql }\n",
      /subgraphs\.events\.routing_url must be an absolute URL, got "not a url"/,
    ],
    [
      "federation_version: =2.14.4\nsubgraphs:\n  events:\n    routing_url: http://events:4003/graphql\n    schema: { subgraph_url: http://events:4003/graphql }\n",
      /subgraphs\.events\.schema\.file must name the subgraph's SDL file/,
    ],
    ["federation_version: [", /is not readable YAML/],
  ])("refuses %j, naming the key", (text, message) => {
    expect(() => readSupergraphConfig(configFile(text))).toThrow(message);
  });
});
