/**
 * Links computed from stated facts, never stated by a document themselves. They exist for speed:
 * which clusters a programme funds through their projects is a two-step walk over tens of
 * thousands of projects at EU scale, too slow to repeat in every synergy query. Every writer
 * refreshes them in the same transaction as its facts, so they are never out of step; the
 * explorer hides them, like the STATED_IN evidence links.
 */
export const DERIVED_RELATIONSHIPS = ["FUNDED_VIA"] as const;

/** Relationship types that are not facts of the graph: evidence links and derived links. */
export const NON_FACT_RELATIONSHIPS = ["STATED_IN", ...DERIVED_RELATIONSHIPS] as const;

/** Cypher condition: the relationship bound to `r` is a fact (not evidence, not derived). */
export const isFact = (r: string): string =>
  `NOT type(${r}) IN [${NON_FACT_RELATIONSHIPS.map((t) => `'${t}'`).join(", ")}]`;

/**
 * Recomputes every derived link, in the caller's transaction: a cluster is FUNDED_VIA a programme
 * when at least one of its projects is funded by it; `projectCount` says through how many.
 */
export const REFRESH_DERIVED_LINKS = [
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
export const DERIVED_LINKS_MISSING = `RETURN NOT EXISTS { ()-[:FUNDED_VIA]->() }
  AND EXISTS { (:Cluster)-[:PARTICIPATES_IN]->(:Project)-[:FUNDED_BY]->(:Programme) } AS missing`;
