/**
 * The one write path. Every writer (the curated seed, each connector, the JSON import, a person's
 * edit, roster import or undo) changes the graph through `writeGraph` or `writeAudited`, which own
 * what no writer may forget: one transaction for all of it, the audit of a person's changes in that
 * transaction, and the derived links refreshed beside the facts before it commits.
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { ChangeWriter, type ChangeSetInfo } from "./change-writer";
import createDebug from "debug";
import { derivedLinksMissing, refreshDerivedLinks } from "./derived-links";

const debug = createDebug("lombardy-kg:write");

/** A transaction as writers use it: a managed one, or one a request opened for its work. */
export type Tx = Pick<ManagedTransaction, "run">;

/**
 * How a writer's transaction is opened: all of `work` commits, or (anything thrown) none of it.
 * The API opens one per request (with its time limit and cancellation); commands use `sessionWrite`.
 */
export type OpenWrite = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

/** A managed write transaction in its own session, retried by the driver on transient errors. */
export function sessionWrite(driver: Driver, database: string): OpenWrite {
  return async (work) => {
    const session = driver.session({ database });
    try {
      return await session.executeWrite((tx) => work(tx));
    } finally {
      await session.close();
    }
  };
}

/** Writes facts that carry their own evidence (a seed quote, a file row): one transaction, derived links in step. */
export function writeGraph<T>(open: OpenWrite, work: (tx: Tx) => Promise<T>): Promise<T> {
  return open(async (tx) => {
    const result = await work(tx);
    await refreshDerivedLinks(tx);
    return result;
  });
}

/** What a person's write says it did: the summary its audit keeps. */
export interface AuditedOutcome {
  summary: string;
}

export interface AuditedResult<T> {
  outcome: T;
  /** The change set's id; null when nothing changed (no change set is written). */
  changeSetId: string | null;
  changeCount: number;
}

/**
 * A person's write: every change goes through the ChangeWriter, which keeps it with the values
 * before and after, written as one ChangeSet in the same transaction as the change.
 */
export function writeAudited<T extends AuditedOutcome>(
  open: OpenWrite,
  info: ChangeSetInfo,
  work: (writer: ChangeWriter) => Promise<T>,
): Promise<AuditedResult<T>> {
  return writeGraph(open, async (tx) => {
    const writer = new ChangeWriter(tx, info);
    const outcome = await work(writer);
    await writer.finish(outcome.summary);
    const changeCount = writer.changes.length;
    return { outcome, changeSetId: changeCount ? writer.id : null, changeCount };
  });
}

/** Derives the derived links of a graph written before they existed; a no-op otherwise. */
export async function ensureDerivedLinks(driver: Driver, database: string): Promise<boolean> {
  if (!(await derivedLinksMissing(driver, database))) return false;
  await writeGraph(sessionWrite(driver, database), async () => undefined);
  debug("derived links were missing: derived them");
  return true;
}
