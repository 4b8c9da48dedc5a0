import { execFileSync } from "node:child_process";
import { join } from "node:path";

/**
 * The import-boundaries rule of eslint.config.mjs, proved on code linted as if it sat at a
 * given path: each boundary fires on a violating import and stays quiet on an allowed one.
 * ESLint runs in its own Node process (see test/support/lint-boundaries.mjs for why).
 */
type Case = [file: string, specifier: string];

const refused: [string, RegExp, Case[]][] = [
  [
    "gateway/",
    /gateway\/ may import only subgraphs\/shared/,
    [
      ["gateway/index.ts", "../subgraphs/organizations/server"],
      ["gateway/reload/watch.ts", "../../subgraphs/events/loaders"],
      ["gateway/index.ts", "../tools/catalog"],
    ],
  ],
  [
    "subgraphs/shared",
    /subgraphs\/shared knows no subgraph/,
    [
      ["subgraphs/shared/seed-owners.ts", "../organizations/seed/organizations.data"],
      ["subgraphs/shared/geography/regions/ural.data.ts", "../../../regions/entities/enums"],
      ["subgraphs/shared/geography/index.ts", "../../../subgraphs/regions/seed"],
      ["subgraphs/shared/errors.ts", "../../gateway/server"],
      ["subgraphs/shared/errors.ts", "../../tools/composition"],
    ],
  ],
  [
    "a subgraph",
    /may import only its own folder and subgraphs\/shared/,
    [
      ["subgraphs/events/resolvers/event.resolver.ts", "../../organizations/entities/enums"],
      ["subgraphs/volunteers/loaders.ts", "../regions/loaders"],
      ["subgraphs/programmes/seed/articles/000-yugra.data.ts", "../../../events/seed"],
      ["subgraphs/events/server.ts", "../../gateway/server"],
      ["subgraphs/events/resolvers/event.resolver.ts", "../../../tools/catalog"],
    ],
  ],
  [
    "dashboard/",
    /dashboard\/ talks to the graph over HTTP/,
    [
      ["dashboard/src/api.ts", "../../gateway/server"],
      ["dashboard/src/api.ts", "../../subgraphs/shared/env"],
      ["dashboard/index.ts", "../tools/token"],
    ],
  ],
  [
    "anywhere",
    /outside the repository/,
    [
      ["gateway/index.ts", "../../sibling-project/data.txt"],
      ["subgraphs/shared/seed-sources.ts", "../../../sibling-project"],
      ["subgraphs/events/seed/index.ts", "../../../../sibling-project/notes"],
      ["tools/compose.ts", "../../sibling-project/compose"],
      ["test/support/stack.ts", "../../../sibling-project/stack"],
    ],
  ],
];

const allowed: [string, Case[]][] = [
  [
    "gateway/",
    [
      ["gateway/index.ts", "../subgraphs/shared/env"],
      ["gateway/reload/watch.ts", "../../gateway/service-token-settings"],
      ["gateway/index.ts", "./config"],
      ["gateway/index.ts", "@apollo/gateway"],
    ],
  ],
  [
    "subgraphs/shared",
    [
      ["subgraphs/shared/filters.ts", "./geography"],
      ["subgraphs/shared/geography/regions/ural.data.ts", "../region-kind"],
      ["subgraphs/shared/auth/tokens.ts", "../env"],
    ],
  ],
  [
    "a subgraph",
    [
      ["subgraphs/events/resolvers/event.resolver.ts", "../../shared/pagination"],
      ["subgraphs/events/resolvers/event.resolver.ts", "../entities/event.entity"],
      ["subgraphs/events/server.ts", "../shared/schema"],
      ["subgraphs/regions/seed/index.ts", "../../shared/geography"],
    ],
  ],
  [
    "dashboard/",
    [
      ["dashboard/src/api.ts", "./queries"],
      ["dashboard/src/api.ts", "graphql"],
    ],
  ],
  [
    "tools/ and test/",
    [
      ["tools/catalog.ts", "../subgraphs/organizations/server"],
      ["tools/catalog.ts", "../gateway/server"],
      ["test/support/stack.ts", "../../subgraphs/events/server"],
    ],
  ],
];

interface LintReport {
  texts: string[][];
  files: { filePath: string; level: number; messages: string[] }[];
}

/** Lints every case as a one-line module at its path, and the bounded rooms of the tree. */
function lint(cases: Case[], files: string[]): LintReport {
  const texts = cases.map(([filePath, specifier]) => ({
    filePath,
    code: `import { thing } from "${specifier}";\nexport const value = thing;\n`,
  }));
  const output = execFileSync(
    process.execPath,
    [join(__dirname, "support", "lint-boundaries.mjs")],
    {
      input: JSON.stringify({ texts, files }),
      encoding: "utf8",
    },
  );
  return JSON.parse(output);
}

describe("import boundaries", () => {
  const cases = [...refused.flatMap(([, , list]) => list), ...allowed.flatMap(([, list]) => list)];
  let report: LintReport;
  const errorsOf = (file: string, specifier: string) =>
    report.texts[cases.findIndex(([f, s]) => f === file && s === specifier)];

  beforeAll(() => {
    report = lint(cases, ["gateway", "subgraphs"]);
  });

  describe.each(refused)("refused in %s", (_room, reason, list) => {
    it.each(list)("%s importing %s", (file, specifier) => {
      const errors = errorsOf(file, specifier);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(reason);
    });
  });

  describe.each(allowed)("allowed in %s", (_room, list) => {
    it.each(list)("%s importing %s", (file, specifier) => {
      expect(errorsOf(file, specifier)).toEqual([]);
    });
  });

  it("covers every source file of gateway/ and subgraphs/, and the tree keeps to it", () => {
    expect(report.files.length).toBeGreaterThan(100);
    const uncovered = report.files.filter((file) => file.level !== 2).map((f) => f.filePath);
    expect(uncovered).toEqual([]);
    const violations = report.files.flatMap((file) =>
      file.messages.map((message) => `${file.filePath}: ${message}`),
    );
    expect(violations).toEqual([]);
  });
});
