/**
 * Faults survived: `npm start` with its embedded Neo4j killed (-9) or frozen (SIGSTOP), a Neo4j at
 * NEO4J_URI that goes away and comes back, and an event loop that stalls. Each runs the real
 * entry point in a process of its own; the times from fault to serving again are printed.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "@lombardy-kg/db";
import { collect, freePort, killGroup, spawnTs, waitForOutput } from "../support/processes";
import { testNeo4jMemory } from "../support/test-neo4j";

let scratch = "";
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "lombardy-kg-recovery-"));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

const MEMORY = { NEO4J_HEAP: testNeo4jMemory.heap, NEO4J_PAGECACHE: testNeo4jMemory.pageCache };

async function cheapQuery(base: string): Promise<{ status: number; code?: unknown; clusters?: number | undefined }> {
  try {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ clusters { id } }" }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json()) as {
      data?: { clusters: unknown[] } | null;
      errors?: { extensions?: { code?: unknown } }[];
    };
    return { status: response.status, code: body.errors?.[0]?.extensions?.code, clusters: body.data?.clusters.length };
  } catch {
    return { status: 0 };
  }
}

const healthStatus = (base: string) =>
  fetch(`${base}/healthz`, { signal: AbortSignal.timeout(10_000) }).then(
    (r) => r.status,
    () => 0,
  );

/** Polls until the API answers the nine clusters again; the seconds it took. */
async function servingAgain(base: string, since: number): Promise<number> {
  await expect.poll(async () => (await cheapQuery(base)).clusters, { timeout: 120_000, interval: 250 }).toBe(9);
  return (performance.now() - since) / 1000;
}

const launcherPid = (dataDir: string): number | undefined => {
  try {
    return Number(readFileSync(path.join(dataDir, "launcher.pid"), "utf8"));
  } catch {
    return undefined;
  }
};

/** The pid of the launcher JVM now running, once it has recorded itself (after Bolt is up). */
async function runningLauncher(dataDir: string, not?: number): Promise<number> {
  await expect
    .poll(() => launcherPid(dataDir), { timeout: 60_000, interval: 100 })
    .toSatisfy((pid) => pid !== undefined && pid !== not);
  return launcherPid(dataDir) as number;
}

describe("npm start with the embedded Neo4j", () => {
  it("serves again after kill -9 of the database, answers DATABASE_UNAVAILABLE while it is frozen, and gives up past NEO4J_RESTARTS", async () => {
    const dataDir = path.join(scratch, "embedded");
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const child = spawnTs("api/src/main.ts", {
      PORT: String(port),
      NEO4J_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: "0",
      NEO4J_RESTARTS: "1",
      RATE_LIMIT: "0",
      ...MEMORY,
    });
    const finished = collect(child, 600_000);
    try {
      await waitForOutput(child, /Ready in/, 180_000);
      expect((await cheapQuery(base)).clusters).toBe(9);

      // kill -9: the API stays up, says the database is down, and serves again by itself.
      const first = await runningLauncher(dataDir);
      const killedAt = performance.now();
      process.kill(first, "SIGKILL");
      await expect.poll(() => healthStatus(base), { timeout: 30_000, interval: 100 }).toBe(503);
      const down = await cheapQuery(base);
      expect(down.code).toBe("DATABASE_UNAVAILABLE");
      const seconds = await servingAgain(base, killedAt);
      console.log(`kill -9 of the embedded Neo4j -> serving again in ${seconds.toFixed(1)} s`);
      expect(await healthStatus(base)).toBe(200);

      // Frozen: a request in flight is answered DATABASE_UNAVAILABLE, not left hanging.
      const frozenPid = await runningLauncher(dataDir, first);
      process.kill(frozenPid, "SIGSTOP");
      const frozenAt = performance.now();
      try {
        const answer = await cheapQuery(base);
        console.log(
          `frozen Neo4j -> DATABASE_UNAVAILABLE after ${((performance.now() - frozenAt) / 1000).toFixed(1)} s`,
        );
        expect(answer).toMatchObject({ status: 503, code: "DATABASE_UNAVAILABLE" });
        expect(await healthStatus(base)).toBe(503);
      } finally {
        process.kill(frozenPid, "SIGCONT");
      }
      const thawed = await servingAgain(base, performance.now());
      console.log(`thawed Neo4j -> serving again in ${thawed.toFixed(1)} s`);

      // Past NEO4J_RESTARTS: a clear exit rather than a database that cannot stay up.
      process.kill(frozenPid, "SIGKILL");
      const result = await finished;
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("(NEO4J_RESTARTS allows 1 restarts); giving up");
      expect(result.stdout).toContain("serves again");
    } finally {
      killGroup(child);
    }
  });
});

describe("npm start against a Neo4j at NEO4J_URI", () => {
  let server: EmbeddedNeo4j | undefined;
  afterAll(() => server?.stop());

  it("reconnects to a server that goes away and comes back", async () => {
    const dataDir = path.join(scratch, "external");
    const boltPort = await freePort();
    const options = {
      dataDir,
      boltPort,
      password: "recovery-test-pw",
      startTimeoutMs: 180_000,
      ...testNeo4jMemory,
    };
    server = await startEmbeddedNeo4j(options);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const child = spawnTs("api/src/main.ts", {
      PORT: String(port),
      NEO4J_URI: server.uri,
      NEO4J_PASSWORD: options.password,
      RATE_LIMIT: "0",
    });
    const finished = collect(child, 600_000);
    try {
      await waitForOutput(child, /Ready in/, 180_000);
      expect((await cheapQuery(base)).clusters).toBe(9);

      process.kill(server.pid, "SIGKILL");
      const goneAt = performance.now();
      await expect.poll(() => healthStatus(base), { timeout: 30_000, interval: 100 }).toBe(503);
      expect((await cheapQuery(base)).code).toBe("DATABASE_UNAVAILABLE");

      server = await startEmbeddedNeo4j(options);
      const seconds = await servingAgain(base, goneAt);
      console.log(`NEO4J_URI server killed and restarted -> API serving again ${seconds.toFixed(1)} s after it went`);
      expect(child.exitCode).toBeNull();
      child.kill("SIGTERM");
      expect((await finished).code).toBe(0);
    } finally {
      killGroup(child);
    }
  });
});

describe("the event-loop watchdog", () => {
  it("says on stderr when the event loop stalls, and for how long", async () => {
    const child = spawnTs("tests/support/stall-fixture.ts", {});
    const result = await collect(child, 60_000);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Event loop stalled for \d+ ms/);
    expect(result.stdout).toMatch(/longest stall \d+ ms/);
  });
});
