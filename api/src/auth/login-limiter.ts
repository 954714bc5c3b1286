import type { Driver } from "neo4j-driver";

/** Failure times (ms since the epoch) under keys: where the limiter keeps its counts. */
export interface FailureStore {
  recent(keys: string[], since: number): Promise<Map<string, number[]>>;
  add(keys: string[], at: number, since: number): Promise<void>;
  clear(keys: string[]): Promise<void>;
}

/** In one process: for tests and scripts. */
export class MemoryFailureStore implements FailureStore {
  private readonly times = new Map<string, number[]>();
  async recent(keys: string[], since: number) {
    return new Map(keys.map((k) => [k, (this.times.get(k) ?? []).filter((t) => t > since)]));
  }
  async add(keys: string[], at: number, since: number) {
    for (const k of keys) this.times.set(k, [...(this.times.get(k) ?? []).filter((t) => t > since), at]);
  }
  async clear(keys: string[]) {
    for (const k of keys) this.times.delete(k);
  }
}

/**
 * In the database: every API process behind a proxy counts the same failures (counts kept in one
 * process let two processes allow twice the guesses). LoginFailures nodes are not facts: no
 * export, search or view reads them.
 */
export class DatabaseFailureStore implements FailureStore {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}
  async recent(keys: string[], since: number) {
    const { records } = await this.driver.executeQuery(
      `UNWIND $keys AS key OPTIONAL MATCH (f:LoginFailures {key: key})
       RETURN key, [t IN coalesce(f.times, []) WHERE t > $since] AS times`,
      { keys, since },
      { database: this.database, routing: "READ" },
    );
    const out = new Map<string, number[]>(keys.map((k) => [k, []]));
    for (const r of records) out.get(r.get("key") as string)!.push(...(r.get("times") as number[]).map(Number));
    return out;
  }
  async add(keys: string[], at: number, since: number) {
    await this.driver.executeQuery(
      `UNWIND $keys AS key MERGE (f:LoginFailures {key: key})
       SET f.times = [t IN coalesce(f.times, []) WHERE t > $since] + $at`,
      { keys, at, since },
      { database: this.database },
    );
  }
  async clear(keys: string[]) {
    await this.driver.executeQuery(
      "MATCH (f:LoginFailures) WHERE f.key IN $keys DELETE f",
      { keys },
      {
        database: this.database,
      },
    );
  }
}

export interface LoginVerdict {
  /** Seconds until a login for this name from this client may be tried; 0 when it may now. */
  retryAfter: number;
  /** How long to wait before checking the password: the account's back-off after failures from everywhere. */
  delayMs: number;
}

/**
 * Failed logins counted three ways over a window. An account from one address: past `maxFailures`
 * that pair is refused (RATE_LIMITED) until the window moves on, right password or not. An address,
 * whatever the accounts: refused past four times that. An account from everywhere: never refused
 * (else anyone could lock an admin out from their own address), but each login for it waits,
 * doubling from 1 s to at most MAX_DELAY_MS, so guesses spread over many addresses stay slow.
 */
export class LoginLimiter {
  static readonly MAX_DELAY_MS = 8_000;

  constructor(
    private readonly store: FailureStore,
    readonly maxFailures = 5,
    readonly windowMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  private keys(name: string, client: string) {
    const account = name.trim().toLowerCase();
    return { pair: `pair:${account}|${client}`, client: `client:${client}`, account: `account:${account}` };
  }

  async check(name: string, client: string): Promise<LoginVerdict> {
    const keys = this.keys(name, client);
    const now = this.now();
    const times = await this.store.recent(Object.values(keys), now - this.windowMs);
    const limits: [string, number][] = [
      [keys.pair, this.maxFailures],
      [keys.client, this.maxFailures * 4],
    ];
    let retryAfter = 0;
    for (const [key, limit] of limits) {
      const list = (times.get(key) ?? []).sort((a, b) => a - b);
      if (list.length >= limit) {
        const freeAt = list[list.length - limit]! + this.windowMs;
        retryAfter = Math.max(retryAfter, Math.max(1, Math.ceil((freeAt - now) / 1000)));
      }
    }
    const beyond = (times.get(keys.account) ?? []).length - this.maxFailures;
    const delayMs = beyond < 0 ? 0 : Math.min(LoginLimiter.MAX_DELAY_MS, 1000 * 2 ** beyond);
    return { retryAfter, delayMs };
  }

  async fail(name: string, client: string): Promise<void> {
    const now = this.now();
    await this.store.add(Object.values(this.keys(name, client)), now, now - this.windowMs);
  }

  async succeed(name: string, client: string): Promise<void> {
    const keys = this.keys(name, client);
    await this.store.clear([keys.pair, keys.account]);
  }
}
