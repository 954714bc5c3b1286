/**
 * Cypher for synergies, partners, paths, coverage and bridges. Values are parameters; the only
 * spliced-in text is a path length checked to be a small integer and relationship types of the model.
 */
import { isFact, NON_FACT_RELATIONSHIPS } from "@lombardy-kg/schema";
import { EVIDENCE_RELATIONSHIPS } from "./weights";

/**
 * The relationship types evidence runs along, as a typed pattern: Neo4j then reads only those
 * relationships of a dense node instead of filtering all of them.
 */
const EVIDENCE = EVIDENCE_RELATIONSHIPS.join("|");

const NAME = (v: string): string => `coalesce(${v}.name, ${v}.acronym, ${v}.title, ${v}.id)`;
const KIND = (v: string): string => `[l IN labels(${v}) WHERE l <> 'Entity'][0]`;

/** How much a link counts: 1, or $disputedFactor when a Disagreement disputes it. */
const TRUST = (r: string): string =>
  `CASE WHEN ${r}.disputedBy IS NULL OR size(${r}.disputedBy) = 0 THEN 1.0 ELSE $disputedFactor END`;

/** Neighbours of a node other than its evidence and derived links, read from the degree store. */
const FACT_DEGREE = (v: string): string =>
  `COUNT { (${v})--() } - COUNT { (${v})-[:${NON_FACT_RELATIONSHIPS.join("|")}]-() }`;

/** Clusters a programme funds through their projects: the degree of its derived links, read in O(1). */
const PROGRAMME_CLUSTERS = (z: string): string => `COUNT { (${z})<-[:FUNDED_VIA]-() }`;

/** Clusters that share neighbour `z`: through evidence links, or for a programme through their projects. */
const CLUSTER_COUNT = `CASE kind WHEN 'Programme' THEN ${PROGRAMME_CLUSTERS("z")}
  ELSE COUNT { MATCH (z)-[r:${EVIDENCE}]-(x:Cluster) RETURN DISTINCT x } END`;

/** Evidence items of one pair, strongest first, as the API returns them. */
const EVIDENCE_LIST = `collect({ kind: kind, id: z.id, name: ${NAME("z")}, clusterCount: clusterCount,
  contribution: contribution, disputed: trust < 1.0 })`;

/**
 * The clusters sharing most with one cluster. Every neighbour of the cluster is expanded once,
 * its cluster count taken from that one expansion; programmes are reached through the derived
 * FUNDED_VIA links, not through tens of thousands of projects.
 */
export const SYNERGIES = `
MATCH (c:Cluster {id: $clusterId})
CALL (c) {
  MATCH (c)-[r1:${EVIDENCE}]-(z:Entity)
  WITH c, z, ${KIND("z")} AS kind, max(${TRUST("r1")}) AS trustFrom
  WHERE kind IN keys($weights)
  MATCH (z)-[r2:${EVIDENCE}]-(o:Cluster)
  WITH c, z, kind, trustFrom, o, max(${TRUST("r2")}) AS trustTo
  WITH c, z, kind, trustFrom, collect({ o: o, trust: trustTo }) AS clusters
  UNWIND clusters AS link
  WITH link.o AS o, z, kind, trustFrom * link.trust AS trust, size(clusters) AS clusterCount
  WHERE o <> c
  RETURN o, sum(trust * $weights[kind] / log(1.0 + clusterCount)) AS score,
    collect({ z: z, kind: kind, clusterCount: clusterCount, trust: trust }) AS shared
  UNION ALL
  // Programmes are shared with nearly every cluster at scale: score them here, list them below.
  MATCH (c)-[:FUNDED_VIA]->(z:Programme)
  WITH c, z, ${PROGRAMME_CLUSTERS("z")} AS clusterCount
  MATCH (z)<-[:FUNDED_VIA]-(o)
  WHERE o <> c
  RETURN o, sum($weights['Programme'] / log(1.0 + clusterCount)) AS score, [] AS shared
}
WITH c, o, sum(score) AS score, collect(shared) AS shared
ORDER BY score DESC, o.id
LIMIT $limit
CALL (c, o) {
  MATCH (c)-[:FUNDED_VIA]->(z:Programme)<-[:FUNDED_VIA]-(o)
  RETURN collect({ z: z, kind: 'Programme', clusterCount: ${PROGRAMME_CLUSTERS("z")}, trust: 1.0 }) AS programmes
}
UNWIND reduce(acc = programmes, list IN shared | acc + list) AS e
WITH c, o, score, e.z AS z, e.kind AS kind, e.clusterCount AS clusterCount, e.trust AS trust,
  e.trust * $weights[e.kind] / log(1.0 + e.clusterCount) AS contribution
ORDER BY score DESC, o.id, contribution DESC, ${NAME("z")}, z.id
WITH c, o, score, ${EVIDENCE_LIST} AS evidence
ORDER BY score DESC, o.id
RETURN c.id AS from, o.id AS to, score, evidence`;

