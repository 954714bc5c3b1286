import type { Tx } from "@lombardy-kg/write";
import { ENTITY_LABEL } from "@lombardy-kg/schema";

/**
 * The clusters a node belongs to, for who may change it: a cluster itself; its members, founders
 * and bodies; the projects, events and partners it takes part in or supports; the people who hold
 * a role at it. An editor of any of them may change the node.
 */
export async function clustersOf(tx: Tx, ids: string[]): Promise<string[]> {
  const { records } = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:${ENTITY_LABEL} {id: id})
     RETURN CASE WHEN n:Cluster THEN [n.id] ELSE COLLECT {
       MATCH (n)-[:MEMBER_OF|FOUNDER_OF|PART_OF]->(c:Cluster) RETURN c.id AS c
       UNION MATCH (c:Cluster)-[:PARTICIPATES_IN|TAKES_PART_IN|PARTNERS_WITH|SUPPORTS|LIAISES_WITH]->(n) RETURN c.id AS c
       UNION MATCH (n)-[:HOLDS]->(:Role)-[:ROLE_AT]->(c:Cluster) RETURN c.id AS c
       UNION MATCH (n)-[:ROLE_AT]->(c:Cluster) RETURN c.id AS c
     } END AS clusters`,
    { ids },
  );
  return [...new Set(records.flatMap((r) => r.get("clusters") as string[]))];
}
