import type { Driver } from "neo4j-driver";
import createDebug from "debug";
import { ENTITY_LABEL } from "@lombardy-kg/schema";
import { batches, groupBy, sessionWrite, writeGraph } from "@lombardy-kg/write";
import type { EvidenceEntry, SeedFile } from "./seed-data";

const debug = createDebug("lombardy-kg:seed");

export interface LoadCounts {
  nodes: number;
  relationships: number;
}

interface EvidenceRow {
  sourceIds: string[];
  quotes: string[];
}

function evidenceRow(evidence: EvidenceEntry[] = []): EvidenceRow {
  return { sourceIds: evidence.map((e) => e.source), quotes: evidence.map((e) => e.quote) };
}

/**
 * Writes validated seed data in one transaction, merging on stable ids, so a load is all or
 * nothing and loading twice leaves the same nodes, relationships and properties. Labels and
 * relationship types come from `typeOfId` and the validated data (checked against the model),
 * never from free text. The write path brings the derived links in step in the same transaction.
 */
export async function loadSeed(
  driver: Driver,
  database: string,
  files: SeedFile[],
  typeOfId: Map<string, string>,
): Promise<LoadCounts> {
  const nodes = files.flatMap((f) => f.nodes);
  const relationships = files.flatMap((f) => f.relationships);
  const labelOf = (id: string): string => {
    const label = typeOfId.get(id);
    if (!label) throw new Error(`seed: unknown id '${id}' (validate before loading)`);
    return label;
  };

  await writeGraph(sessionWrite(driver, database), async (tx) => {
    // Sources first, so evidence can point at them.
    const nodeGroups = [...groupBy(nodes, (n) => n.type)].sort(
      ([a], [b]) => Number(b === "Source") - Number(a === "Source"),
    );
    for (const [label, group] of nodeGroups) {
      for (const batch of batches(group)) {
        await tx.run(`UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n = row.properties, n:${ENTITY_LABEL}`, {
          rows: batch.map((n) => ({ id: n.id, properties: { ...n.properties, id: n.id } })),
        });
      }
    }
    const statedIn = nodes.filter((n) => (n.evidence ?? []).length > 0);
    for (const [label, group] of groupBy(statedIn, (n) => n.type)) {
      const rows = group.flatMap((n) =>
        [...groupBy(n.evidence ?? [], (e) => e.source)].map(([source, entries]) => ({
          id: n.id,
          source,
          ...evidenceRow(entries),
        })),
      );
      for (const batch of batches(rows)) {
        await tx.run(
          `UNWIND $rows AS row
             MATCH (n:${label} {id: row.id}) MATCH (s:Source {id: row.source})
             MERGE (n)-[r:STATED_IN]->(s) SET r = {sourceIds: row.sourceIds, quotes: row.quotes}`,
          { rows: batch },
        );
      }
    }
    const relGroups = groupBy(relationships, (r) => `${labelOf(r.from)}|${r.type}|${labelOf(r.to)}`);
    for (const [key, group] of relGroups) {
      const [fromLabel, type, toLabel] = key.split("|");
      for (const batch of batches(group)) {
        await tx.run(
          `UNWIND $rows AS row
             MATCH (a:${fromLabel} {id: row.from}) MATCH (b:${toLabel} {id: row.to})
             MERGE (a)-[r:${type}]->(b) SET r = row.properties`,
          {
            rows: batch.map((r) => ({
              from: r.from,
              to: r.to,
              properties: { ...r.properties, ...evidenceRow(r.evidence) },
            })),
          },
        );
      }
    }
  });
  const counts = { nodes: nodes.length, relationships: relationships.length };
  debug("loaded %d nodes and %d relationships", counts.nodes, counts.relationships);
  return counts;
}

/** True when the database holds no node at all: the first start of a new data directory. */
export async function databaseIsEmpty(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery("MATCH (n) RETURN count(n) = 0 AS empty", {}, { database });
  return records[0]?.get("empty") === true;
}
