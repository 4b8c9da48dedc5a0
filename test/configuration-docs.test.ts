import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * `.env.example` and the Configuration table at the end of docs/running.md name the same
 * variables, so neither can say "every variable is listed here" while one is missing. A variable
 * of one subgraph (`EVENTS_PORT`) counts as named where its family is (`REGIONS_PORT` …
 * `PROGRAMMES_PORT`, or `<NAME>_PORT`).
 */
const root = join(__dirname, "..");
const example = readFileSync(join(root, ".env.example"), "utf8");
const guide = readFileSync(join(root, "docs", "running.md"), "utf8");
const table = guide.slice(guide.indexOf("\n## Configuration"));
const PREFIXES = ["REGIONS", "ORGANIZATIONS", "EVENTS", "PROGRAMMES", "VOLUNTEERS", "<NAME>"];
const SUBGRAPH = new RegExp(`^(${PREFIXES.join("|")})_`);

/** The variable and every other member of its family, as a text may name it. */
function spellings(variable: string): string[] {
  if (!SUBGRAPH.test(variable)) return [variable];
  const suffix = variable.replace(SUBGRAPH, "");
  return PREFIXES.map((prefix) => `${prefix}_${suffix}`);
}

const namedIn = (text: string, variable: string) =>
  spellings(variable).some((spelling) =>
    new RegExp(`(?<![A-Z0-9_])${spelling}(?![A-Z0-9_])`).test(text),
  );

describe("the configuration reference", () => {
  it("has the table .env.example points at", () => {
    expect(example).toContain("Configuration table in docs/running.md");
    expect(table.length).toBeGreaterThan(1000);
  });

  it("names in its table every variable .env.example sets", () => {
    const variables = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]);
    expect(variables.length).toBeGreaterThan(40);
    expect(variables.filter((variable) => !namedIn(table, variable))).toEqual([]);
  });

  it("has in .env.example every variable its table lists", () => {
    const rows = table.split("\n").filter((line) => line.startsWith("| `"));
    const variables = rows.flatMap((row) =>
      [...row.split("|")[1].matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((match) => match[1]),
    );
    expect(variables.length).toBeGreaterThan(40);
    expect(variables.filter((variable) => !namedIn(example, variable))).toEqual([]);
  });
});
