import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { TestProject } from "vitest/node";
import { ensureDatabaseSchema } from "@lombardy-kg/api";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "@lombardy-kg/db";
import { loadCuratedSeed } from "@lombardy-kg/seed";
import { testNeo4jMemory, type TestNeo4j } from "./test-neo4j";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

interface Shared {
  users: number;
  ready: Promise<{ neo4j: EmbeddedNeo4j; info: TestNeo4j }>;
}

/** The integration and e2e projects each run this; they share one database through the process. */
const SHARED = Symbol.for("lombardy-kg.test-neo4j");
const holder = globalThis as unknown as { [SHARED]?: Shared };

async function boot(): Promise<{ neo4j: EmbeddedNeo4j; info: TestNeo4j }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "lombardy-kg-test-"));
  const neo4jInstance = await startEmbeddedNeo4j({
    dataDir,
    boltPort: 0,
    startTimeoutMs: 180_000,
    ...testNeo4jMemory,
  });
  const info: TestNeo4j = {
    uri: neo4jInstance.uri,
    user: neo4jInstance.user,
    password: neo4jInstance.password,
    database: neo4jInstance.database,
    dataDir,
  };
  // Seeded once: most files only read the curated graph; the few that write give it back.
  const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password));
  try {
    await ensureDatabaseSchema(driver, info.database);
    await loadCuratedSeed(driver, info.database);
  } finally {
    await driver.close();
  }
  return { neo4j: neo4jInstance, info };
}

/** One real embedded Neo4j for the whole run: a free port, a temporary data directory, the curated graph. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (holder[SHARED] ??= { users: 0, ready: boot() });
  shared.users++;
  const { info } = await shared.ready;
  project.provide("neo4j", info);
  return async () => {
    if (--shared.users > 0) return;
    delete holder[SHARED];
    const { neo4j: instance } = await shared.ready;
    await instance.stop();
    await rm(info.dataDir, { recursive: true, force: true });
  };
}
