import { databaseIsEmpty, loadCuratedSeed } from "@lombardy-kg/seed";
import { ensureDerivedLinks } from "@lombardy-kg/write";
import type { Config } from "./config";
import { ensureDatabaseSchema, openDatabase, type Database } from "./database";
import { buildGraphQLSchema } from "./graphql/graphql-schema";
import { DatabaseMonitor } from "./runtime/database-monitor";
import type { SupervisorEvents } from "./runtime/embedded-supervisor";
import { EventLoopWatchdog } from "./runtime/event-loop-watchdog";
import { createServer, type AppServer } from "./server";

export interface Running {
  url: string;
  port: number;
  database: Database;
  server: AppServer;
  seeded: "loaded" | "kept";
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Restart the embedded database when it dies, and say so through these. */
  supervise?: SupervisorEvents;
}

/** Wires it all: the database (embedded or NEO4J_URI), its schema, the seed, the GraphQL server. */
export async function startApp(config: Readonly<Config>, options: StartOptions = {}): Promise<Running> {
  const database = await openDatabase(config, options.supervise);
  const watchdog = new EventLoopWatchdog({ killAfterMs: config.stallKillMs });
  try {
    await ensureDatabaseSchema(database.driver, database.name);
    const seed =
      config.seedOnStart === "always" ||
      (config.seedOnStart === "if-empty" && (await databaseIsEmpty(database.driver, database.name)));
    if (seed) await loadCuratedSeed(database.driver, database.name);
    else await ensureDerivedLinks(database.driver, database.name);
    const schema = await buildGraphQLSchema();
    const monitor = new DatabaseMonitor(database.probeDriver, { database: database.name });
    watchdog.start();
    const server = await createServer({
      config,
      schema,
      driver: database.driver,
      database: database.name,
      monitor,
      watchdog,
    });
    const port = await server.listen(config.port, config.host).catch(async (e: unknown) => {
      await server.stop();
      throw e;
    });
    const host = config.host === "0.0.0.0" || config.host === "127.0.0.1" ? "localhost" : config.host;
    return {
      url: `http://${host}:${port}`,
      port,
      database,
      server,
      seeded: seed ? "loaded" : "kept",
      stop: async () => {
        await server.stop();
        await watchdog.stop();
        await database.close();
      },
    };
  } catch (e) {
    await watchdog.stop();
    await database.close();
    throw e;
  }
}
