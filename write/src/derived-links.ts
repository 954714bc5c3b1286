/**
 * Links computed from stated facts, never stated by a document themselves (see DERIVED_RELATIONSHIPS
 * in schema/). Every writer refreshes them in the same transaction as its facts, so they are never out of
 * step; they carry no source, because they restate facts that have one.
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";

/** Stages at which a project is not funded (yet): a proposal gives no funding link. */
export const UNFUNDED_STAGES = ["PROPOSAL", "SUBMITTED"] as const;

/**
 * Brings every derived link in step with the facts. A cluster is FUNDED_VIA a programme through its
 * funded projects (`projectCount` says how many), or where a source says it takes part in the
 * programme's projects without naming them (IN_PROGRAMME). A link whose every ground is disputed
 * carries the disputes (`disputedBy`), so scores count it at half weight like the statement it
 * rests on. Only links that differ from what the facts give are written: an edit that touches no
 * funding locks no derived link, so concurrent edits do not wait on each other here.
 */
const REFRESH_DERIVED_LINKS = `CALL () {
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
   WITH collect({c: c, z: z, projectCount: projectCount, disputedBy: disputedBy}) AS wanted
   CALL (wanted) {
     MATCH (c:Cluster)-[d:FUNDED_VIA]->(z:Programme)
     WHERE NOT any(w IN wanted WHERE w.c = c AND w.z = z)
     DELETE d
   }
   UNWIND wanted AS w
   WITH w.c AS c, w.z AS z, w.projectCount AS projectCount, w.disputedBy AS disputedBy
   MERGE (c)-[d:FUNDED_VIA]->(z)
   WITH d, projectCount, disputedBy
   WHERE d.derived IS NULL OR d.projectCount <> projectCount OR d.disputedBy <> disputedBy
   SET d.derived = true, d.projectCount = projectCount, d.disputedBy = disputedBy`;

/**
 * True when the graph has facts to derive from but no derived link at all: a database written
 * by a version that did not derive them. Writers refresh in their own transaction, so any
 * derived link present means they are in step.
 */
const DERIVED_LINKS_MISSING = `RETURN NOT EXISTS { ()-[:FUNDED_VIA]->() }
  AND (EXISTS { (:Cluster)-[:PARTICIPATES_IN]->(:Project)-[:FUNDED_BY]->(:Programme) }
    OR EXISTS { (:Cluster)-[:IN_PROGRAMME]->(:Programme) }) AS missing`;

/** Brings the derived links in step in the caller's transaction; only the write path calls it. */
export async function refreshDerivedLinks(tx: Pick<ManagedTransaction, "run">): Promise<void> {
  await tx.run(REFRESH_DERIVED_LINKS, { unfunded: [...UNFUNDED_STAGES] });
}

/** True when a database written before derived links existed lacks them. */
export async function derivedLinksMissing(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery(DERIVED_LINKS_MISSING, {}, { database });
  return records[0]?.get("missing") === true;
}
