import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

/**
 * Node resolves `graphql` to its CommonJS build for everyone; Vite would hand test files the ES
 * module build, a second copy beside the one @neo4j/graphql (CommonJS) loads. One copy, as in
 * production.
 */
const resolve = { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }] };

/** Integration and browser tests share one embedded Neo4j (started once) and run one file at a time. */
const withDatabase = {
  globalSetup: ["tests/support/global-setup.ts"],
  testTimeout: 120_000,
  hookTimeout: 240_000,
  // One database for the whole run, and JVMs beside it: one file at a time on a 2-core machine.
  fileParallelism: false,
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["{schema,db,write,seed,ingest,api,cli,web,bench}/**/*.test.ts", "tests/unit/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/node_modules/**"],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: "component",
          include: ["web/src/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["tests/support/component-setup.ts"],
          sequence: { groupOrder: 0 },
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.int.test.ts", "bench/**/*.int.test.ts"],
          ...withDatabase,
          sequence: { groupOrder: 1 },
        },
      },
      {
        resolve,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.e2e.test.ts"],
          ...withDatabase,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
