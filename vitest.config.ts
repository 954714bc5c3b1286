import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["{schema,db,seed,api,web}/src/**/*.test.{ts,tsx}", "tests/unit/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/node_modules/**"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.int.test.ts", "tests/e2e/**/*.e2e.test.ts"],
          // One embedded Neo4j for the whole run, started here and shared through `inject`.
          globalSetup: ["tests/support/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // Tests share one database and some start JVMs: one file at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
