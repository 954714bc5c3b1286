import { spawnSync } from "node:child_process";
import path from "node:path";

/** Neo4j 5.26 runs on Java 17 and 21. */
export const MIN_JAVA_MAJOR = 17;
/** The oldest Maven that builds the launcher's pom with its pinned plugins. */
export const MIN_MAVEN = [3, 6, 3] as const;

export class ToolchainError extends Error {
  override name = "ToolchainError";
}

type Env = Readonly<Record<string, string | undefined>>;

/** The java binary: $JAVA_HOME/bin/java when JAVA_HOME is set, else java on PATH. */
export function javaCommand(env: Env = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, "bin", "java") : "java";
}

function runVersion(command: string, args: string[], env: Env): string | undefined {
  const result = spawnSync(command, args, { env: { ...env }, encoding: "utf8", timeout: 30_000 });
  if (result.error) return undefined;
  return `${result.stdout ?? ""}\n${result.stderr ?? ""}`;
}

/** Reads the major version from `java -version` output: "17.0.15" gives 17, "1.8.0_402" gives 8. */
export function parseJavaMajor(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

export function parseMavenVersion(output: string): number[] | undefined {
  const match = /Apache Maven (\d+)\.(\d+)\.(\d+)/.exec(output);
  return match ? match.slice(1, 4).map(Number) : undefined;
}

function versionAtLeast(actual: readonly number[], wanted: readonly number[]): boolean {
  for (let i = 0; i < wanted.length; i++) {
    const a = actual[i] ?? 0;
    const w = wanted[i] ?? 0;
    if (a !== w) return a > w;
  }
  return true;
}

/** Fails with a message naming the problem when Java is missing or older than 17. */
export function checkJava(env: Env = process.env): { command: string; major: number } {
  const command = javaCommand(env);
  const output = runVersion(command, ["-version"], env);
  const where = env.JAVA_HOME ? `JAVA_HOME=${env.JAVA_HOME}` : "PATH";
  if (output === undefined) {
    throw new ToolchainError(
      `Java was not found (looked for '${command}' via ${where}). Install a JDK ${MIN_JAVA_MAJOR} or newer ` +
        `(Debian: apt-get install openjdk-17-jdk-headless) or set JAVA_HOME.`,
    );
  }
  const major = parseJavaMajor(output);
  if (major === undefined || major < MIN_JAVA_MAJOR) {
    throw new ToolchainError(
      `Java ${MIN_JAVA_MAJOR} or newer is needed for the embedded Neo4j; '${command}' is ` +
        `${major === undefined ? "of an unknown version" : `Java ${major}`}. Install a newer JDK or set JAVA_HOME.`,
    );
  }
  return { command, major };
}

/** Fails with a message naming the problem when Maven is missing or too old. */
export function checkMaven(env: Env = process.env): { command: string; version: string } {
  const output = runVersion("mvn", ["-v"], env);
  const wanted = MIN_MAVEN.join(".");
  if (output === undefined) {
    throw new ToolchainError(
      `Maven was not found on PATH. Maven ${wanted} or newer builds the embedded Neo4j launcher ` +
        `(Debian: apt-get install maven).`,
    );
  }
  const version = parseMavenVersion(output);
  if (!version || !versionAtLeast(version, MIN_MAVEN)) {
    throw new ToolchainError(
      `Maven ${wanted} or newer is needed to build the embedded Neo4j launcher; found ` +
        `${version ? version.join(".") : "an unknown version"}.`,
    );
  }
  return { command: "mvn", version: version.join(".") };
}
