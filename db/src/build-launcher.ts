/**
 * Run by `npm install` (postinstall): builds the launcher and fetches Neo4j and APOC from Maven
 * Central, so that later starts need neither Maven nor the network.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { dbDir, launcherIsBuilt } from "./launcher-files";
import { checkJava, checkMaven, ToolchainError } from "./toolchain";

function main(): number {
  try {
    checkJava();
    if (launcherIsBuilt() && process.env.LAUNCHER_REBUILD !== "1") {
      console.log("embedded Neo4j launcher: up to date");
      return 0;
    }
    checkMaven();
  } catch (e) {
    if (e instanceof ToolchainError) {
      console.error(`embedded Neo4j launcher: ${e.message}`);
      return 1;
    }
    throw e;
  }
  console.log("embedded Neo4j launcher: building with Maven (Neo4j Community 5.26 + APOC core)...");
  const result = spawnSync("mvn", ["-B", "-q", "-f", path.join(dbDir, "pom.xml"), "package", "-DskipTests"], {
    stdio: "inherit",
  });
  if (result.status !== 0) {
    console.error(`embedded Neo4j launcher: the Maven build failed (exit ${result.status ?? result.signal}).`);
    return 1;
  }
  console.log("embedded Neo4j launcher: built");
  return 0;
}

process.exitCode = main();
