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
  // Each suite starts its own processes and databases; two workers use both cores of a small machine.
  maxWorkers: 2,
};