/**
 * Every pair among a set of clusters: each neighbour is taken once with the set's clusters that
 * share it, so the cost grows with the set's neighbours, not with the clusters of the whole graph.
 */
export const SYNERGY_MATRIX = `
UNWIND $clusterIds AS clusterId
MATCH (c:Cluster {id: clusterId})
CALL (c) {
  MATCH (c)-[r1:${EVIDENCE}]-(z:Entity)
  WITH z, ${KIND("z")} AS kind, max(${TRUST("r1")}) AS trust
  WHERE kind IN keys($weights)
  RETURN z, kind, trust
  UNION ALL
  MATCH (c)-[:FUNDED_VIA]->(z:Programme)
  RETURN z, 'Programme' AS kind, 1.0 AS trust
}
WITH z, kind, collect({ c: c, trust: trust }) AS members
WHERE size(members) >= 2
WITH z, kind, members, ${CLUSTER_COUNT} AS clusterCount
UNWIND members AS one
UNWIND members AS other
WITH one.c AS c, other.c AS o, z, kind, clusterCount, one.trust * other.trust AS trust
WHERE c.id < o.id
WITH c, o, z, kind, clusterCount, trust, trust * $weights[kind] / log(1.0 + clusterCount) AS contribution
ORDER BY contribution DESC, ${NAME("z")}, z.id
WITH c, o, sum(contribution) AS score, ${EVIDENCE_LIST} AS evidence
ORDER BY score DESC, c.id, o.id
LIMIT $limit
RETURN c.id AS from, o.id AS to, score, evidence`;

/**
 * Partner candidates (clusters, organisations, networks) not yet linked to the seeker, ranked by
 * what they share with it (Adamic-Adar over all their links) plus, with a filter node, up to three
 * of their shortest paths to it (one or two steps, each worth the filter weight over its length).
 * Scores come from counts in one pass over the seeker's and the filter's neighbourhoods; the
 * reasons (which paths) are read for the chosen few only. Candidates already linked to the
 * seeker are marked by a branch of their own rather than checked one by one.
 */
export const PARTNERS = `
MATCH (s:Entity {id: $forId})
OPTIONAL MATCH (f:Entity {id: $filterId})
CALL (s, f) {
  MATCH (s)-[r1:${EVIDENCE}]-(z:Entity)
  WITH s, z, ${KIND("z")} AS kind, max(${TRUST("r1")}) AS trustFrom
  WHERE kind IN keys($weights)
  WITH s, z, kind, trustFrom * $weights[kind] / log(1.0 + ${FACT_DEGREE("z")}) AS contribution
  MATCH (z)-[r2:${EVIDENCE}]-(cand:Entity)
  WHERE cand <> s AND (cand:Cluster OR cand:Organization OR cand:Network)
  WITH cand, z, kind, contribution, max(${TRUST("r2")}) AS trustTo
  WITH cand, z, kind, contribution * trustTo AS contribution
  RETURN cand, sum(contribution) AS shared, collect({ z: z, kind: kind, contribution: contribution }) AS sharedWith,
    0 AS direct, 0 AS twoSteps, 0 AS linked
  UNION ALL
  WITH s, f WHERE f IS NOT NULL
  MATCH (f)-[r:${EVIDENCE}]-(cand:Entity)
  WHERE cand <> s AND (cand:Cluster OR cand:Organization OR cand:Network)
  RETURN cand, 0.0 AS shared, [] AS sharedWith, count(*) AS direct, 0 AS twoSteps, 0 AS linked
  UNION ALL
  WITH s, f WHERE f IS NOT NULL
  MATCH (f)-[r2:${EVIDENCE}]-(:Entity)-[r1:${EVIDENCE}]-(cand:Entity)
  WHERE cand <> s AND cand <> f
    AND (cand:Cluster OR cand:Organization OR cand:Network)
  RETURN cand, 0.0 AS shared, [] AS sharedWith, 0 AS direct, count(*) AS twoSteps, 0 AS linked
  UNION ALL
  MATCH (s)--(cand:Entity)
  RETURN DISTINCT cand, 0.0 AS shared, [] AS sharedWith, 0 AS direct, 0 AS twoSteps, 1 AS linked
}
WITH f, cand, sum(shared) AS shared, collect(sharedWith) AS sharedWith, sum(direct) AS direct, sum(twoSteps) AS twoSteps,
  sum(linked) AS linked
WHERE linked = 0 AND (f IS NULL OR direct + twoSteps > 0)
WITH f, cand, shared, sharedWith, CASE WHEN direct > 3 THEN 3 ELSE direct END AS direct, twoSteps
WITH f, cand, sharedWith,
  shared + $filterWeight * (direct + 0.5 * CASE WHEN twoSteps > 3 - direct THEN 3 - direct ELSE twoSteps END) AS score
WHERE score > 0
ORDER BY score DESC, cand.id
LIMIT $limit
WITH f, cand, score, [e IN reduce(acc = [], list IN sharedWith | acc + list) |
  { kind: e.kind, id: e.z.id, name: ${NAME("e.z")}, contribution: e.contribution }] AS shared
CALL (f, cand) {
  // Paths are walked from the filter's side: a hub candidate's own second ring can be huge.
  WITH f, cand WHERE f IS NOT NULL
  CALL (f, cand) {
    MATCH (cand)-[r:${EVIDENCE}]-(f)
    RETURN [cand, f] AS nodes, [r] AS rels
    UNION ALL
    MATCH (f)-[r2:${EVIDENCE}]-(x:Entity)
    MATCH (x)-[r1:${EVIDENCE}]-(cand)
    WHERE r1 <> r2
    RETURN [cand, x, f] AS nodes, [r1, r2] AS rels
  }
  WITH nodes, rels ORDER BY size(rels), [n IN nodes | n.id], [r IN rels | type(r)]
  WITH collect({ nodes: nodes, rels: rels })[..3] AS paths
  RETURN [p IN paths | {
    ids: [n IN p.nodes | n.id],
    names: [n IN p.nodes | ${NAME("n")}],
    types: [r IN p.rels | type(r)],
    forward: [i IN range(0, size(p.rels) - 1) | startNode(p.rels[i]) = p.nodes[i]]
  }] AS filterPaths
}
RETURN cand.id AS id, ${NAME("cand")} AS name, ${KIND("cand")} AS type, score, shared, filterPaths
ORDER BY score DESC, id`;

