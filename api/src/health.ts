import type { Driver } from "neo4j-driver";
import { probe, type DatabaseMonitor } from "./runtime/database-monitor";
import type { EventLoopStats, EventLoopWatchdog } from "./runtime/event-loop-watchdog";

export interface Health {
  ok: boolean;
  neo4j: "up" | "down";
  error?: string;
  /** Present when the process runs a watchdog (npm start). */
  eventLoop?: EventLoopStats;
}

/**
 * Up only when Neo4j answers a trivial question in time now; a failed probe also tells the
 * monitor, so requests stop waiting on a database that is gone.
 */
export async function health(
  driver: Driver,
  database: string,
  monitor: DatabaseMonitor,
  watchdog?: EventLoopWatchdog,
  timeoutMs = 3000,
): Promise<Health> {
  const eventLoop = watchdog ? { eventLoop: watchdog.stats() } : {};
  try {
    await probe(driver, database, timeoutMs);
    return { ok: true, neo4j: "up", ...eventLoop };
  } catch (e) {
    void monitor.check();
    return { ok: false, neo4j: "down", error: e instanceof Error ? e.message : String(e), ...eventLoop };
  }
}
