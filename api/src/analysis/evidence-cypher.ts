/**
 * Cypher the synergy and partner queries share: which links count as evidence, how much a
 * disputed link counts, how many clusters share a neighbour, how a pair's evidence is listed.
 */
import { NON_FACT_RELATIONSHIPS } from "@lombardy-kg/schema";
import { NAME } from "../graph/graph-cypher";
import { EVIDENCE_RELATIONSHIPS } from "./weights";

/**
 * The relationship types evidence runs along, as a typed pattern: Neo4j then reads only those
 * relationships of a dense node instead of filtering all of them.
 */
export const EVIDENCE = EVIDENCE_RELATIONSHIPS.join("|");

/** How much a link counts: 1, or $disputedFactor when a Disagreement disputes it. */
export const TRUST = (r: string): string =>
  `CASE WHEN ${r}.disputedBy IS NULL OR size(${r}.disputedBy) = 0 THEN 1.0 ELSE $disputedFactor END`;

/** Neighbours of a node other than its evidence and derived links, read from the degree store. */
export const FACT_DEGREE = (v: string): string =>
  `COUNT { (${v})--() } - COUNT { (${v})-[:${NON_FACT_RELATIONSHIPS.join("|")}]-() }`;

/** Clusters a programme funds through their projects: the degree of its derived links, read in O(1). */
export const PROGRAMME_CLUSTERS = (z: string): string => `COUNT { (${z})<-[:FUNDED_VIA]-() }`;

/** Clusters that share neighbour `z`: through evidence links, or for a programme through their projects. */
export const CLUSTER_COUNT = `CASE kind WHEN 'Programme' THEN ${PROGRAMME_CLUSTERS("z")}
  ELSE COUNT { MATCH (z)-[r:${EVIDENCE}]-(x:Cluster) RETURN DISTINCT x } END`;

/** Evidence items of one pair, strongest first, as the API returns them. */
export const EVIDENCE_LIST = `collect({ kind: kind, id: z.id, name: ${NAME("z")}, clusterCount: clusterCount,
  contribution: contribution, disputed: trust < 1.0 })`;
