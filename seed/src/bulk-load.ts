import type { Driver } from "neo4j-driver";
import { ENTITY_LABEL, readNodeTypes } from "@lombardy-kg/schema";
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
 */
export async function bulkLoad(
  driver: Driver,
  database: string,
  batches: Iterable<SyntheticBatch>,
  onProgress?: (rows: number) => void,
): Promise<BulkLoadResult> {
  const types = readNodeTypes();
  const labels = new Set(types.map((t) => t.label));
  const relationshipTypes = new Set(types.flatMap((t) => t.relationships.map((r) => r.type)));
  const started = performance.now();
  let nodes = 0;
  let relationships = 0;
  const session = driver.session({ database });
  try {
    for (const batch of batches) {
      if (batch.kind === "nodes") {
        if (!labels.has(batch.label)) throw new Error(`bulk load: unknown label ${batch.label}`);
        await session.executeWrite((tx) =>
          tx.run(
            `UNWIND $rows AS row CREATE (n:${batch.label}:${ENTITY_LABEL}) SET n = row.properties, n.id = row.id`,
            { rows: batch.rows },
          ),
        );
        nodes += batch.rows.length;
      } else {
        if (!relationshipTypes.has(batch.type) || !labels.has(batch.fromLabel) || !labels.has(batch.toLabel)) {
          throw new Error(`bulk load: unknown relationship ${batch.fromLabel}-[${batch.type}]->${batch.toLabel}`);
        }
        await session.executeWrite((tx) =>
          tx.run(
            `UNWIND $rows AS row
             MATCH (a:${batch.fromLabel} {id: row.from}) MATCH (b:${batch.toLabel} {id: row.to})
             CREATE (a)-[:${batch.type} {synthetic: true}]->(b)`,
            { rows: batch.rows },
          ),
        );
        relationships += batch.rows.length;
      }
      onProgress?.(nodes + relationships);
    }
  } finally {
    await session.close();
  }
  const millis = performance.now() - started;
  return { nodes, relationships, millis, rowsPerSecond: ((nodes + relationships) / millis) * 1000 };
}
