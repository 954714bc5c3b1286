import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Where Maven puts what the launcher needs to run: its jar, the runtime classpath, the plugins. */
export const dbDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const targetDir = path.join(dbDir, "target");
export const launcherJar = path.join(targetDir, "embedded-neo4j-1.0.0.jar");
export const libDir = path.join(targetDir, "lib");
export const pluginDir = path.join(targetDir, "plugins");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when the jar, its classpath and APOC are there and newer than the pom and the sources. */
export function launcherIsBuilt(): boolean {
  if (![launcherJar, libDir, pluginDir].every((p) => existsSync(p))) return false;
  if (!readdirSync(pluginDir).some((f) => f.startsWith("apoc-core"))) return false;
  const built = statSync(launcherJar).mtimeMs;
  const sources = Math.max(statSync(path.join(dbDir, "pom.xml")).mtimeMs, newestMtime(path.join(dbDir, "src", "main")));
  return built >= sources;
}
