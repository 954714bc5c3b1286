import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedNeo4j } from "@lombardy-kg/db";
import { testNeo4jMemory, type TestNeo4j } from "./test-neo4j";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/** One real embedded Neo4j for the whole run: a free port and a temporary data directory. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "lombardy-kg-test-"));
  const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: 0, startTimeoutMs: 180_000, ...testNeo4jMemory });
  project.provide("neo4j", {
    uri: neo4j.uri,
    user: neo4j.user,
    password: neo4j.password,
    database: neo4j.database,
    dataDir,
  });
  return async () => {
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
