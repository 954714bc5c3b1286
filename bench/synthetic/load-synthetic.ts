/**
 * `npm run bench:synthetic`: loads the synthetic EU-scale graph (every node `synthetic: true`,
 * every id `syn-`) into the configured database, which must be empty: synthetic data never sits
 * beside the curated graph.
 */
import { ensureDatabaseSchema, openDatabase, readConfig } from "@lombardy-kg/api";
import { runCommand } from "@lombardy-kg/cli";
import { databaseIsEmpty } from "@lombardy-kg/seed";
import { bulkLoad } from "./bulk-load";
import { syntheticGraph } from "./synthetic-graph";

async function main(): Promise<number> {
  const database = await openDatabase(readConfig());
  try {
    if (!(await databaseIsEmpty(database.driver, database.name))) {
      console.error(
        `Error: the database at ${database.uri} is not empty. The synthetic graph goes into an empty one only: ` +
          "point NEO4J_DATA_DIR at a new directory (e.g. NEO4J_DATA_DIR=.data/synthetic NEO4J_BOLT_PORT=0).",
      );
      return 1;
    }
    await ensureDatabaseSchema(database.driver, database.name);
    const result = await bulkLoad(database.driver, database.name, syntheticGraph());
    console.log(
      `Loaded ${result.nodes} synthetic nodes and ${result.relationships} relationships in ${(result.millis / 1000).toFixed(1)} s (${Math.round(result.rowsPerSecond)} rows/s).`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

runCommand(main);
