/**
 * Cypher for the explorer. Values are always parameters; the only label used is the shared
 * Entity label, and relationship types are compared as values, so nothing user-given is spliced in.
 */

/** Display name of any node: its name, else acronym, title, topic or metric. */
const NAME = "coalesce(n.name, n.acronym, n.title, n.topic, n.metric, n.id)";

/** The node's GraphQL type: its label other than Entity. */
const TYPE = "[l IN labels(n) WHERE l <> 'Entity'][0]";

/** Summaries with the facets the explorer filters on, for a list of ids, in the list's order. */
export const SUMMARIES = `
UNWIND range(0, size($ids) - 1) AS position
MATCH (n:Entity {id: $ids[position]})
WITH n, position, ${TYPE} AS type
WITH n, position, type,
  CASE WHEN type = 'Cluster' THEN [n] ELSE COLLECT { MATCH (n)--(c:Cluster) RETURN DISTINCT c } END AS clusters
RETURN n.id AS id, type, ${NAME} AS name, n.nameIt AS nameIt, n.shortName AS shortName,
  CASE type WHEN 'S3Ecosystem' THEN [n.id]
    ELSE COLLECT { UNWIND clusters AS c MATCH (c)-[:IN_ECOSYSTEM]->(e) RETURN DISTINCT e.id } END AS ecosystems,
  CASE type WHEN 'PnrrMission' THEN [n.number]
    WHEN 'PnrrComponent' THEN COLLECT { MATCH (n)-[:PART_OF]->(m) RETURN m.number }
    ELSE COLLECT { UNWIND clusters AS c MATCH (c)-[:CONTRIBUTES_TO]->(:PnrrComponent)-[:PART_OF]->(m) RETURN DISTINCT m.number } END AS missions,
  CASE type WHEN 'Programme' THEN [n.id]
    WHEN 'Project' THEN COLLECT { MATCH (n)-[:FUNDED_BY]->(p) RETURN p.id }
    ELSE COLLECT { MATCH (n)-[:PARTICIPATES_IN]->(:Project)-[:FUNDED_BY]->(p) RETURN DISTINCT p.id } END AS programmes,
  CASE WHEN n.startYear IS NOT NULL THEN range(n.startYear, coalesce(n.endYear, n.startYear))
    WHEN n.date IS NOT NULL AND n.date =~ '\\\\d{4}.*' THEN [toInteger(left(n.date, 4))]
    ELSE [] END AS years
ORDER BY position`;

/** A relationship as the explorer shows it; evidence ids are joined to their sources in code. */
const RELATIONSHIP = (r: string, a: string, b: string): string =>
  `{ id: ${a}.id + '|' + type(${r}) + '|' + ${b}.id, type: type(${r}), from: ${a}.id, to: ${b}.id,
     role: ${r}.role, period: ${r}.period, sourceIds: coalesce(${r}.sourceIds, []), quotes: coalesce(${r}.quotes, []) }`;

/** Relationships among a set of nodes (the induced subgraph), without the evidence links. */
export const RELATIONSHIPS_AMONG = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) <> 'STATED_IN'
RETURN ${RELATIONSHIP("r", "a", "b")} AS rel
ORDER BY rel.id`;

/** Neighbours a page at a time, nearest first, then by name; the total says how many there are. */
export const NEIGHBOURS = `
MATCH (c:Entity {id: $id})
MATCH p = (c)-[*1..2]-(m:Entity)
WHERE m <> c AND length(p) <= $depth
  AND none(r IN relationships(p) WHERE type(r) = 'STATED_IN')
  AND ($relationshipType IS NULL OR type(relationships(p)[0]) = $relationshipType)
WITH m, min(length(p)) AS distance
WITH m, distance ORDER BY distance, toLower(coalesce(m.name, m.acronym, m.title, m.topic, m.metric, m.id)), m.id
WITH collect(m.id) AS found
RETURN size(found) AS total, found[$offset..($offset + $limit)] AS ids`;

export const PROPERTIES = `MATCH (n:Entity {id: $id}) RETURN properties(n) AS properties`;

/** The node's own evidence: the sources it is STATED_IN, with their quotes. */
export const NODE_EVIDENCE = `
MATCH (n:Entity {id: $id})-[r:STATED_IN]->(s:Source)
RETURN coalesce(r.sourceIds, [s.id]) AS sourceIds, coalesce(r.quotes, []) AS quotes`;

export const DISAGREEMENTS = `
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (d:Disagreement)-[:CONCERNS]->(n) RETURN d
  UNION
  MATCH (d:Disagreement) WHERE d = n RETURN d
}
OPTIONAL MATCH (d)-[r:STATED_IN]->(:Source)
WITH d, collect(r) AS rels
RETURN d.id AS id, d.topic AS topic, d.kind AS kind, d.description AS description,
  reduce(acc = [], r IN rels | acc + [i IN range(0, size(r.sourceIds) - 1) | { sourceId: r.sourceIds[i], quote: r.quotes[i] }]) AS evidence
ORDER BY d.id`;

export const NEIGHBOUR_COUNTS = `
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WHERE type(r) <> 'STATED_IN'
RETURN type(r) AS type, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction, count(*) AS count
ORDER BY type, direction`;

export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $query, { limit: $limit })
YIELD node AS n, score
WHERE NOT n:Source
RETURN n.id AS id, ${TYPE} AS type, ${NAME} AS name, n.nameIt AS nameIt, n.shortName AS shortName, score
ORDER BY score DESC, name
LIMIT $limit`;

/** The start view: clusters, every S3 ecosystem and PNRR mission, and how they link. */
export const START_VIEW_IDS = `
CALL () {
  MATCH (n:Cluster) RETURN n ORDER BY n.id
  UNION ALL
  MATCH (n:S3Ecosystem) RETURN n ORDER BY n.id
  UNION ALL
  MATCH (n:PnrrMission) RETURN n ORDER BY n.number
}
RETURN collect(n.id) AS ids`;

export const START_VIEW_RELATIONSHIPS = `
MATCH (a:Cluster)-[r:IN_ECOSYSTEM]->(b:S3Ecosystem)
RETURN ${RELATIONSHIP("r", "a", "b")} AS rel
UNION ALL
MATCH (a:Cluster)-[r:CONTRIBUTES_TO]->(k:PnrrComponent)-[:PART_OF]->(b:PnrrMission)
WITH a, b, collect(k.code) AS codes, collect(r) AS rels
RETURN { id: a.id + '|CONTRIBUTES_TO_MISSION|' + b.id, type: 'CONTRIBUTES_TO_MISSION', from: a.id, to: b.id,
  role: 'through ' + reduce(s = '', c IN codes | s + CASE WHEN s = '' THEN '' ELSE ', ' END + c), period: null,
  sourceIds: reduce(acc = [], r IN rels | acc + r.sourceIds), quotes: reduce(acc = [], r IN rels | acc + r.quotes) } AS rel`;

export const SOURCES = `MATCH (s:Source) RETURN s.id AS id, s.title AS title, s.reference AS reference, s.date AS date, s.language AS language`;
