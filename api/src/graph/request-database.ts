import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import { GraphQLError } from "graphql";
import type { Driver, RecordShape, Session, SessionConfig, Transaction } from "neo4j-driver";

/** The driver's transaction settings (not exported by name from neo4j-driver's entry point). */
type TransactionConfig = NonNullable<Parameters<Session["executeRead"]>[1]>;
import type { AuthService } from "../auth/auth-service";
import type { Viewer } from "../auth/tokens";
import { ERROR_CODES } from "../graphql/error-codes";

/** What every resolver gets: @neo4j/graphql's context plus this request's own access to Neo4j. */
export interface ApiContext extends Neo4jGraphQLContext {
  db: RequestDatabase;
  /** Who the request's token is for; undefined for visitors. Its claims are `jwt`, for @neo4j/graphql's rules. */
  viewer?: Viewer | undefined;
  /** Sign-in, when the server has it (scripts and tests without it cannot sign in). */
  auth?: AuthService | undefined;
  /** The client's address, for the login limit. */
  client?: string;
}

export interface RequestDatabaseOptions {
  database: string;
  /** Neo4j stops any one transaction of the request after this long (QUERY_TIMEOUT). */
  queryTimeoutMs: number;
  /** Tags the request's transactions, so `SHOW TRANSACTIONS` tells whose they are. */
  requestId: string;
}

/** A write that lost a race with another and left nothing: Neo4j broke a deadlock, or an id was taken meanwhile. */
export function lostRace(e: unknown): boolean {
  const code = typeof e === "object" && e !== null && "code" in e ? String(e.code) : "";
  const message = e instanceof Error ? e.message : "";
  return (
    code.includes("DeadlockDetected") ||
    (code.includes("ConstraintValidationFailed") && /already exists with label .* and property `id`/.test(message))
  );
}

/** The error the request's pending reads fail with once it is aborted. */
export function databaseUnavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ERROR_CODES.databaseUnavailable, http: { status: 503 } } });
}

/**
 * One request's access to Neo4j: every transaction it opens has the query timeout and the
 * request's id, and all of them are cancelled together when the request is aborted (the client
 * went away, the deadline passed, the database stopped answering). Cancelling closes the
 * sessions, which makes Neo4j terminate their running transactions; reads still waiting fail at
 * once with the abort's error instead of waiting for a database that may never answer.
 */
export class RequestDatabase {
  /**
   * Transactions of one request running at once: the root fields of a query (each alias is one)
   * run in parallel, and without a bound one request could take all of Neo4j's transaction memory.
   */
  static readonly CONCURRENT_TRANSACTIONS = 2;
  private readonly sessions = new Set<Session>();
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private aborted: Error | undefined;
  private readonly abortListeners = new Set<(e: Error) => void>();

  constructor(
    readonly driver: Driver,
    private readonly options: RequestDatabaseOptions,
  ) {}

  get abortReason(): Error | undefined {
    return this.aborted;
  }

  private transactionConfig(config?: TransactionConfig): TransactionConfig {
    return {
      ...config,
      timeout: this.options.queryTimeoutMs,
      metadata: { ...config?.metadata, app: "lombardy-kg", request: this.options.requestId },
    };
  }

  /** Settles with `work`, or rejects with the abort's error as soon as the request is aborted. */
  private untilAborted<T>(work: Promise<T>): Promise<T> {
    if (this.aborted) {
      work.catch(() => undefined);
      return Promise.reject(this.aborted);
    }
    return new Promise<T>((resolve, reject) => {
      const onAbort = (e: Error): void => reject(e);
      this.abortListeners.add(onAbort);
      work.then(
        (value) => {
          this.abortListeners.delete(onAbort);
          resolve(value);
        },
        (e: unknown) => {
          this.abortListeners.delete(onAbort);
          reject(this.aborted ?? e);
        },
      );
    });
  }

