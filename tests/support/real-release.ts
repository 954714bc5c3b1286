/**
 * The validated PNRR release as it was published (../shared/data, or PNRR_DATA), imported whole into
 * a Neo4j of its own: for the tests that guard a cost at real size (76k nodes, 256k links). Its own
 * JVM, because the run's shared one is sized for the curated graph; started once per file that asks.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { ensureDatabaseSchema } from "@lombardy-kg/api";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "@lombardy-kg/db";
import { importPnrrRelease, validatedReleaseFiles, type ImportSummary } from "@lombardy-kg/ingest";
import { loadCuratedSeed } from "@lombardy-kg/seed";
import { repoRoot } from "./test-helper";

export const sharedData = path.resolve(process.env.PNRR_DATA ?? path.join(repoRoot, "..", "shared", "data"));

export const releaseFiles = validatedReleaseFiles(sharedData);

export interface RealRelease {
  driver: Driver;
  database: string;
  summary: ImportSummary;
  stop(): Promise<void>;
}

/** Starts a Neo4j sized for the release, loads the curated graph and imports the release into it. */
export async function startRealRelease(): Promise<RealRelease> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "lombardy-kg-real-"));
  let server: EmbeddedNeo4j | undefined;
  let driver: Driver | undefined;
  try {
    server = await startEmbeddedNeo4j({
      dataDir,
      boltPort: 0,
      startTimeoutMs: 180_000,
      heap: "4g",
      pageCache: "512m",
      // The import is one transaction (all or nothing) of the whole release: as `bench:import` sizes it.
      transactionMemory: "3g",
      queryMemory: "3g",
      transactionTimeoutSeconds: 1_800,
    });
    driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), {
      disableLosslessIntegers: true,
    });
    await ensureDatabaseSchema(driver, server.database);
    await loadCuratedSeed(driver, server.database);
    const summary = await importPnrrRelease(driver, server.database, {
      paths: [releaseFiles.release, releaseFiles.framework],
      istat: releaseFiles.istat,
    });
    const started = { server, driver };
    return {
      driver,
      database: server.database,
      summary,
      async stop() {
        await started.driver.close();
        await started.server.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await driver?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
    throw e;
  }
}