/** Labels a partner filter may name: a topic, a PNRR component or an S3 ecosystem. */
export const FILTER_LABELS = ["Topic", "PnrrComponent", "S3Ecosystem"] as const;

/** A filter given by id, code or name (any case), looked up among its own label's nodes only. */
export const findFilterQuery = (label: (typeof FILTER_LABELS)[number]): string => {
  if (!FILTER_LABELS.includes(label)) throw new Error(`bad filter label ${label}`);
  return `
MATCH (f:${label})
WHERE f.id = $value OR toLower(f.name) = toLower($value) OR f.code = toUpper($value) OR toLower(f.nameIt) = toLower($value)
RETURN f.id AS id
ORDER BY f.id
LIMIT 1`;
};

export const pathsQuery = (maxLength: number): string => {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 6) throw new Error(`bad path length ${maxLength}`);
  return `
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = allShortestPaths((a)-[*..${maxLength}]-(b))
WHERE all(r IN relationships(p) WHERE ${isFact("r")})
WITH p ORDER BY [n IN nodes(p) | n.id]
LIMIT $limit
RETURN [n IN nodes(p) | n.id] AS ids,
  [r IN relationships(p) | { id: startNode(r).id + '|' + type(r) + '|' + endNode(r).id, type: type(r), from: startNode(r).id,
    to: endNode(r).id, role: r.role, period: r.period, sourceIds: coalesce(r.sourceIds, []), quotes: coalesce(r.quotes, []) }] AS rels`;
};

export const COMPONENT_COVERAGE = `
MATCH (k:PnrrComponent)
OPTIONAL MATCH (c:Cluster)-[:CONTRIBUTES_TO]->(k)
WITH k, c ORDER BY c.id
RETURN k.id AS id, k.code AS code, k.name AS name, collect(c.id) AS clusterIds
ORDER BY k.code`;

export const ECOSYSTEM_COVERAGE = `
MATCH (e:S3Ecosystem)
OPTIONAL MATCH (c:Cluster)-[:IN_ECOSYSTEM]->(e)
WITH e, c ORDER BY c.id
RETURN e.id AS id, e.name AS code, e.name AS name, collect(c.id) AS clusterIds
ORDER BY e.name`;

export const CLUSTER_IDS = `MATCH (c:Cluster) RETURN c.id AS id ORDER BY c.id`;

export const BRIDGES = `
CALL () {
  MATCH (z:Network|Project|Organization)--(c:Cluster)
  RETURN z, collect(DISTINCT c.id) AS clusterIds
  UNION
  MATCH (z:Programme)<-[:FUNDED_VIA]-(c:Cluster)
  RETURN z, collect(DISTINCT c.id) AS clusterIds
}
WITH z, clusterIds, size(clusterIds) AS clusterCount
WHERE clusterCount >= 2
RETURN z.id AS id, clusterIds, clusterCount
ORDER BY clusterCount DESC, id
LIMIT $limit`;
