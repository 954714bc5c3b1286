/**
 * Links computed from stated facts, never stated by a document themselves (see DERIVED_RELATIONSHIPS
 * in schema/). Every writer refreshes them in the same transaction as its facts, so they are never out of
 * step; they carry no source, because they restate facts that have one.
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import createDebug from "debug";

const debug = createDebug("lombardy-kg:seed");

/** Stages at which a project is not funded (yet): a proposal gives no funding link. */
export const UNFUNDED_STAGES = ["PROPOSAL", "SUBMITTED"] as const;

/**
 * Recomputes every derived link. A cluster is FUNDED_VIA a programme through its funded projects
 * (`projectCount` says how many), or where a source says it takes part in the programme's
 * projects without naming them (IN_PROGRAMME). A link whose every ground is disputed carries the
 * disputes (`disputedBy`), so scores count it at half weight like the statement it rests on.
 */
const REFRESH_DERIVED_LINKS = [
  `MATCH ()-[d:FUNDED_VIA]->() DELETE d`,
  `CALL () {
     MATCH (c:Cluster)-[:PARTICIPATES_IN]->(p:Project)-[:FUNDED_BY]->(z:Programme)
     WHERE p.stage IS NULL OR NOT p.stage IN $unfunded
     RETURN c, z, count(DISTINCT p) AS projects, [] AS disputes
     UNION ALL
     MATCH (c:Cluster)-[s:IN_PROGRAMME]->(z:Programme)
     RETURN c, z, 0 AS projects, coalesce(s.disputedBy, []) AS disputes
   }
   WITH c, z, sum(projects) AS projectCount, collect(disputes) AS grounds
   WITH c, z, projectCount,
     CASE WHEN projectCount > 0 OR any(g IN grounds WHERE size(g) = 0) THEN []
       ELSE reduce(all = [], g IN grounds | all + g) END AS disputedBy
   CREATE (c)-[:FUNDED_VIA {derived: true, projectCount: projectCount, disputedBy: disputedBy}]->(z)`,
] as const;

/**
 * True when the graph has facts to derive from but no derived link at all: a database written
 * by a version that did not derive them. Writers refresh in their own transaction, so any
 * derived link present means they are in step.
 */
const DERIVED_LINKS_MISSING = `RETURN NOT EXISTS { ()-[:FUNDED_VIA]->() }
  AND (EXISTS { (:Cluster)-[:PARTICIPATES_IN]->(:Project)-[:FUNDED_BY]->(:Programme) }
    OR EXISTS { (:Cluster)-[:IN_PROGRAMME]->(:Programme) }) AS missing`;

/** Recomputes every derived link in the caller's transaction, beside the facts it writes. */
export async function refreshDerivedLinks(tx: ManagedTransaction): Promise<void> {
  for (const statement of REFRESH_DERIVED_LINKS) await tx.run(statement, { unfunded: [...UNFUNDED_STAGES] });
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
