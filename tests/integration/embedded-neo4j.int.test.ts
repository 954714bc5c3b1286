import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterEach, describe, expect, inject, it } from "vitest";
import { EmbeddedNeo4jError, startEmbeddedNeo4j, type EmbeddedNeo4j } from "@lombardy-kg/db";
import { testNeo4jMemory } from "../support/test-neo4j";

const started: EmbeddedNeo4j[] = [];
const dirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "lombardy-kg-embedded-"));
  dirs.push(dir);
  return dir;
}

async function start(dataDir: string, boltPort = 0, password?: string): Promise<EmbeddedNeo4j> {
  const db = await startEmbeddedNeo4j({ dataDir, boltPort, password, startTimeoutMs: 180_000, ...testNeo4jMemory });
  started.push(db);
  return db;
}

async function query<T>(db: EmbeddedNeo4j, cypher: string): Promise<T[]> {
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password), { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(cypher, {}, { database: db.database });
    return records.map((r) => r.get(0) as T);
  } finally {
    await driver.close();
  }
}

afterEach(async () => {
  for (const db of started.splice(0)) await db.stop().catch(() => {});
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe("embedded Neo4j launcher", () => {
  it("keeps data across a restart, and a clean stop needs no recovery at the next start", async () => {
    const dir = await tempDir();
    const first = await start(dir);
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    await query(first, "CREATE (:Region {id: 'region-lombardy', name: 'Lombardy'})");
    await first.stop();

    const second = await start(dir);
    expect(await query<string>(second, "MATCH (r:Region) RETURN r.name")).toEqual(["Lombardy"]);
    const log = await readFile(path.join(dir, "logs", "debug.log"), "utf8");
    expect(log).not.toMatch(/Recovery required/);
    // The generated password is kept for the next start, readable by its owner only.
    expect((await stat(path.join(dir, "password"))).mode & 0o777).toBe(0o600);
    expect((await readFile(path.join(dir, "password"), "utf8")).trim()).toBe(second.password);
  });

  it("refuses wrong credentials: authentication is on", async () => {
    const db = await start(await tempDir(), 0, "a-chosen-password");
    const driver = neo4j.driver(db.uri, neo4j.auth.basic("neo4j", "not-the-password"));
    expect(await driver.verifyAuthentication()).toBe(false);
    await driver.close();
    expect(await query<number>(db, "RETURN 1")).toEqual([1]);
  });

  it("registers the APOC functions @neo4j/graphql calls", async () => {
    const shared = inject("neo4j");
    const driver = neo4j.driver(shared.uri, neo4j.auth.basic(shared.user, shared.password));
    const { records } = await driver.executeQuery(
      "RETURN apoc.util.validatePredicate(false, 'x', [0]) AS valid, apoc.date.convertFormat('2025-11-05', 'iso_date', 'dd/MM/yyyy') AS date",
    );
    await driver.close();
    expect(records[0]?.get("date")).toBe("05/11/2025");
    // validatePredicate throws when the predicate holds, and answers true when it does not.
    expect(records[0]?.get("valid")).toBe(true);
  });

  it("says the data directory is locked when another instance runs on it", async () => {
    const shared = inject("neo4j");
    const attempt = start(shared.dataDir);
    await expect(attempt).rejects.toBeInstanceOf(EmbeddedNeo4jError);
    await expect(attempt).rejects.toMatchObject({ code: "DATA_DIR_LOCKED" });
    await expect(attempt).rejects.toThrow(
      `data directory ${shared.dataDir} is locked by another running Neo4j instance`,
    );
  });

  it("says the Bolt port is in use", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const attempt = start(await tempDir(), port);
      await expect(attempt).rejects.toMatchObject({ code: "PORT_IN_USE" });
      await expect(attempt).rejects.toThrow(`Bolt port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });

  it("reports a crash of the JVM instead of swallowing it", async () => {
    const db = await start(await tempDir());
    process.kill(db.pid, "SIGKILL");
    await expect(db.exited).rejects.toMatchObject({ code: "CRASHED" });
    await expect(db.exited).rejects.toThrow(/exited unexpectedly \(signal SIGKILL\)/);
  });
});
