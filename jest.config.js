// Every gateway a test starts runs one process unless the test asks for more
// (test/gateway-workers.test.ts): GATEWAY_WORKERS defaults to one per core, and three jest
// workers each starting gateways of two processes apiece would only crowd the two cores.
process.env.GATEWAY_WORKERS ??= "1";

/** Jest runs the TypeScript sources through SWC with decorator metadata kept (type-graphql needs it). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  setupFiles: ["reflect-metadata"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            useDefineForClassFields: false,
          },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  testTimeout: 60000,
  // Three workers on the 2-core machine: a suite often waits (a deadline running out, a process
  // starting, Chromium drawing), and a third worker fills those gaps. Measured here: npm test
  // 54 s with two workers, 48–50 s with three (62 s instead of 69 s with PostgreSQL).
  maxWorkers: 3,
  // The slowest files first, on a fresh clone too (see the sequencer).
  testSequencer: "<rootDir>/test/sequencer.mjs",
};
