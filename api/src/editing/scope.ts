import type { Tx } from "@lombardy-kg/write";
import { ENTITY_LABEL } from "@lombardy-kg/schema";
import { checkClusters, forbidden } from "../auth/permissions";
import type { Viewer } from "../auth/tokens";

/**
 * Set on a link an editor made from their cluster to a node that was not in its scope (an
 * organisation of another cluster, a PNRR body): the link is the cluster's, the node is not.
 * Without it, linking a cluster to anything would let its editors rename it.
 */
export const ADDED_TO_EXISTING = "addedToExisting";

/** Node types whose values editors set; the others are reference data (admins only). */
export const EDITABLE = new Set(["Cluster", "Organization", "Project", "Event", "Person", "Role"]);

/**
 * The clusters each node belongs to, for who may change it: a cluster itself; its members,
 * founders and bodies; the projects, events and partners it takes part in or supports; the
 * people who hold a role at it. Links marked ADDED_TO_EXISTING do not count.
 */
export async function clustersById(tx: Tx, ids: string[]): Promise<Map<string, string[]>> {
  const { records } = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:${ENTITY_LABEL} {id: id})
     RETURN n.id AS id, CASE WHEN n:Cluster THEN [n.id] ELSE COLLECT {
       MATCH (n)-[r:MEMBER_OF|FOUNDER_OF|PART_OF]->(c:Cluster) WHERE r.${ADDED_TO_EXISTING} IS NULL RETURN c.id AS c
       UNION MATCH (c:Cluster)-[r:PARTICIPATES_IN|TAKES_PART_IN|PARTNERS_WITH|SUPPORTS|LIAISES_WITH]->(n)
         WHERE r.${ADDED_TO_EXISTING} IS NULL RETURN c.id AS c
       UNION MATCH (n)-[:HOLDS]->(:Role)-[:ROLE_AT]->(c:Cluster) RETURN c.id AS c
       UNION MATCH (n)-[:ROLE_AT]->(c:Cluster) RETURN c.id AS c
     } END AS clusters`,
    { ids: [...new Set(ids)] },
  );
  return new Map(records.map((r) => [r.get("id") as string, r.get("clusters") as string[]]));
}

/** A node's values are the viewer's to change: an admin, or reference-free and in one of their clusters. */
export function mayChangeNode(viewer: Viewer, label: string, clusters: readonly string[]): boolean {
  if (viewer.role === "admin") return true;
  return EDITABLE.has(label) && clusters.some((c) => viewer.clusters.includes(c));
}

/**
 * The one rule for a node's values (every writer: updateFacts, a roster's rows): admins change
 * anything; an editor changes the editable nodes in their clusters' scope, as it was before the change.
 */
export async function checkNodeScope(tx: Tx, viewer: Viewer, node: { id: string; label: string }): Promise<void> {
  if (viewer.role === "admin") return;
  if (!EDITABLE.has(node.label)) throw forbidden(`Only an admin may change ${node.label} nodes (reference data).`);
  checkClusters(viewer, (await clustersById(tx, [node.id])).get(node.id) ?? [], `${node.label} ${node.id}`);
}

interface End {
  id: string;
  label: string;
}

/**
 * The one rule for links (linkNodes, unlinkNodes, addMember, a roster's rows): every cluster at
 * either end must be one of the viewer's (another cluster's links are its editors'); a link with
 * no cluster at either end needs both ends in the viewer's scope. Returns the properties a new
 * link gets: ADDED_TO_EXISTING when it joins the viewer's cluster to a node outside its scope, so
 * the link never widens what the viewer may change.
 */
export async function checkLinkScope(
  tx: Tx,
  viewer: Viewer,
  from: End,
  type: string,
  to: End,
): Promise<Record<string, boolean>> {
  if (viewer.role === "admin") return {};
  const what = `${from.id} ${type} ${to.id}`;
  const clusters = [from, to].filter((e) => e.label === "Cluster");
  const scopes = await clustersById(tx, [from.id, to.id]);
  const inScope = (e: End) => mayChangeNode(viewer, e.label, scopes.get(e.id) ?? []);
  const other = [from, to].find((e) => !inScope(e));
  const foreign = clusters.filter((c) => !viewer.clusters.includes(c.id));
  if (foreign.length)
    throw forbidden(
      `${what}: ${foreign.map((c) => c.id).join(", ")} is not a cluster of ${viewer.name}'s; its links are its own editors' (or an admin's).`,
    );
  if (clusters.length === 0 && other)
    throw forbidden(`${what}: ${other.id} belongs to no cluster of ${viewer.name}'s, so only an admin may link it.`);
  return other ? { [ADDED_TO_EXISTING]: true } : {};
}
