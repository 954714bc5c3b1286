import type { Driver } from "neo4j-driver";
import { ENTITY_LABEL, readNodeTypes } from "@lombardy-kg/schema";
import { sessionWrite, writeGraph } from "@lombardy-kg/write";
import type { SyntheticBatch } from "./synthetic-graph";

export interface BulkLoadResult {
  nodes: number;
  relationships: number;
  millis: number;
  rowsPerSecond: number;
}

/**
 * Loads generated batches into an empty database, one transaction per batch: for benchmarks,
 * where the curated loader's single all-or-nothing transaction would not fit in memory. CREATE,
 * not MERGE: the generator never repeats a node or a link. Labels and types come from the model.
 * Two batches are in flight at once (`concurrency`), so Neo4j writes one while the next crosses
 * the wire; every node is committed before the first relationship is written, and a deadlock
 * between two batches is retried by the driver. The derived links are brought in step at the end, through the write path.
 */
export async function bulkLoad(
  driver: Driver,
  database: string,
  batches: Iterable<SyntheticBatch>,
  onProgress?: (rows: number) => void,
  concurrency = 2,
): Promise<BulkLoadResult> {
  const types = readNodeTypes();
  const labels = new Set(types.map((t) => t.label));
  const relationshipTypes = new Set(types.flatMap((t) => t.relationships.map((r) => r.type)));
  const started = performance.now();
  let nodes = 0;
  let relationships = 0;
  const sessions = Array.from({ length: concurrency }, () => driver.session({ database }));
  /** Sessions with no transaction running: a session runs one transaction at a time. */
  const idle = [...sessions];
  const inFlight = new Set<Promise<void>>();
  const settle = async (): Promise<void> => {
    await Promise.all(inFlight);
  };
  try {
    let writingNodes = true;
    for (const batch of batches) {
      let statement: string;
      if (batch.kind === "nodes") {
        if (!labels.has(batch.label)) throw new Error(`bulk load: unknown label ${batch.label}`);
        if (!writingNodes) throw new Error("bulk load: nodes must come before relationships");
        statement = `UNWIND $rows AS row CREATE (n:${batch.label}:${ENTITY_LABEL}) SET n = row.properties, n.id = row.id`;
      } else {
        if (!relationshipTypes.has(batch.type) || !labels.has(batch.fromLabel) || !labels.has(batch.toLabel)) {
          throw new Error(`bulk load: unknown relationship ${batch.fromLabel}-[${batch.type}]->${batch.toLabel}`);
        }
        if (writingNodes) {
          await settle();
          writingNodes = false;
        }
        statement = `UNWIND $rows AS row
             MATCH (a:${batch.fromLabel} {id: row.from}) MATCH (b:${batch.toLabel} {id: row.to})
             CREATE (a)-[:${batch.type} {synthetic: true}]->(b)`;
      }
      while (idle.length === 0) await Promise.race(inFlight);
      const session = idle.pop()!;
      const write: Promise<void> = session
        .executeWrite((tx) => tx.run(statement, { rows: batch.rows }))
        .then(() => {
          if (batch.kind === "nodes") nodes += batch.rows.length;
          else relationships += batch.rows.length;
          onProgress?.(nodes + relationships);
        })
        .finally(() => {
          inFlight.delete(write);
          idle.push(session);
        });
      // Marks the failure as handled here; it is still thrown by the next race or settle.
      write.catch(() => undefined);
      inFlight.add(write);
    }
    await settle();
    // Batches commit one by one (a benchmark-sized graph does not fit one transaction); the write
    // path brings the derived links in step once all of them are in.
    await writeGraph(sessionWrite(driver, database), async () => undefined);
  } finally {
    await Promise.allSettled(inFlight);
    await Promise.all(sessions.map((s) => s.close()));
  }
  const millis = performance.now() - started;
  return { nodes, relationships, millis, rowsPerSecond: ((nodes + relationships) / millis) * 1000 };
}
