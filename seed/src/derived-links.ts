/**
 * Links computed from stated facts, never stated by a document themselves (see DERIVED_RELATIONSHIPS
 * in schema/): a cluster is FUNDED_VIA a programme when at least one of its projects is funded by
 * it. Every writer refreshes them in the same transaction as its facts, so they are never out of
 * step; they carry no source, because they restate facts that have one.
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import createDebug from "debug";

const debug = createDebug("lombardy-kg:seed");

/** Recomputes every derived link; `projectCount` says through how many projects. */
const REFRESH_DERIVED_LINKS = [
  `MATCH ()-[d:FUNDED_VIA]->() DELETE d`,
  `MATCH (c:Cluster)-[:PARTICIPATES_IN]->(p:Project)-[:FUNDED_BY]->(z:Programme)
   WITH c, z, count(DISTINCT p) AS projectCount
   CREATE (c)-[:FUNDED_VIA {derived: true, projectCount: projectCount}]->(z)`,
] as const;

/**
 * True when the graph has facts to derive from but no derived link at all: a database written
 * by a version that did not derive them. Writers refresh in their own transaction, so any
 * derived link present means they are in step.
 */
const DERIVED_LINKS_MISSING = `RETURN NOT EXISTS { ()-[:FUNDED_VIA]->() }
  AND EXISTS { (:Cluster)-[:PARTICIPATES_IN]->(:Project)-[:FUNDED_BY]->(:Programme) } AS missing`;

/** Recomputes every derived link in the caller's transaction, beside the facts it writes. */
export async function refreshDerivedLinks(tx: ManagedTransaction): Promise<void> {
  for (const statement of REFRESH_DERIVED_LINKS) await tx.run(statement);
}

/** Derives the derived links of a graph written before they existed; a no-op otherwise. */
export async function ensureDerivedLinks(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery(DERIVED_LINKS_MISSING, {}, { database });
  if (records[0]?.get("missing") !== true) return false;
  const session = driver.session({ database });
  try {
    await session.executeWrite(refreshDerivedLinks);
  } finally {
    await session.close();
  }
  debug("derived links were missing: derived them");
  return true;
}
