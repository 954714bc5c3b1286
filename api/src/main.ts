/** `npm start`: reads the environment, starts everything, prints the URLs, stops cleanly on a signal. */
import net from "node:net";
import { performance } from "node:perf_hooks";
import { readConfig } from "./config";
import { startApp } from "./start";

/** Fails in a second rather than after the database has started when the HTTP port is taken. */
function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (e: NodeJS.ErrnoException) =>
      reject(
        e.code === "EADDRINUSE"
          ? new Error(`Port ${port} on ${host} is already in use (PORT). Stop what uses it or choose another PORT.`)
          : e,
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

async function main(): Promise<void> {
  const began = performance.now();
  const config = readConfig();
  await assertPortFree(config.port, config.host);
  console.log(
    config.external
      ? `Connecting to Neo4j at ${config.external.uri}...`
      : `Starting the embedded Neo4j (data in ${config.embedded.dataDir})...`,
  );
  let exiting = false;
  const app = await startApp(config, {
    supervise: {
      crashed: (e, attempt, of) =>
        console.error(`${e.message}\nRestarting the embedded Neo4j (${attempt} of at most ${of})...`),
      restarted: (_instance, seconds) =>
        console.log(`The embedded Neo4j serves again, ${seconds.toFixed(1)} s after it died.`),
      gaveUp: (e) => {
        if (exiting) return;
        exiting = true;
        console.error(`Error: ${e.message}`);
        process.exit(1);
      },
    },
  });
  const seconds = ((performance.now() - began) / 1000).toFixed(1);
  console.log(
    [
      `Ready in ${seconds} s.`,
      `  Explorer:  ${app.url}/`,
      `  GraphQL:   ${app.url}/graphql (GraphiQL in a browser)`,
      `  Health:    ${app.url}/healthz`,
      `  Neo4j:     ${app.database.uri}${app.database.embedded ? " (embedded; user neo4j; restarted if it dies)" : ""}`,
      `  Seed:      ${app.seeded === "loaded" ? "curated graph loaded" : "existing data kept"}`,
    ].join("\n"),
  );

  const shutdown = async (signal: string): Promise<void> => {
    if (exiting) return;
    exiting = true;
    console.log(`${signal}: stopping...`);
    await app.stop();
    console.log("Stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((e: unknown) => {
  console.error(`Error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
