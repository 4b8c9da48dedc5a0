import { readdirSync } from "node:fs";
import { URL } from "node:url";
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/*
 * Import boundaries: each top-level room holds one kind of thing, and imports only what it may.
 *   gateway/           the running gateway: may import subgraphs/shared, not a subgraph nor tools/
 *   subgraphs/shared/  what every subgraph shares: knows no subgraph, nor gateway/ or tools/
 *   subgraphs/<name>/  one subgraph: may import subgraphs/shared, not another subgraph,
 *                      gateway/ or tools/
 *   dashboard/         the web app, a client of the graph: imports none of gateway/, subgraphs/, tools/
 *   tools/, test/      build steps, commands and tests: may import any room of the repository
 * Nothing imports from outside the repository.
 *
 * The built-in no-restricted-imports rule matches the import specifier as written, not the
 * path it resolves to, and the project imports by relative path. So the rule is generated per
 * folder depth: a file `depth` folders below the root reaches the root with exactly `depth`
 * `../`, and each pattern below names where a specifier lands after climbing to one of the
 * area's ancestors ("" is the root) and what it may not go into from there.
 */
const MAX_DEPTH = 10;
const SOURCE_FILES = "*.{ts,tsx,mts,cts,js,mjs,cjs}";
const ROOMS = ["gateway", "tools", "dashboard"];

/** `(a|b)` followed by the end of the specifier or a slash. */
const folder = (...names) => `(${names.join("|")})(/|$)`;
const folders = (depth) => (depth === 0 ? "" : "*/".repeat(depth));

/**
 * The config blocks that keep `area` (a folder relative to the root) within its bounds.
 * `landings` maps an ancestor of `area` ("" for the root, or "subgraphs") to a regular
 * expression of the paths below that ancestor the area may not import.
 */
function importBoundary(area, landings, message) {
  const areaDepth = area.split("/").length;
  const blocks = [];
  for (let depth = areaDepth; depth <= MAX_DEPTH; depth++) {
    const patterns = Object.entries(landings).map(([ancestor, forbidden]) => {
      const climb = depth - (ancestor === "" ? 0 : ancestor.split("/").length);
      return { regex: `^(\\.\\./){${climb}}(?!\\.\\./)(${forbidden})`, message };
    });
    patterns.push({
      regex: `^(\\.\\./){${depth + 1},}`,
      message: "Nothing may be imported from outside the repository.",
    });
    blocks.push({
      files: [`${area}/${folders(depth - areaDepth)}${SOURCE_FILES}`],
      rules: { "no-restricted-imports": ["error", { patterns }] },
    });
  }
  return blocks;
}

/** The subgraph folders present now; a new one is bounded as soon as it exists. */
const subgraphNames = readdirSync(new URL("./subgraphs", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "shared")
  .map((entry) => entry.name);

const boundaries = [
  ...importBoundary(
    "gateway",
    { "": `subgraphs/(?!shared(/|$))|${folder("tools", "dashboard")}` },
    "gateway/ may import only subgraphs/shared: not a subgraph's own code, nor tools/ or dashboard/.",
  ),
  ...importBoundary(
    "subgraphs/shared",
    { subgraphs: "(?!shared(/|$))", "": `subgraphs/(?!shared(/|$))|${folder(...ROOMS)}` },
    "subgraphs/shared knows no subgraph: it may not import subgraphs/<name>, gateway/, tools/ or dashboard/.",
  ),
  ...subgraphNames.flatMap((name) =>
    importBoundary(
      `subgraphs/${name}`,
      {
        subgraphs: `(?!(${name}|shared)(/|$))`,
        "": `subgraphs/(?!(${name}|shared)(/|$))|${folder(...ROOMS)}`,
      },
      `subgraphs/${name} may import only its own folder and subgraphs/shared: not another subgraph, gateway/, tools/ or dashboard/.`,
    ),
  ),
  // Build steps, commands and tests may import every room, but nothing outside the repository.
  ...["tools", "test"].flatMap((area) => importBoundary(area, {}, "")),
  ...importBoundary(
    "dashboard",
    { "": folder("gateway", "subgraphs", "tools") },
    "dashboard/ talks to the graph over HTTP: it may not import gateway/, subgraphs/ or tools/.",
  ),
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      "dist/**",
      "schema/**",
      "coverage/**",
      "dashboard/dist/**",
      "dashboard/explorer/dist/**",
      "test-artifacts/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: "readonly", process: "readonly", fetch: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { module: "writable" } },
  },
  // The dashboard runs in the browser: its globals are the DOM's, not Node's.
  {
    files: ["dashboard/**/*.{ts,mts}"],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...boundaries,
);
