import createDebug from "debug";
import type { Driver } from "neo4j-driver";

const debug = createDebug("lombardy-kg:monitor");

export interface DatabaseState {
  up: boolean;
  /** Why it is down: the last probe's error. */
  error?: string;
  /** When the state last changed (ms since epoch). */
  since: number;
}

export interface MonitorOptions {
  database: string;
  /** Time between probes. */
  intervalMs?: number;
  /** A probe not answered within this is a failure. */
  timeoutMs?: number;
  /** Failed probes in a row before the database is taken for down. */
  failuresToDown?: number;
}

/** Runs `RETURN 1` with a deadline: resolves, or rejects with why not. */
export async function probe(driver: Driver, database: string, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([driver.executeQuery("RETURN 1 AS ok", {}, { database }), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Asks Neo4j a trivial question every couple of seconds, through a driver of its own so busy
 * request traffic cannot starve it, and says when the database stops or starts answering. Requests
 * use it to fail fast (and be cancelled) while the database is down, instead of each waiting for
 * a database that may be frozen or restarting; /healthz reports it.
 */
export class DatabaseMonitor {
  private current: DatabaseState = { up: true, since: Date.now() };
  private failures = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners = new Set<(state: DatabaseState) => void>();
  private readonly intervalMs: number;
  private readonly timeoutMs: number;
  private readonly failuresToDown: number;

  constructor(
    private readonly driver: Driver,
    private readonly options: MonitorOptions,
  ) {
    this.intervalMs = options.intervalMs ?? 1_000;
    this.timeoutMs = options.timeoutMs ?? 2_000;
    this.failuresToDown = options.failuresToDown ?? 2;
  }

  get state(): DatabaseState {
    return this.current;
  }

  /** Called on every change between up and down. */
  onChange(listener: (state: DatabaseState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (this.timer) return;
    const tick = async (): Promise<void> => {
      await this.check();
      if (this.timer) this.timer = setTimeout(() => void tick(), this.intervalMs).unref();
    };
    this.timer = setTimeout(() => void tick(), this.intervalMs).unref();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** One probe now; the state changes after `failuresToDown` failures in a row, or one success. */
  async check(): Promise<DatabaseState> {
    try {
      await probe(this.driver, this.options.database, this.timeoutMs);
      this.failures = 0;
      if (!this.current.up) this.change({ up: true, since: Date.now() });
    } catch (e) {
      this.failures++;
      const error = e instanceof Error ? e.message : String(e);
      debug("probe failed (%d in a row): %s", this.failures, error);
      if (this.current.up && this.failures >= this.failuresToDown) this.change({ up: false, error, since: Date.now() });
      else if (!this.current.up) this.current = { ...this.current, error };
    }
    return this.current;
  }

  private change(state: DatabaseState): void {
    this.current = state;
    debug("database %s", state.up ? "answers again" : `is down: ${state.error}`);
    for (const listener of this.listeners) listener(state);
  }
}
