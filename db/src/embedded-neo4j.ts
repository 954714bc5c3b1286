import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";
import createDebug from "debug";
import { launcherIsBuilt, launcherJar, libDir, pluginDir } from "./launcher-files";
import { checkJava } from "./toolchain";

const debug = createDebug("lombardy-kg:db");
const LINE_PREFIX = "NEO4J_LAUNCHER ";
/** How much of the JVM's own output to keep for an error report. */
const KEPT_OUTPUT_LINES = 40;

export interface EmbeddedNeo4jOptions {
  /** Where the store, logs and generated password live; kept across restarts. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  boltPort: number;
  /** Uses this password instead of generating one (at least 8 characters). */
  password?: string | undefined;
  /** JVM heap, e.g. 4g. */
  heap: string;
  /** Neo4j page cache, e.g. 2g. */
  pageCache: string;
  /** Memory all transactions together may use, e.g. 1g. */
  transactionMemory: string;
  /** Memory any one transaction may use, e.g. 256m: one heavy query cannot starve the others. */
  queryMemory?: string;
  /** Seconds a transaction that sets no timeout of its own may run (0: no limit). */
  transactionTimeoutSeconds?: number;
  startTimeoutMs: number;
  /** Environment used to find Java (JAVA_HOME, PATH); defaults to process.env. */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  readonly pid: number;
  /** Resolves when the JVM has exited; rejects with the reason if it exited without stop(). */
  readonly exited: Promise<void>;
  stop(): Promise<void>;
}

/** Why the embedded database did not start, with a code callers and tests can act on. */
export class EmbeddedNeo4jError extends Error {
  override name = "EmbeddedNeo4jError";
  constructor(
    readonly code:
      "PORT_IN_USE" | "DATA_DIR_LOCKED" | "BAD_CONFIG" | "START_FAILED" | "TIMEOUT" | "CRASHED" | "NOT_BUILT",
    message: string,
  ) {
    super(message);
  }
}

interface LauncherEvent {
  event: "ready" | "error" | "stopped";
  boltUri?: string;
  user?: string;
  database?: string;
  code?: EmbeddedNeo4jError["code"];
  message?: string;
}

/** The JVM flags Neo4j's own server script uses on Java 17, less the ones for a dedicated host. */
function jvmArgs(options: EmbeddedNeo4jOptions): string[] {
  return [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-cp",
    `${launcherJar}${path.delimiter}${path.join(libDir, "*")}`,
    "it.lombardia.kg.db.EmbeddedNeo4j",
  ];
}

function parseLine(line: string): LauncherEvent | undefined {
  if (!line.startsWith(LINE_PREFIX)) return undefined;
  try {
    return JSON.parse(line.slice(LINE_PREFIX.length)) as LauncherEvent;
  } catch {
    return undefined;
  }
}

/** The data directory's owner while it runs: the launcher JVM's pid, written once Neo4j holds the store. */
const PID_FILE = "launcher.pid";
const LAUNCHER_CLASS = "it.lombardia.kg.db.EmbeddedNeo4j";

