/**
 * Cypher for synergies, partners, paths, coverage and bridges. Values are parameters; the only
 * spliced-in text is a path length checked to be a small integer.
 */

const NAME = (v: string): string => `coalesce(${v}.name, ${v}.acronym, ${v}.title, ${v}.id)`;
const KIND = (v: string): string => `[l IN labels(${v}) WHERE l <> 'Entity'][0]`;

/**
 * Shared evidence of cluster pairs: direct shared neighbours, and programmes shared through
 * projects. With $clusterId, pairs of that cluster; without, every unordered pair once.
 */
const SHARED_EVIDENCE = `
CALL () {
  MATCH (c:Cluster)-[r1]-(z:Entity)-[r2]-(o:Cluster)
  WHERE o <> c AND ($clusterId IS NULL OR c.id = $clusterId) AND ($clusterId IS NOT NULL OR c.id < o.id)
    AND type(r1) IN $relationships AND type(r2) IN $relationships
  WITH DISTINCT c, o, z, ${KIND("z")} AS kind
  WHERE kind IN keys($weights)
  RETURN c, o, z, kind, COUNT { MATCH (z)--(x:Cluster) RETURN DISTINCT x } AS clusterCount
  UNION
  MATCH (c:Cluster)-[:PARTICIPATES_IN]->(:Project)-[:FUNDED_BY]->(z:Programme)<-[:FUNDED_BY]-(:Project)<-[:PARTICIPATES_IN]-(o:Cluster)
  WHERE o <> c AND ($clusterId IS NULL OR c.id = $clusterId) AND ($clusterId IS NOT NULL OR c.id < o.id)
  WITH DISTINCT c, o, z
  RETURN c, o, z, 'Programme' AS kind,
    COUNT { MATCH (z)<-[:FUNDED_BY]-(:Project)<-[:PARTICIPATES_IN]-(x:Cluster) RETURN DISTINCT x } AS clusterCount
}
WITH c, o, z, kind, clusterCount, $weights[kind] / log(1.0 + clusterCount) AS contribution
ORDER BY contribution DESC, ${NAME("z")}
WITH c, o, sum(contribution) AS score,
  collect({ kind: kind, id: z.id, name: ${NAME("z")}, clusterCount: clusterCount, contribution: contribution }) AS evidence
ORDER BY score DESC, c.id, o.id
LIMIT $limit
RETURN c.id AS from, o.id AS to, score, evidence`;

export const SYNERGIES = SHARED_EVIDENCE;

/**
 * Partner candidates (clusters, organisations, networks) not yet linked to the seeker, with what
 * they share with it (Adamic-Adar over all their links) and, when a filter node is given, their
 * shortest paths to it. With a filter, only candidates within two steps of it count.
 */
export const PARTNERS = `
MATCH (s:Entity {id: $forId})
CALL (s) {
  WITH s WHERE $filterId IS NULL
  MATCH (s)-[r1]-(:Entity)-[r2]-(cand:Entity)
  WHERE cand <> s AND (cand:Cluster OR cand:Organization OR cand:Network)
    AND type(r1) IN $relationships AND type(r2) IN $relationships
  RETURN DISTINCT cand, [] AS filterPaths
  UNION
  WITH s WHERE $filterId IS NOT NULL
  MATCH (f:Entity {id: $filterId})
  MATCH p = (cand:Entity)-[*1..2]-(f)
  WHERE cand <> s AND (cand:Cluster OR cand:Organization OR cand:Network)
    AND all(r IN relationships(p) WHERE type(r) IN $relationships)
  WITH cand, p ORDER BY length(p), [n IN nodes(p) | n.id]
  WITH cand, collect(p)[..3] AS paths
  RETURN cand, [p IN paths | {
    names: [n IN nodes(p) | ${NAME("n")}],
    types: [r IN relationships(p) | type(r)],
    forward: [i IN range(0, size(relationships(p)) - 1) | startNode(relationships(p)[i]) = nodes(p)[i]]
  }] AS filterPaths
}
WITH s, cand, filterPaths
WHERE NOT EXISTS { (s)--(cand) }
CALL (s, cand) {
  OPTIONAL MATCH (s)-[r1]-(z:Entity)-[r2]-(cand)
  WHERE type(r1) IN $relationships AND type(r2) IN $relationships AND ${KIND("z")} IN keys($weights)
  WITH DISTINCT z
  WITH z, ${KIND("z")} AS kind, COUNT { (z)-[d]-(:Entity) WHERE type(d) <> 'STATED_IN' } AS degree
  WHERE z IS NOT NULL
  RETURN collect({ kind: kind, id: z.id, name: ${NAME("z")}, contribution: $weights[kind] / log(1.0 + degree) }) AS shared
}
WITH cand, shared, filterPaths,
  reduce(total = 0.0, e IN shared | total + e.contribution)
  + reduce(total = 0.0, p IN filterPaths | total + $filterWeight / size(p.types)) AS score
WHERE score > 0
ORDER BY score DESC, cand.id
LIMIT $limit
RETURN cand.id AS id, ${NAME("cand")} AS name, ${KIND("cand")} AS type, score, shared, filterPaths`;

/** A filter given by id, code or name (any case): a topic, a PNRR component or an S3 ecosystem. */
export const FIND_FILTER = `
MATCH (f:Entity)
WHERE ${KIND("f")} = $label AND (f.id = $value OR toLower(f.name) = toLower($value) OR f.code = toUpper($value) OR toLower(f.nameIt) = toLower($value))
RETURN f.id AS id
ORDER BY f.id
LIMIT 1`;

export const pathsQuery = (maxLength: number): string => {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 6) throw new Error(`bad path length ${maxLength}`);
  return `
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = allShortestPaths((a)-[*..${maxLength}]-(b))
WHERE none(r IN relationships(p) WHERE type(r) = 'STATED_IN')
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
  MATCH (z:Programme)<-[:FUNDED_BY]-(:Project)<-[:PARTICIPATES_IN]-(c:Cluster)
  RETURN z, collect(DISTINCT c.id) AS clusterIds
}
WITH z, clusterIds, size(clusterIds) AS clusterCount
WHERE clusterCount >= 2
RETURN z.id AS id, clusterIds, clusterCount
ORDER BY clusterCount DESC, id
LIMIT $limit`;
