import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { repoRoot } from "./test-helper";

const tsxCli = path.join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs");

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of this process without any Neo4j or app settings, plus the given ones. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(NEO4J_|PORT$|HOST$|SEED_ON_START$|NODE_ENV$|VITEST)/.test(k)) env[k] = v;
  }
  return { ...env, ...extra };
}

/** Runs a TypeScript entry point of the repo as `npm start` would, with tsx. */
export function spawnTs(entry: string, env: Record<string, string>): ChildProcess {
  // Its own process group, so a test that gives up can kill tsx and the node process it runs.
  return spawn(process.execPath, [tsxCli, path.join(repoRoot, entry)], {
    cwd: repoRoot,
    env: cleanEnv(env),
    detached: true,
  });
}

export function collect(child: ChildProcess, timeoutMs = 120_000): Promise<Finished> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup(child);
      reject(new Error(`process did not finish within ${timeoutMs} ms\nstdout:${stdout}\nstderr:${stderr}`));
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Resolves once the process prints a line matching `pattern`. */
export function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs = 120_000): Promise<string> {
  let seen = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no output matching ${pattern} within ${timeoutMs} ms:\n${seen}`)),
      timeoutMs,
    );
    const onData = (d: Buffer): void => {
      seen += d.toString();
      if (pattern.test(seen)) {
        clearTimeout(timer);
        resolve(seen);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`process exited (${code}) before printing ${pattern}:\n${seen}`));
    });
  });
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}
