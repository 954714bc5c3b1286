import { performance } from "node:perf_hooks";
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedNeo4jOptions } from "@lombardy-kg/db";

export interface SupervisorEvents {
  /** The database died; a restart (the `attempt`-th of at most `of`) follows. */
  crashed(error: Error, attempt: number, of: number): void;
  /** It serves again, `seconds` after it died. */
  restarted(instance: EmbeddedNeo4j, seconds: number): void;
  /** It died more often than allowed, or would not start again: the process should end. */
  gaveUp(error: Error): void;
}

export interface SupervisedNeo4j {
  /** The running instance (a new one after each restart). */
  current(): EmbeddedNeo4j;
  stop(): Promise<void>;
}

/** Crashes further apart than this do not count against the restart budget. */
const CRASH_WINDOW_MS = 10 * 60_000;

/**
 * Keeps the embedded Neo4j running: when its JVM dies (killed, out of memory), it is started
 * again on the same data directory, Bolt port and password, so the driver reconnects by itself
 * and nothing else has to change. At most `maxRestarts` within ten minutes; then it gives up with
 * the reason, rather than restarting a database that cannot stay up.
 */
export function superviseEmbedded(
  first: EmbeddedNeo4j,
  options: EmbeddedNeo4jOptions,
  maxRestarts: number,
  events: SupervisorEvents,
): SupervisedNeo4j {
  let current = first;
  let stopping = false;
  const crashes: number[] = [];
  // The first start may have picked a free port (0): restarts keep the one clients know.
  const port = Number(new URL(first.uri.replace(/^bolt/, "http")).port);
  const restartOptions: EmbeddedNeo4jOptions = { ...options, boltPort: port, password: first.password };

  const restart = async (error: Error): Promise<void> => {
    const diedAt = performance.now();
    for (;;) {
      if (stopping) return;
      const now = Date.now();
      while (crashes.length && now - crashes[0]! > CRASH_WINDOW_MS) crashes.shift();
      crashes.push(now);
      if (crashes.length > maxRestarts) {
        events.gaveUp(
          new Error(
            `The embedded Neo4j died ${crashes.length} times within ${CRASH_WINDOW_MS / 60_000} minutes ` +
              `(NEO4J_RESTARTS allows ${maxRestarts} restarts); giving up. Last cause: ${error.message}`,
          ),
        );
        return;
      }
      events.crashed(error, crashes.length, maxRestarts);
      try {
        current = await startEmbeddedNeo4j(restartOptions);
        watch(current);
        events.restarted(current, (performance.now() - diedAt) / 1000);
        return;
      } catch (e) {
        error = e instanceof Error ? e : new Error(String(e));
      }
    }
  };

  const watch = (instance: EmbeddedNeo4j): void => {
    instance.exited.catch((e: unknown) => {
      if (!stopping) void restart(e instanceof Error ? e : new Error(String(e)));
    });
  };
  watch(first);

  return {
    current: () => current,
    stop: async () => {
      stopping = true;
      await current.stop();
    },
  };
}
