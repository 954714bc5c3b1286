import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, inject, it } from "vitest";
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

async function query<T>(db: { uri: string; user: string; password: string; database: string }, cypher: string) {
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password), { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(cypher, {}, { database: db.database });
    return records.map((r) => r.get(0) as T);
  } finally {
    await driver.close();
  }
}

afterAll(async () => {
  for (const db of started.splice(0)) await db.stop().catch(() => {});
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

// One data directory goes through a whole life: two JVM boots cover what five used to.
describe("embedded Neo4j launcher, one data directory's life", () => {
  let dir = "";
  let first: EmbeddedNeo4j;
  let second: EmbeddedNeo4j;

  it("starts with a generated password, kept for the owner only, and binds Bolt to 127.0.0.1", async () => {
    dir = await tempDir();
    first = await start(dir);
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect((await stat(path.join(dir, "password"))).mode & 0o777).toBe(0o600);
    expect((await readFile(path.join(dir, "password"), "utf8")).trim()).toBe(first.password);
    await query(first, "CREATE (:Region {id: 'region-lombardy', name: 'Lombardy'})");
  });

  it("says at once that the data directory is locked while it runs, without booting a second JVM", async () => {
    const began = performance.now();
    const attempt = start(dir);
    await expect(attempt).rejects.toBeInstanceOf(EmbeddedNeo4jError);
    await expect(attempt).rejects.toMatchObject({ code: "DATA_DIR_LOCKED" });
    await expect(attempt).rejects.toThrow(`data directory ${dir} is locked by another running Neo4j instance`);
    expect(performance.now() - began).toBeLessThan(2000);
  });

  it("keeps the data across a clean stop, needs no recovery, and takes a chosen password", async () => {
    await first.stop();
    second = await start(dir, 0, "a-chosen-password");
    expect(await query<string>(second, "MATCH (r:Region) RETURN r.name")).toEqual(["Lombardy"]);
    const log = await readFile(path.join(dir, "logs", "debug.log"), "utf8");
    expect(log).not.toMatch(/Recovery required/);
  });

  it("refuses the old and wrong passwords: authentication is on", async () => {
    for (const password of [first.password, "not-the-password"]) {
      const driver = neo4j.driver(second.uri, neo4j.auth.basic("neo4j", password));
      expect(await driver.verifyAuthentication(), password).toBe(false);
      await driver.close();
    }
    expect(await query<number>(second, "RETURN 1")).toEqual([1]);
  });

  it("reports a crash of the JVM instead of swallowing it", async () => {
    process.kill(second.pid, "SIGKILL");
    await expect(second.exited).rejects.toMatchObject({ code: "CRASHED" });
    await expect(second.exited).rejects.toThrow(/exited unexpectedly \(signal SIGKILL\)/);
  });
});

describe("embedded Neo4j launcher, without a boot of its own", () => {
  it("registers the APOC functions @neo4j/graphql calls", async () => {
    const [result] = await query<{ valid: boolean; date: string }>(
      inject("neo4j"),
      "RETURN { valid: apoc.util.validatePredicate(false, 'x', [0]), date: apoc.date.convertFormat('2025-11-05', 'iso_date', 'dd/MM/yyyy') }",
    );
    // validatePredicate throws when the predicate holds, and answers true when it does not.
    expect(result).toEqual({ valid: true, date: "05/11/2025" });
  });

  it("says the data directory of the run's own database is locked", async () => {
    const shared = inject("neo4j");
    const attempt = start(shared.dataDir);
    await expect(attempt).rejects.toMatchObject({ code: "DATA_DIR_LOCKED" });
  });

  it("says the Bolt port is in use, before any JVM starts", async () => {
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
});
