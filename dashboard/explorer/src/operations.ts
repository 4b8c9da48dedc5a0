/**
 * The example operations shipped in `schema/operations/*.graphql`, read at build time (Vite
 * inlines each file's text), so the explorer opens with one tab per example and stays in step
 * with the files docs/api.md and the tests use.
 */
const files = import.meta.glob<string>("../../../schema/operations/*.graphql", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** The examples in file-name order, each as GraphiQL's tab definition. */
export const EXAMPLE_TABS = Object.keys(files)
  .sort()
  .map((file) => ({ query: files[file] }));