  /** Runs `work` when fewer than CONCURRENT_TRANSACTIONS of this request's transactions run. */
  private async limited<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= RequestDatabase.CONCURRENT_TRANSACTIONS) {
      await this.untilAborted(new Promise<void>((resolve) => this.waiting.push(resolve)));
    }
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  private openSession(config: SessionConfig = {}): Session {
    if (this.aborted) throw this.aborted;
    const session = this.driver.session({ defaultAccessMode: "READ", ...config, database: this.options.database });
    this.sessions.add(session);
    return session;
  }

  private closeSession(session: Session): Promise<void> {
    this.sessions.delete(session);
    return session.close();
  }

  /**
   * One read transaction, tried once: a query Neo4j stopped for its memory or time would only be
   * stopped again, and a database that is gone is the monitor's to report, not each request's to
   * wait out (the driver's executeRead retries both for up to its retry time).
   */
  private async readOnce<T>(session: Session, work: (tx: Transaction) => Promise<T> | T, config?: TransactionConfig) {
    const tx = session.beginTransaction(this.transactionConfig(config));
    try {
      const result = await work(tx);
      await tx.commit();
      return result;
    } catch (e) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw e;
    }
  }

  /** Runs one read transaction of parameterised Cypher and gives back its records as objects. */
  async run<T>(query: string, params: Record<string, unknown>): Promise<T[]> {
    const session = this.openSession();
    try {
      const result = await this.limited(() =>
        this.untilAborted(this.readOnce(session, (tx) => tx.run<RecordShape>(query, params))),
      );
      return result.records.map((r) => r.toObject() as T);
    } finally {
      if (!this.aborted) await this.closeSession(session);
    }
  }

  /**
   * One write transaction. It commits only if `work` returns; anything thrown rolls all of it back.
   * Tried again (WRITE_ATTEMPTS in all) only when it lost a race with another writer and nothing of
   * it stayed: a deadlock Neo4j broke, or a new node's id another edit took first (the next try
   * reads the graph again, so it sees that edit and picks the next id). Any other failure is
   * reported, not repeated behind the user's back.
   */
  async write<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const session = this.openSession({ defaultAccessMode: "WRITE" });
      try {
        return await this.limited(() => this.untilAborted(this.readOnce(session, work)));
      } catch (e) {
        if (attempt >= RequestDatabase.WRITE_ATTEMPTS || this.aborted || !lostRace(e)) throw e;
      } finally {
        if (!this.aborted) await this.closeSession(session);
      }
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
    }
  }

  static readonly WRITE_ATTEMPTS = 3;

  /**
   * A driver as @neo4j/graphql uses one (`session()`, `executeQueryBookmarkManager`), whose
   * sessions are this request's: the generated queries are cancelled with ours.
   */
  get executionContext(): Driver {
    const sessionFor = (config?: SessionConfig) => {
      const session = this.openSession({ ...config, defaultAccessMode: "READ" });
      return {
        executeRead: <T>(work: (tx: Transaction) => Promise<T> | T, config?: TransactionConfig) =>
          this.limited(() => this.untilAborted(this.readOnce(session, work, config))),
        close: () => (this.aborted ? Promise.resolve() : this.closeSession(session)),
      };
    };
    // @neo4j/graphql tells a driver by its session() method and calls only what is given here;
    // the full Driver type would need every method of a real one.
    return {
      session: sessionFor,
      executeQueryBookmarkManager: this.driver.executeQueryBookmarkManager,
    } as unknown as Driver;
  }

  /**
   * Cancels everything the request still has running in Neo4j. Sessions are closed without
   * waiting: a database that stopped answering would never confirm it.
   */
  abort(reason: Error): void {
    if (this.aborted) return;
    this.aborted = reason;
    for (const listener of this.abortListeners) listener(reason);
    this.abortListeners.clear();
    for (const session of this.sessions) session.close().catch(() => undefined);
    this.sessions.clear();
  }

  /** Closes what is left once the answer is sent. */
  async finish(): Promise<void> {
    await Promise.allSettled([...this.sessions].map((s) => this.closeSession(s)));
  }
}

/** The context a request's resolvers get, around its own access to Neo4j, and who it is for. */
export function requestContext(
  db: RequestDatabase,
  database: string,
  who: Pick<ApiContext, "viewer" | "auth" | "client"> = {},
): ApiContext {
  return {
    db,
    executionContext: db.executionContext,
    sessionConfig: { database },
    ...who,
    // @neo4j/graphql trusts a decoded token given here: ours were checked by AuthService.
    ...(who.viewer ? { jwt: who.viewer.jwt } : {}),
  };
}

/** A context for running the schema in-process (scripts, tests): its own access to `driver`. */
export function standaloneContext(
  driver: Driver,
  database: string,
  queryTimeoutMs = 60_000,
  who: Pick<ApiContext, "viewer" | "auth" | "client"> = {},
): ApiContext {
  return requestContext(
    new RequestDatabase(driver, { database, queryTimeoutMs, requestId: "in-process" }),
    database,
    who,
  );
}
