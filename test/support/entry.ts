/**
 * Entry files start as their own processes from the TypeScript sources, as the commands run
 * them, so no build step has to run before the tests.
 */
export { entryArgs } from "../../tools/entry";
