import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collect, freePort, spawnTs, waitForOutput } from "../support/processes";

let scratch = "";
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "lombardy-kg-faults-"));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** `npm start`'s entry point, with the given environment. */
const start = (env: Record<string, string>) =>
  spawnTs("api/src/main.ts", { NEO4J_DATA_DIR: path.join(scratch, "data"), ...env });

describe("npm start refuses bad input with a message naming it and a non-zero exit", () => {
  it("a port already in use", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const result = await collect(start({ PORT: String(port) }));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use (PORT)`);
    } finally {
      blocker.close();
    }
  });

  it("a malformed setting, naming the variable", async () => {
    const result = await collect(start({ PORT: "four-thousand" }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("PORT must be a whole number from 0 to 65535, got 'four-thousand'");
  });

  it("Java missing", async () => {
    const result = await collect(start({ PORT: "0", JAVA_HOME: path.join(scratch, "no-such-jdk") }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `Java was not found (looked for '${path.join(scratch, "no-such-jdk", "bin", "java")}'`,
    );
  });

  it("Java too old", async () => {
    const jdk = path.join(scratch, "jdk-11");
    await mkdir(path.join(jdk, "bin"), { recursive: true });
    await writeFile(path.join(jdk, "bin", "java"), `#!/bin/sh\necho 'openjdk version "11.0.22" 2024-01-16' >&2\n`);
    await chmod(path.join(jdk, "bin", "java"), 0o755);
    const result = await collect(start({ PORT: "0", JAVA_HOME: jdk }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Java 17 or newer is needed for the embedded Neo4j");
    expect(result.stderr).toContain("is Java 11");
  });

  it("an external NEO4J_URI that cannot be reached", async () => {
    const port = await freePort();
    const result = await collect(
      start({ PORT: "0", NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: "irrelevant" }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot reach Neo4j at bolt://127.0.0.1:${port} (NEO4J_URI)`);
  });

  it("an external NEO4J_URI that refuses the credentials", async () => {
    const shared = inject("neo4j");
    const result = await collect(
      start({ PORT: "0", NEO4J_URI: shared.uri, NEO4J_USER: "neo4j", NEO4J_PASSWORD: "wrong-password" }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Neo4j at ${shared.uri} refused the credentials of user 'neo4j'`);
  });
});

describe("npm start against an existing Neo4j (NEO4J_URI)", () => {
  it("starts no embedded database, serves the API, and stops cleanly on SIGTERM", async () => {
    const shared = inject("neo4j");
    const port = await freePort();
    const child = start({
      PORT: String(port),
      NEO4J_URI: shared.uri,
      NEO4J_PASSWORD: shared.password,
      SEED_ON_START: "never",
    });
    const finished = collect(child);
    const output = await waitForOutput(child, /Ready in/, 60_000);
    expect(output).toContain(`Connecting to Neo4j at ${shared.uri}`);
    expect(output).not.toContain("embedded");
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    child.kill("SIGTERM");
    const result = await finished;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Stopped.");
  });
});
