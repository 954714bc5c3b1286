/**
 * `npm run import:json -- <export.json>`: loads a JSON export (GET /export/graph.json) into an
 * empty database, all or nothing. With the embedded database, run it while the app is stopped.
 */
import { readFile } from "node:fs/promises";
import { GraphImportError, importGraphJson, type GraphJson } from "@lombardy-kg/ingest";
import { ensureDatabaseSchema, openDatabase, readConfig } from "@lombardy-kg/api";
import { runCommand } from "./run-command";

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: npm run import:json -- <export.json>");
    return 2;
  }
  let graph: GraphJson;
  try {
    graph = JSON.parse(await readFile(file, "utf8")) as GraphJson;
  } catch (e) {
    throw new GraphImportError(`${file}: not a JSON file (${(e as Error).message}).`);
  }
  const database = await openDatabase(readConfig());
  try {
    await ensureDatabaseSchema(database.driver, database.name);
    const counts = await importGraphJson(database.driver, database.name, graph);
    console.log(`Imported ${counts.nodes} nodes and ${counts.relationships} relationships into ${database.uri}.`);
    return 0;
  } finally {
    await database.close();
  }
}

runCommand(main, { isUsageError: (e) => e instanceof GraphImportError });