/** True when `pid` is a running launcher JVM (on Linux its command line names the launcher class). */
function isLauncherRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(LAUNCHER_CLASS);
  } catch {
    return true; // no /proc: a live process with the recorded pid is taken at its word
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/**
 * The two mistakes a start most often meets, found in milliseconds rather than after a JVM has
 * booted: the Bolt port taken, the data directory in use by a launcher that still runs. Neo4j's
 * own store lock and port binding stay the final word.
 */
async function preflight(dataDir: string, boltPort: number): Promise<void> {
  const owner = readOwner(path.join(dataDir, PID_FILE));
  if (owner && Number.isInteger(owner) && owner !== process.pid && isLauncherRunning(owner)) {
    throw new EmbeddedNeo4jError(
      "DATA_DIR_LOCKED",
      `Embedded Neo4j: data directory ${dataDir} is locked by another running Neo4j instance (pid ${owner})`,
    );
  }
  if (boltPort !== 0 && !(await portIsFree(boltPort))) {
    throw new EmbeddedNeo4jError("PORT_IN_USE", `Embedded Neo4j: Bolt port ${boltPort} on 127.0.0.1 is already in use`);
  }
}

/**
 * Starts Neo4j Community in a child JVM and resolves once its Bolt port answers with the password
 * set. The child stops when stop() is called, and by itself when this process dies (its stdin
 * closes), so the store is never left locked.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const env = options.env ?? process.env;
  const java = checkJava(env);
  if (!launcherIsBuilt()) {
    throw new EmbeddedNeo4jError(
      "NOT_BUILT",
      "The embedded Neo4j launcher is not built: run `npm install` (it builds db/ with Maven).",
    );
  }
  const dataDir = path.resolve(options.dataDir);
  await preflight(dataDir, options.boltPort);
  const child = spawn(java.command, jvmArgs(options), {
    env: {
      ...env,
      NEO4J_DATA_DIR: dataDir,
      NEO4J_PLUGIN_DIR: pluginDir,
      NEO4J_BOLT_PORT: String(options.boltPort),
      NEO4J_PAGECACHE: options.pageCache,
      NEO4J_TX_MEMORY: options.transactionMemory,
      NEO4J_QUERY_MEMORY: options.queryMemory ?? "256m",
      NEO4J_TX_TIMEOUT: String(options.transactionTimeoutSeconds ?? 120),
      NEO4J_PASSWORD: options.password ?? "",
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  debug("started JVM pid %d for %s", child.pid, dataDir);

  const recent: string[] = [];
  const keep = (line: string): void => {
    recent.push(line);
    if (recent.length > KEPT_OUTPUT_LINES) recent.shift();
  };
  let stopping = false;
  let onEvent: (event: LauncherEvent) => void = () => {};
  createInterface({ input: child.stdout }).on("line", (line) => {
    const event = parseLine(line);
    if (event) onEvent(event);
    else keep(line);
  });
  createInterface({ input: child.stderr }).on("line", (line) => {
    debug("jvm: %s", line);
    keep(line);
  });

  const pidFile = path.join(dataDir, PID_FILE);
  const exited = new Promise<void>((resolve, reject) => {
    child.on("exit", (code, signal) => {
      debug("JVM exited with %s", code ?? signal);
      if (readOwner(pidFile) === child.pid) rmSync(pidFile, { force: true });
      if (stopping) resolve();
      else
        reject(
          new EmbeddedNeo4jError(
            "CRASHED",
            `The embedded Neo4j exited unexpectedly (${code !== null ? `exit code ${code}` : `signal ${signal}`}).` +
              (recent.length ? `\nLast output:\n${recent.join("\n")}` : ""),
          ),
        );
    });
  });
  // Until start() has returned, a crash is reported through the start promise instead.
  exited.catch(() => {});

  const ready = await new Promise<LauncherEvent>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new EmbeddedNeo4jError("TIMEOUT", `The embedded Neo4j was not ready within ${options.startTimeoutMs} ms.`),
      );
    }, options.startTimeoutMs);
    onEvent = (event) => {
      if (event.event === "ready") {
        clearTimeout(timer);
        resolve(event);
      } else if (event.event === "error") {
        clearTimeout(timer);
        reject(new EmbeddedNeo4jError(event.code ?? "START_FAILED", `Embedded Neo4j: ${event.message ?? "failed"}`));
      }
    };
    exited.catch((e: unknown) => {
      clearTimeout(timer);
      reject(e instanceof Error ? e : new Error(String(e)));
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError("START_FAILED", `Could not run ${java.command}: ${e.message}`));
    });
  }).catch(async (e: unknown) => {
    await killQuietly(child);
    throw e;
  });

  writeFileSync(pidFile, `${child.pid}\n`);
  const password = options.password || (await readFile(path.join(dataDir, "password"), "utf8")).trim();
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    stopping = true;
    child.kill("SIGTERM");
    await exited;
  };
  return {
    uri: ready.boltUri ?? "",
    user: ready.user ?? "neo4j",
    database: ready.database ?? "neo4j",
    password,
    pid: child.pid ?? -1,
    exited,
    stop,
  };
}

function readOwner(pidFile: string): number | undefined {
  try {
    return Number(readFileSync(pidFile, "utf8").trim());
  } catch {
    return undefined;
  }
}

async function killQuietly(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await gone;
  clearTimeout(timer);
}
